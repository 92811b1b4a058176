import { describe, expect, it } from 'vitest';
import { CASE_TABLES } from '../../../electron/core/bundles/case-tables.js';
import type { BundlePreview } from '../../../shared/contract/bundles.js';
import { RECORD_FIELDS, type FieldKind } from '../../../shared/bundles/record-fields.js';
import { conflictInWords, recordInWords, type WordsLanguage } from '../../../shared/bundles/record-words.js';
import { LABEL_CATALOGUES } from '../../../shared/i18n/labels.js';
import { useEvidenceFiles } from '../evidence/evidence-fixture.js';

// Every field that travels in a bundle has its label (en, fr) and its reading in one table, and a
// conflict of any kind of record reads in words: no column name, stored code, id, JSON or identity.
const evidenceFile = useEvidenceFiles();
type Conflict = BundlePreview['conflicts'][number];
type Value = Conflict['ours'][string];

const SECRET = 'Amina Secret-Name';
// The codes the import gives the records a conflict names (conflict-names.ts); other references have none.
const CODES: Partial<Record<string, string>> = {
  person: 'V-03',
  evidence: 'E-0012',
  interview: 'V-04',
  case: 'CF-2026-0001',
};
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Two different values a field of this kind can hold, as they are stored. */
function valuesFor(read: FieldKind, column: string, n: number): [Value, Value] {
  switch (read.kind) {
    case 'text':
      return [`Text here ${n}`, `Text there ${n}`];
    case 'richText':
      return ['A', 'B'].map((text) =>
        JSON.stringify({ blocks: [{ type: 'paragraph', children: [{ text: `Notes ${text}` }] }] }),
      ) as [Value, Value];
    case 'number':
      return [n, n + 1];
    case 'label':
    case 'labels': {
      const values = Object.keys(LABEL_CATALOGUES.en[read.group]);
      const [a, b] = [values[0]!, values[1] ?? values[0]!];
      return read.kind === 'label' ? [a, b] : [JSON.stringify([a]), JSON.stringify([a, b])];
    }
    case 'choice': {
      const values = Object.keys(read.values);
      return [values[0]!, values[1] ?? 'not_a_known_value'];
    }
    case 'date':
      return ['2026-05-04', '2026-05-06'];
    case 'instant':
    case 'bookkeeping':
      return ['2026-05-04T10:30:00.000Z', '2026-05-06T08:00:00.000Z'];
    case 'uncertainDate':
      return [
        JSON.stringify({ precision: 'month', from: '2026-02' }),
        JSON.stringify({ precision: 'range', from: '2026-02-01', to: '2026-02-14' }),
      ];
    case 'yesNo':
      return [0, 1];
    case 'reference':
      return [idOf(n * 2), idOf(n * 2 + 1)];
    case 'details':
      return [JSON.stringify({ place_name: 'x', geo_code: 'y' }), JSON.stringify([{ inner_kind: 'z' }])];
    case 'withheld':
      return [JSON.stringify({ fullName: SECRET }), `${SECRET} (${column})`];
    case 'opaque':
      return ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', { $base64: 'AAEC' }];
  }
}

function conflictOf(table: string): Conflict {
  const fields = RECORD_FIELDS[table]!;
  const caseTable = CASE_TABLES.find((t) => t.table === table)!;
  const ours: Conflict['ours'] = {};
  const theirs: Conflict['theirs'] = {};
  const names: Record<string, string> = {};
  let n = 1;
  for (const [column, field] of Object.entries(fields)) {
    const [a, b] = valuesFor(field.read, column, n++);
    ours[column] = a;
    // A key is the same on both sides: it names the record.
    theirs[column] = caseTable.key.includes(column) ? a : b;
    const code = field.read.kind === 'reference' ? CODES[field.read.to] : undefined;
    if (code !== undefined) {
      names[String(a)] = code;
      names[String(b)] = code.replace(/\d$/, '9');
    }
  }
  const differing = Object.keys(fields).filter(
    (column) => !caseTable.key.includes(column) && fields[column]!.read.kind !== 'bookkeeping',
  );
  return {
    table,
    key: `${table}:${caseTable.key.map((column) => String(ours[column])).join('|')}`,
    token: '0'.repeat(64),
    ours,
    theirs,
    fields: differing.map((column, index) => ({ column, outcome: index % 3 === 0 ? 'conflict' : 'taken' })),
    names,
  };
}

