import { extname } from 'node:path';
import type { StoredRow, StoredValue } from './case-tables.js';

/*
 * What can name a person, column by column, and what stands in its place in a bundle made without
 * identities (for a reader who must not see names). A person's identity keeps only its level, so the
 * reader knows one was withheld; a letter's recipient name and the reasons of its identity overrides
 * are blanked (the rendered files go too: omissionsOf); a paternity record's national contact is
 * left out; an evidence file's name (file names often hold names) becomes a neutral one with its
 * type's extension. An import of such a bundle keeps this vault's own values of these columns.
 */
type Withhold = (value: StoredValue, row: StoredRow, index: number, names: NeutralFileNames) => StoredValue;

/** Evidence content id → the neutral name its file travels under, so every copy of a name gets the same one. */
export type NeutralFileNames = ReadonlyMap<string, string>;

function identityLevelOnly(value: StoredValue): StoredValue {
  let level: unknown = 'strictly_confidential';
  try {
    level = (JSON.parse(String(value)) as { confidentiality?: unknown }).confidentiality ?? level;
  } catch {
    // A stored identity is always JSON; the default level is the strictest anyway.
  }
  return JSON.stringify({ confidentiality: level });
}

function overridesWithoutReasons(value: StoredValue): StoredValue {
  try {
    const overrides = JSON.parse(String(value)) as { personId?: unknown; code?: unknown }[];
    return JSON.stringify(overrides.map(({ personId, code }) => ({ personId, code, reason: '' })));
  } catch {
    return '[]';
  }
}

function neutralFileName(value: StoredValue, _row: StoredRow, index: number): StoredValue {
  const extension = extname(String(value)).toLowerCase();
  return `file-${index + 1}${/^\.[a-z0-9]{1,8}$/.test(extension) ? extension : ''}`;
}

/** The neutral names of the case's evidence files, in the order of their rows (evidence_contents' own). */
export function neutralFileNames(contents: readonly StoredRow[]): NeutralFileNames {
  return new Map(
    contents.map((row, index) => [String(row.id), String(neutralFileName(row.file_name ?? '', row, index))]),
  );
}

/**
 * A custody event's hash checks name each file checked (a hand-over, a re-check): the names become the
 * neutral ones the contents travel under.
 */
function hashChecksWithNeutralNames(value: StoredValue, _row: StoredRow, _index: number, names: NeutralFileNames) {
  try {
    const checks = JSON.parse(String(value)) as Record<string, unknown>[];
    return JSON.stringify(
      checks.map((check) => ({ ...check, fileName: names.get(String(check.contentId)) ?? 'file' })),
    );
  } catch {
    return '[]';
  }
}

export const IDENTITY_COLUMNS: Readonly<Record<string, Readonly<Record<string, Withhold>>>> = {
  people: { identity: identityLevelOnly },
  letters: { recipient_name: () => '', overrides: overridesWithoutReasons },
  paternity_children: { member_state_contact: () => null },
  evidence_contents: { file_name: neutralFileName },
  custody_events: { hash_checks: hashChecksWithNeutralNames },
};

/** The table's rows with every column that can name a person replaced by what stands in its place. */
export function withoutIdentities(table: string, rows: StoredRow[], names: NeutralFileNames): StoredRow[] {
  const columns = IDENTITY_COLUMNS[table];
  if (!columns) return rows;
  return rows.map((row, index) => {
    const out = { ...row };
    for (const [column, withhold] of Object.entries(columns)) {
      if (column in out) out[column] = withhold(out[column] ?? null, row, index, names);
    }
    return out;
  });
}

/** A person's identity as a bundle without identities carries it: its level only, no field of it. */
function isWithheldIdentity(value: StoredValue | undefined): boolean {
  try {
    const parsed = JSON.parse(String(value)) as Record<string, unknown>;
    return Object.keys(parsed).every((key) => key === 'confidentiality');
  } catch {
    return false;
  }
}

const NEUTRAL_FILE_NAME = /^file(-\d+)?(\.[a-z0-9]{1,8})?$/;

function neutralNamesOnly(value: StoredValue): boolean {
  try {
    const checks = JSON.parse(String(value)) as { fileName?: unknown }[];
    return checks.every((check) => NEUTRAL_FILE_NAME.test(String(check.fileName ?? '')));
  } catch {
    return false;
  }
}

/**
 * Whether the bundle's value of a column that can name a person is only what a bundle without
 * identities puts in its place, where this vault holds the real one: a case received without
 * identities and sent back (or on) must never blank the values of the vault that has them, whatever
 * its manifest says was left out.
 */
export function isStandInFor(table: string, column: string, theirs: StoredValue, ours: StoredValue): boolean {
  const withhold = IDENTITY_COLUMNS[table]?.[column];
  if (withhold === undefined || theirs === ours) return false;
  if (table === 'people') return isWithheldIdentity(theirs) && !isWithheldIdentity(ours);
  if (table === 'evidence_contents') {
    return NEUTRAL_FILE_NAME.test(String(theirs)) && !NEUTRAL_FILE_NAME.test(String(ours));
  }
  if (table === 'custody_events') return neutralNamesOnly(theirs) && !neutralNamesOnly(ours);
  // The others do not depend on the row's place or the bundle: theirs is our value withheld.
  return withhold(ours, {}, 0, new Map()) === theirs;
}
