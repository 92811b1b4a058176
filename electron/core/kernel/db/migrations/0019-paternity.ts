import { CASE_RECORD_KEY, CONFIDENTIALITY, CREATED_UPDATED, neverDeleted, sqlMigration } from './frozen-sql.js';

/**
 * One record per child of a paternity claim (A/72/751 ¶29, ¶62), linked to the mother and the
 * subject, both people of the same case. Dates are calendar days; the birth is kept as written
 * (uncertain-date JSON). A record is never deleted, so a child's code (C-01…) is never handed
 * out twice in a case. DNA steps are ordered: a sample is sent only after it was taken, and a
 * result has its date.
 */
export const m0019Paternity = sqlMigration(19, '0019-paternity')`
      CREATE TABLE paternity_children (
        ${CASE_RECORD_KEY},
        code TEXT NOT NULL CHECK (code GLOB 'C-[0-9][0-9]*'),
        mother_id TEXT NOT NULL REFERENCES people (id),
        subject_id TEXT NOT NULL REFERENCES people (id),
        birth TEXT NOT NULL CHECK (json_valid(birth)),
        reported_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN
          ('reported', 'under_assessment', 'dna_requested', 'established', 'not_established', 'withdrawn')),
        dna_sample_taken_on TEXT,
        dna_sample_sent_on TEXT,
        dna_result TEXT CHECK (dna_result IN ('match', 'no_match', 'inconclusive')),
        dna_result_on TEXT,
        member_state_contact TEXT CHECK (member_state_contact IS NULL OR json_valid(member_state_contact)),
        support TEXT NOT NULL CHECK (json_valid(support)),
        note TEXT,
        ${CONFIDENTIALITY},
        ${CREATED_UPDATED},
        UNIQUE (case_id, code),
        CHECK (mother_id <> subject_id),
        CHECK (dna_sample_sent_on IS NULL OR dna_sample_taken_on IS NOT NULL),
        CHECK ((dna_result IS NULL) = (dna_result_on IS NULL)),
        CHECK (dna_result IS NULL OR dna_sample_taken_on IS NOT NULL)
      ) STRICT;
      CREATE INDEX paternity_children_by_case ON paternity_children (case_id);
      ${neverDeleted('paternity_children', 'child records are kept: their codes are never reused')}
      CREATE TRIGGER paternity_children_code_fixed BEFORE UPDATE OF code, case_id ON paternity_children
        WHEN NEW.code <> OLD.code OR NEW.case_id <> OLD.case_id
        BEGIN SELECT RAISE(ABORT, 'a child record keeps its case and code'); END;
    `;