describe('the fields a bundle carries', () => {
  it('are every column of every table that travels, each with a label in English and French', async () => {
    const ef = await evidenceFile();
    const schema = await ef.rawDatabase((db) =>
      Object.fromEntries(
        CASE_TABLES.map((t) => [
          t.table,
          (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t.table) as string[]).sort(),
        ]),
      ),
    );
    const labelled = Object.fromEntries(
      CASE_TABLES.map((t) => [t.table, Object.keys(RECORD_FIELDS[t.table] ?? {}).sort()]),
    );
    expect(labelled).toEqual(schema);
    for (const [table, fields] of Object.entries(RECORD_FIELDS)) {
      for (const [column, field] of Object.entries(fields)) {
        expect(field.en.trim(), `${table}.${column}`).not.toBe('');
        expect(field.fr.trim(), `${table}.${column}`).not.toBe('');
        expect(field.en, `${table}.${column}`).not.toBe(column);
      }
    }
  });

  for (const language of ['en', 'fr'] as const satisfies readonly WordsLanguage[]) {
    it(`read in words in ${language} for a conflict of every kind of record: no column, code, id or identity`, () => {
      for (const { table } of CASE_TABLES) {
        const conflict = conflictOf(table);
        const words = conflictInWords(conflict, language);
        const shown = [words.record, ...words.fields.flatMap((f) => [f.label, f.ours, f.theirs])].join('\n');
        const where = `${table} (${language}):\n${shown}`;
        expect(words.fields, where).toHaveLength(conflict.fields.length);
        // No column name, no stored code (snake_case), no id, no JSON, no identity.
        for (const column of Object.keys(conflict.ours)) {
          if (column.includes('_')) expect(shown, where).not.toContain(column);
        }
        expect(shown, where).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
        expect(shown, where).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
        expect(shown, where).not.toMatch(/[{}[\]]/);
        expect(shown, where).not.toContain(SECRET);
        expect(shown, where).not.toContain('$base64');
        expect(shown, where).not.toContain(conflict.key);
        // Each stored code reads as its label, never as itself (a single-word code such as "open" too).
        for (const { column } of conflict.fields) {
          const read = RECORD_FIELDS[table]![column]!.read;
          const field = words.fields.find((f) => f.label === RECORD_FIELDS[table]![column]![language])!;
          if (read.kind === 'label' || read.kind === 'choice') {
            expect(field.ours, `${where}\n${column}`).not.toBe(conflict.ours[column]);
            expect(field.theirs, `${where}\n${column}`).not.toBe(conflict.theirs[column]);
          }
        }
        expect(recordInWords(conflict, language).trim(), where).not.toBe('');
      }
    });
  }

  it('names the records a person knows them by, and shows dates and yes/no as the app does', () => {
    const interview = conflictOf('interviews');
    expect(recordInWords(interview, 'en')).toBe('Interview with V-03 on 4 May 2026 at 10:30 UTC');
    expect(recordInWords(interview, 'fr')).toMatch(/^Entretien avec V-03 le 4 mai 2026/);
    expect(recordInWords(conflictOf('evidence_contents'), 'en')).toBe('A file of evidence item E-0012');
    const item = conflictOf('evidence_items');
    item.fields = [{ column: 'status', outcome: 'conflict' }];
    expect(conflictInWords(item, 'en').fields).toEqual([
      { label: 'Status', ours: 'Collected', theirs: 'In secure storage', outcome: 'conflict' },
    ]);
    expect(conflictInWords(item, 'fr').fields[0]!.label).toBe('Statut');
    // A profile reads by its parts' labels; parts not named are only counted.
    const person = conflictOf('people');
    person.ours.profile = JSON.stringify({ role: 'victim', sex: 'female', ageBand: 'adult', language: 'ln' });
    person.theirs.profile = JSON.stringify({ role: 'victim', sex: 'female', ageBand: 'minor', guardian: { x: 1 } });
    person.fields = [{ column: 'profile', outcome: 'conflict' }];
    expect(conflictInWords(person, 'en').fields[0]).toMatchObject({
      label: 'Profile',
      ours: 'Role: Victim; Sex: Female; Age: Adult; Language: ln',
      theirs: 'Role: Victim; Sex: Female; Age: Minor (under 18); 1 other detail',
    });
    const caseRow = conflictOf('cases');
    caseRow.fields = [{ column: 'urgent', outcome: 'conflict' }];
    expect(conflictInWords(caseRow, 'en').fields[0]).toMatchObject({ label: 'Urgent', ours: 'No', theirs: 'Yes' });
  });
});
