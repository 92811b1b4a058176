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

/**
 * Two different values a structured field can hold, as parsed: each named part (at any depth) different on
 * the two sides, and a part no table names (counted, never shown by its name).
 */
function partsFor(read: Extract<FieldKind, { kind: 'details' }>, column: string, n: number): [unknown, unknown] {
  if (read.items !== undefined) {
    const [a, b] = partValues(read.items, column, n);
    return [[a], [a, b]];
  }
  const ours: Record<string, unknown> = { place_name: 'x' };
  const theirs: Record<string, unknown> = { geo_code: 'y' };
  for (const [key, part] of Object.entries(read.parts ?? {})) {
    [ours[key], theirs[key]] = partValues(part.read, key, n + key.length);
  }
  return [ours, theirs];
}

/** A part's two values as a structured value holds them (yes/no as booleans, structures as they are). */
function partValues(read: FieldKind, column: string, n: number): [unknown, unknown] {
  if (read.kind === 'yesNo') return [false, true];
  if (read.kind === 'details') return partsFor(read, column, n);
  const [a, b] = valuesFor(read, column, n);
  const raw = (value: Value) => (typeof value === 'string' && /^[[{]/.test(value) ? JSON.parse(value) : value);
  return read.kind === 'withheld' ? [a, b] : [raw(a), raw(b)];
}

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
    case 'spokenLanguage':
      return ['sg', 'ln'];
    case 'country':
      return ['CAF', 'COD'];
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
    case 'details': {
      if (read.parts === undefined && read.items === undefined) {
        return [JSON.stringify({ place_name: 'x', geo_code: 'y' }), JSON.stringify([{ inner_kind: 'z' }])];
      }
      const [ours, theirs] = partsFor(read, column, n);
      return [JSON.stringify(ours), JSON.stringify(theirs)];
    }
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

/** The labels of the lines a differing field reads as, given partsFor's values (every part differs). */
function linesOf(read: FieldKind, label: string, language: WordsLanguage): string[] {
  if (read.kind !== 'details' || read.parts === undefined) return [label];
  const under = (part: string) => (language === 'fr' ? `${label} : ${part}` : `${label}: ${part}`);
  return [
    ...Object.values(read.parts).flatMap((part) => linesOf(part.read, under(part[language]), language)),
    under(language === 'fr' ? '2 autres précisions' : '2 other details'),
  ];
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
        // A line per field, or per differing part of a structured one (the parts no table names counted on one).
        const expected = conflict.fields.flatMap(({ column }) => {
          const field = RECORD_FIELDS[table]![column]!;
          return linesOf(field.read, field[language], language);
        });
        expect(words.fields.map((f) => f.label).sort(), where).toEqual(expected.sort());
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
          if (['label', 'choice', 'spokenLanguage', 'country'].includes(read.kind)) {
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
    // A profile reads part by part, each differing part by its label; parts not named are only counted.
    const person = conflictOf('people');
    person.ours.profile = JSON.stringify({ role: 'victim', sex: 'female', ageBand: 'adult', language: 'ln' });
    person.theirs.profile = JSON.stringify({ role: 'victim', sex: 'female', ageBand: 'minor', guardian: { x: 1 } });
    person.fields = [{ column: 'profile', outcome: 'conflict' }];
    expect(conflictInWords(person, 'en').fields).toEqual([
      { label: 'Profile: Age', ours: 'Adult', theirs: 'Minor (under 18)', outcome: 'conflict' },
      { label: 'Profile: Language', ours: 'Lingala', theirs: 'Not recorded', outcome: 'conflict' },
      { label: 'Profile: 1 other detail', ours: 'Not recorded', theirs: '1 detail recorded', outcome: 'conflict' },
    ]);
    const caseRow = conflictOf('cases');
    caseRow.fields = [{ column: 'urgent', outcome: 'conflict' }];
    expect(conflictInWords(caseRow, 'en').fields[0]).toMatchObject({ label: 'Urgent', ours: 'No', theirs: 'Yes' });
  });

  it('shows each differing part of a structured detail beside the other side’s, in English and French', () => {
    const caseRow = conflictOf('cases');
    caseRow.ours.location = JSON.stringify({ text: 'Near the water point', confidentiality: 'strictly_confidential' });
    caseRow.theirs.location = JSON.stringify({ text: 'Market of PK5', confidentiality: 'strictly_confidential' });
    caseRow.ours.incident_dates = JSON.stringify([{ precision: 'month', from: '2026-02' }]);
    caseRow.theirs.incident_dates = JSON.stringify([
      { precision: 'month', from: '2026-02' },
      { precision: 'range', from: '2026-03-01', to: '2026-03-04' },
    ]);
    caseRow.fields = [
      { column: 'location', outcome: 'conflict' },
      { column: 'incident_dates', outcome: 'taken' },
    ];
    expect(conflictInWords(caseRow, 'en').fields).toEqual([
      // A place's description is sensitive (the app shows it only when asked): said to differ, never printed.
      {
        label: 'Location: Description',
        ours: 'Not shown here (sensitive): open the record to compare',
        theirs: 'Not shown here (sensitive): open the record to compare',
        outcome: 'conflict',
      },
      {
        label: 'Incident dates',
        ours: 'February 2026',
        theirs: 'February 2026 · between 1 March 2026 and 4 March 2026',
        outcome: 'taken',
      },
    ]);
    expect(conflictInWords(caseRow, 'fr').fields.map((f) => [f.label, f.theirs])).toEqual([
      ['Lieu : Description', 'Non affiché ici (sensible) : ouvrez la fiche pour comparer'],
      ['Dates des faits', 'février 2026 · entre 1 mars 2026 et 4 mars 2026'],
    ]);

    const interview = conflictOf('interviews');
    const arrangements = {
      place: { type: 'un_premises', private: true },
      team: [{ name: 'Investigator One', gender: 'female', role: 'lead', trainedInChildInterviewing: true }],
      genderPreference: { offered: true, preferred: 'female' },
      supportPerson: { offered: true, present: false },
      language: 'sg',
      recorded: false,
      confidentiality: 'strictly_confidential',
    };
    interview.ours.arrangements = JSON.stringify(arrangements);
    interview.theirs.arrangements = JSON.stringify({
      ...arrangements,
      place: { type: 'un_premises', private: false },
      genderPreference: { offered: true, preferred: 'no_preference' },
      recorded: true,
    });
    interview.fields = [{ column: 'arrangements', outcome: 'kept' }];
    expect(conflictInWords(interview, 'en').fields).toEqual([
      { label: 'Arrangements: Place: Private', ours: 'Yes', theirs: 'No', outcome: 'kept' },
      {
        label: 'Arrangements: Choice of the interviewer’s gender: Preferred',
        ours: 'A woman',
        theirs: 'No preference',
        outcome: 'kept',
      },
      { label: 'Arrangements: Audio or video recorded', ours: 'No', theirs: 'Yes', outcome: 'kept' },
    ]);
    expect(conflictInWords(interview, 'fr').fields.map((f) => f.label)).toEqual([
      'Organisation : Lieu : À l’abri des regards',
      'Organisation : Choix du genre de l’intervieweur : Préférence',
      'Organisation : Enregistrement audio ou vidéo',
    ]);

    const deadline = conflictOf('deadlines');
    const basis = {
      startEvent: 'incident',
      direction: 'after_start',
      recordedStart: { precision: 'day', from: '2026-03-02' },
      startReading: 'earliest_possible',
      startAt: '2026-03-02T00:00:00.000Z',
      duration: { amount: 72, unit: 'hours' },
      urgentApplied: false,
      wholeDays: false,
      timeZone: 'Africa/Bangui',
      weekendDays: ['saturday', 'sunday'],
      holidaysSkipped: [],
    };
    deadline.ours.basis = JSON.stringify(basis);
    deadline.theirs.basis = JSON.stringify({
      ...basis,
      recordedStart: { precision: 'day', from: '2026-03-03' },
      startAt: '2026-03-03T00:00:00.000Z',
      duration: { amount: 5, unit: 'working_days' },
    });
    deadline.fields = [{ column: 'basis', outcome: 'conflict' }];
    const words = conflictInWords(deadline, 'en').fields;
    expect(words.map((f) => [f.label, f.ours, f.theirs])).toEqual([
      ['Basis: Start as recorded', '2 March 2026', '3 March 2026'],
      [
        'Basis: Counted from the moment',
        expect.stringMatching(/^2 March 2026/),
        expect.stringMatching(/^3 March 2026/),
      ],
      ['Basis: Length: Number', '72', '5'],
      ['Basis: Length: Unit', 'Hours', 'Working days'],
    ]);
    expect(conflictInWords(deadline, 'fr').fields.map((f) => f.label)).toEqual([
      'Fondement : Point de départ enregistré',
      'Fondement : Compté à partir du',
      'Fondement : Durée : Nombre',
      'Fondement : Durée : Unité',
    ]);
  });
});
