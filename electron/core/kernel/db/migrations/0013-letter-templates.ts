import { sqlMigration } from './frozen-sql.js';

/**
 * Letter templates as edited in this vault. The shipped default (from the repository) needs no
 * row while unedited: it is version 1. The first edit, or the first letter made from a template,
 * stores version 1 as shipped, so every letter's version stays readable after later edits.
 * Versions are never changed or deleted; a reset is a new version holding the shipped source.
 */
export const m0013LetterTemplates = sqlMigration(13, '0013-letter-templates')`
      CREATE TABLE letter_templates (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        kind TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('shipped', 'edited', 'reset')),
        source TEXT NOT NULL CHECK (json_valid(source)),
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;
    `;
