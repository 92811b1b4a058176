import type { EvidenceMarker } from '../../../../shared/clocks/clock.js';
import type { EvidenceLogged } from '../../../../shared/clocks/triggers.js';
import type { TemplateKind } from '../../../../shared/documents/template.js';
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

/** A letter just kept in the register, as what reacts to it reads it (no content, no names). */
export interface GeneratedLetter {
  caseId: string;
  letterId: string;
  kind: TemplateKind;
  /** The subject a referral or notification concerns, when the letter names one. */
  concernsPersonId?: string;
  createdAt: Instant;
}

/** A closure letter's delivery as the contacts with the victim log it (letters/letter-register.ts). */
export interface DeliveredClosureLetter {
  caseId: string;
  letterId: string;
  /** The victim the letter is addressed to. */
  personId: string;
  how: 'hand' | 'post' | 'email' | 'oral' | 'other';
  at: Instant;
  /** Who delivered it. */
  by: string;
  /** The language the victim received it in: the oral translation's when there was one. */
  language: string;
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
  /** A letter was generated: a referral or notification to a State or an office awaits its reply. */
  letterGenerated(ctx: CaseFileContext, db: VaultDatabase, letter: GeneratedLetter): void;
  /** A closure letter's delivery to its victim was recorded: it is a contact with the victim (A/72/751 ¶34). */
  closureLetterDelivered(ctx: CaseFileContext, db: VaultDatabase, delivery: DeliveredClosureLetter): void;
}
