import { appendOnly, CASE_RECORD_KEY, sqlMigration } from './frozen-sql.js';

/**
 * Findings per subject: each row is one version of a subject's finding (outcome, deciding entity,
 * date decided, report reference; a closure without investigation carries its ground and reason).
 * A correction is a new version that names the one it corrects and why; nothing is updated or
 * deleted, so the history of what was decided stays whole. The subjects recorded before this
 * migration get the investigating entity their category usually has (the contributing country for
 * contingent and formed police unit members, OIOS otherwise); the user can change it.
 */
export const m0015SubjectFindings = sqlMigration(15, '0015-subject-findings')`
      CREATE TABLE subject_findings (
        ${CASE_RECORD_KEY},
        person_id TEXT NOT NULL REFERENCES people (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        outcome TEXT NOT NULL CHECK (outcome IN
          ('substantiated', 'not_substantiated', 'insufficient_evidence', 'closed_without_investigation')),
        deciding_entity TEXT NOT NULL,
        decided_on TEXT NOT NULL CHECK (decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        report_reference TEXT,
        closure_ground TEXT,
        closure_reason TEXT,
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        UNIQUE (person_id, version),
        CHECK ((outcome = 'closed_without_investigation') = (closure_reason IS NOT NULL)),
        CHECK ((outcome = 'closed_without_investigation') = (closure_ground IS NOT NULL)),
        CHECK ((version = 1) = (correction_reason IS NULL))
      ) STRICT;
      CREATE INDEX subject_findings_by_case ON subject_findings (case_id, person_id, version);
      ${appendOnly('subject_findings', {
        update: 'a finding is corrected by a new version, never changed',
        delete: 'findings are never deleted',
      })}

      UPDATE people SET profile = json_set(profile, '$.investigatingEntity',
          CASE json_extract(profile, '$.personnelCategory')
            WHEN 'military_mc' THEN 'tcc_pcc' WHEN 'police_fpu' THEN 'tcc_pcc' ELSE 'oios' END)
        WHERE role = 'subject' AND json_extract(profile, '$.investigatingEntity') IS NULL;
    `;
