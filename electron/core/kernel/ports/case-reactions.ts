import type { EvidenceMarker } from '../../../../shared/clocks/clock.js';
import type { EvidenceLogged } from '../../../../shared/clocks/triggers.js';
import type { Instant } from '../../../../shared/domain/primitives.js';
import type { UncertainDate } from '../../../../shared/domain/uncertain-date.js';
import type { CaseFileContext } from '../context.js';
import type { VaultDatabase } from '../vault/database.js';

/** An evidence item just logged, as the clocks it may start read it. */
export interface LoggedEvidence {
  caseId: string;
  evidenceId: string;
  evidenceType: EvidenceLogged['evidenceType'];
  markers?: readonly EvidenceMarker[];
  collectedAt: Instant;
  recordedAt?: UncertainDate;
  identifiedAt?: Instant;
}

/**
 * What happens elsewhere when a feature changes a case: the feature announces the change, inside
 * its own transaction, and composition.ts decides who reacts (today: the deadlines).
 */
export interface CaseReactions {
  /** The case's facts changed (intake, an edit, a person): what depends on them follows. */
  caseChanged(ctx: CaseFileContext, db: VaultDatabase, caseId: string): void;
  /** An evidence item was logged: the clocks it runs start (a forensic window, CCTV overwriting). */
  evidenceLogged(ctx: CaseFileContext, db: VaultDatabase, evidence: LoggedEvidence): void;
}
