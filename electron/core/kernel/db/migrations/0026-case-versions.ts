import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 13. A counter per case that every change to one of its records moves on, kept by SQLite
 * itself (triggers), so a reader can tell in one query which cases changed since it last looked,
 * whichever connection wrote (the app, the CLI, a bundle import). The cases list keeps each
 * case's count of blocking principle findings against it (case_blocking_counts), so neither a
 * list nor the first one after an unlock re-reads every case.
 *
 * FROZEN: the tables below are those that held a case's records when this migration was written;
 * a later table that names a case gets its triggers in its own migration
 * (tests/unit/principles/case-versions.test.ts fails until it does).
 */

/** Tables whose rows name their case. */
const BY_CASE = [
  'case_status_changes',
  'case_milestones',
  'case_clock_conditions',
  'person_codes_issued',
  'people',
  'consent_decisions',
  'interviews',
  'evidence_items',
  'deadlines',
  'timeline_events',
  'letters',
  'subject_findings',
  'subject_actions',
  'follow_ups',
  'assistance_referrals',
  'victim_contacts',
  'investigative_actions',
  'paternity_children',
  'victim_closures',
];

/** Tables whose rows name a record of their case: [table, column, the parent table]. */
const BY_PARENT: readonly (readonly [string, string, string])[] = [
  ['interview_versions', 'interview_id', 'interviews'],
  ['evidence_people', 'item_id', 'evidence_items'],
  ['evidence_interviews', 'item_id', 'evidence_items'],
  ['evidence_contents', 'item_id', 'evidence_items'],
  ['evidence_signatures', 'item_id', 'evidence_items'],
  ['custody_events', 'item_id', 'evidence_items'],
  ['letter_outputs', 'letter_id', 'letters'],
  ['letter_deliveries', 'letter_id', 'letters'],
  ['follow_up_replies', 'follow_up_id', 'follow_ups'],
  ['follow_up_letters', 'follow_up_id', 'follow_ups'],
  ['assistance_steps', 'referral_id', 'assistance_referrals'],
  ['investigative_action_evidence', 'action_id', 'investigative_actions'],
];

const bump = (caseOf: string) =>
  `INSERT INTO case_versions (case_id, version) SELECT ${caseOf}, 1 WHERE ${caseOf} IS NOT NULL
         ON CONFLICT (case_id) DO UPDATE SET version = version + 1;`;

function triggers(table: string, caseOf: (row: 'NEW' | 'OLD') => string): string {
  return `
      CREATE TRIGGER case_version_${table}_insert AFTER INSERT ON ${table} BEGIN
        ${bump(caseOf('NEW'))}
      END;
      CREATE TRIGGER case_version_${table}_update AFTER UPDATE ON ${table} BEGIN
        ${bump(caseOf('OLD'))}
        ${bump(caseOf('NEW'))}
      END;
      CREATE TRIGGER case_version_${table}_delete AFTER DELETE ON ${table} BEGIN
        ${bump(caseOf('OLD'))}
      END;`;
}

const ALL_TRIGGERS = [
  triggers('cases', (row) => `${row}.id`),
  ...BY_CASE.map((table) => triggers(table, (row) => `${row}.case_id`)),
  ...BY_PARENT.map(([table, column, parent]) =>
    triggers(table, (row) => `(SELECT case_id FROM ${parent} WHERE id = ${row}.${column})`),
  ),
].join('');

export const m0026CaseVersions = sqlMigration(26, '0026-case-versions')`
      CREATE TABLE case_versions (
        case_id TEXT NOT NULL PRIMARY KEY,
        version INTEGER NOT NULL
      );
      -- What the principles found in a case at one of its versions, read in the mission's time zone by
      -- one edition of the rules; only counts that do not depend on the time are kept. Derived: any
      -- row may be dropped.
      CREATE TABLE case_blocking_counts (
        case_id TEXT NOT NULL PRIMARY KEY,
        version INTEGER NOT NULL,
        time_zone TEXT NOT NULL,
        rules TEXT NOT NULL,
        blocking INTEGER NOT NULL CHECK (blocking >= 0)
      );
      ${ALL_TRIGGERS}
    `;
