import type { CaseSnapshot } from '../../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../vault/database.js';

type Part<K extends keyof CaseSnapshot> = (db: VaultDatabase, caseId: string) => NonNullable<CaseSnapshot[K]>;

/**
 * Each feature's part of the case the principles read (shared/principles/snapshot.ts), by case
 * id, read inside the snapshot's own transaction. The principles assemble them and import no
 * feature: a feature that holds something the rules read adds its part here and in composition.ts.
 */
export interface CaseSnapshotSources {
  /** With their identity: dates of birth decide who is a child. */
  people: Part<'people'>;
  consents: Part<'consents'>;
  interviews: Part<'interviews'>;
  evidence: Part<'evidence'>;
  letters: Part<'letters'>;
  referrals: Part<'referrals'>;
  victimContacts: Part<'victimContacts'>;
  forensicExams: Part<'forensicExams'>;
  /** Every feature's actions (investigative steps, measures about subjects), merged in composition.ts. */
  actions: Part<'actions'>;
  subjectOutcomes: Part<'subjectOutcomes'>;
  victimClosures: Part<'victimClosures'>;
}
