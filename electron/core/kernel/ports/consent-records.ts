import type { ConsentDecision } from '../../../../shared/domain/consent.js';
import type { VaultDatabase } from '../vault/database.js';

/** The consents feature (consents/consent-store.ts) as other features read it: decisions are never edited. */
export interface ConsentRecords {
  /** One person's decisions in a case, oldest first: what `effectiveConsent` reads. */
  decisionsOf(db: VaultDatabase, caseId: string, personId: string): ConsentDecision[];
}
