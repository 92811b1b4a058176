import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertCase } from '../people/migration-db.js';
import { useVaultsBefore } from './vault-before.js';

const { vaultBefore, migrateThrough } = useVaultsBefore();

const LETTER = `INSERT INTO letters (id, case_id, kind, recipient, recipient_name, template_id, template_version,
    language, page_size, author, created_at, disclosures, withheld, overrides, exception_reason, discreet)
  VALUES (?, ?, 'closure_other', 'victim', 'V-01', 'closure_other', 1, ?, 'A4', 'Officer', ?, '[]', '[]', '[]', ?, ?)`;

describe('migration 0034: the letter register takes Spanish letters', () => {
  it('keeps every letter and its files, changes nothing else, and refuses a language letters are not in', () => {
    const db = vaultBefore(34);
    const caseId = insertCase(db);
    db.prepare(
      `INSERT INTO letter_templates (id, version, kind, origin, source, created_at, author)
       VALUES ('closure_other', 1, 'closure_other', 'shipped', '{}', '2026-03-01T08:00:00.000Z', 'Casefile')`,
    ).run();
    const letters = [randomUUID(), randomUUID()];
    db.prepare(LETTER).run(letters[0], caseId, 'ar', '2026-03-01T10:00:00.000Z', null, 1);
    db.prepare(LETTER).run(letters[1], caseId, 'fr', '2026-03-02T10:00:00.000Z', 'Asked by the victim', 0);
    db.prepare(
      `INSERT INTO letter_outputs (letter_id, format, file_name, size, sha256, bytes)
       VALUES (?, 'pdf', 'a.pdf', 1, ?, x'00')`,
    ).run(letters[0], 'a'.repeat(64));
    expect(() => db.prepare(LETTER).run(randomUUID(), caseId, 'es', '2026-03-03T10:00:00.000Z', null, 0)).toThrow(
      /CHECK/,
    );
    const before = db.prepare('SELECT * FROM letters ORDER BY created_at').all();
    const schema = () =>
      (db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all() as { name: string; sql: string }[]).map(
        ({ name, sql }) => [name, sql],
      );
    const schemaBefore = schema();

    migrateThrough(db, 34);

    expect(db.prepare('SELECT * FROM letters ORDER BY created_at').all()).toEqual(before);
    expect(db.prepare('SELECT letter_id FROM letter_outputs').pluck().all()).toEqual([letters[0]]);
    // Nothing else in the schema moved; the register's definition differs by its language check only.
    expect(schema().filter(([name]) => name !== 'letters')).toEqual(
      schemaBefore.filter(([name]) => name !== 'letters'),
    );
    const definition = (rows: string[][]) => rows.find(([name]) => name === 'letters')?.[1];
    expect(definition(schema())).toBe(
      definition(schemaBefore)?.replace("IN ('en', 'fr', 'ar')", "IN ('en', 'fr', 'ar', 'es')"),
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    const version = (): number =>
      db.prepare('SELECT version FROM case_versions WHERE case_id = ?').pluck().get(caseId) as number;
    const was = version();
    db.prepare(LETTER).run(randomUUID(), caseId, 'es', '2026-03-04T10:00:00.000Z', null, 0);
    expect(version()).toBe(was + 1);
    expect(() => db.prepare(LETTER).run(randomUUID(), caseId, 'de', '2026-03-05T10:00:00.000Z', null, 0)).toThrow(
      /CHECK/,
    );
    // A letter that files still name cannot go.
    db.exec('DROP TRIGGER case_version_letters_delete');
    expect(() => db.prepare('DELETE FROM letters WHERE id = ?').run(letters[0])).toThrow(/FOREIGN KEY/);
  });
});
