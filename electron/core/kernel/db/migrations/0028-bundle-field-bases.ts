import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 12, the merge by field. The common version of a three-way merge with a colleague
 * (bundle_row_bases) was one SHA-256 of the whole record, so two people changing different fields
 * of the same record (the investigator the status, the legal officer the summary) made a conflict.
 * `fields` keeps, beside it, the SHA-256 of each field's value as exchanged (a JSON object, field →
 * hash): a field changed on one side only is taken from that side, and only a field changed
 * differently on both sides is a conflict. No value is kept, only its hash. Bases recorded before
 * have no `fields`: their records are compared whole until the next exchange records them.
 */
export const m0028BundleFieldBases = sqlMigration(28, '0028-bundle-field-bases')`
      ALTER TABLE bundle_row_bases ADD COLUMN fields TEXT CHECK (fields IS NULL OR json_valid(fields));
    `;
