import type { Case } from '../domain/case.js';
import type { ConsentDecision } from '../domain/consent.js';
import type { Interview } from '../domain/interview.js';
import type { Person } from '../domain/person.js';
import type { Finding, RuleId } from './finding.js';
import type { Instant } from '../domain/primitives.js';
import type { CaseAction, EvidenceItem, ForensicExam, Letter, Referral } from './provisional.js';

/** Everything the rules look at for one case, read in one transaction by the core. */
export interface CaseSnapshot {
  case: Case;
  people: Person[];
  consents: ConsentDecision[];
  interviews: Interview[];
  evidence?: EvidenceItem[];
  referrals?: Referral[];
  letters?: Letter[];
  actions?: CaseAction[];
  forensicExams?: ForensicExam[];
  /** When the snapshot was taken: the rules never read a clock of their own. */
  asOf: Instant;
}

/** The numbers the rules use. Clocks are editable (domain.md §3): the core passes the user's. */
export interface PrincipleSettings {
  /** Forensic medical examination window after the incident (R15); WHO: 72 h, 120 h where local protocol allows. */
  forensicExamWindowHours: number;
  /** How long after the first contact an assistance offer still counts as made "at first contact" (R8). */
  firstContactOfferWindowHours: number;
}

export const DEFAULT_PRINCIPLE_SETTINGS: Readonly<PrincipleSettings> = {
  forensicExamWindowHours: 72,
  firstContactOfferWindowHours: 24,
};

/** One rule of domain.md §2 as a pure function of the snapshot. */
export interface PrincipleRule {
  id: RuleId;
  /** The rule as domain.md §2 states it, shortened. */
  title: string;
  source: string;
  /** Settings default to DEFAULT_PRINCIPLE_SETTINGS. */
  evaluate: (snapshot: CaseSnapshot, settings?: PrincipleSettings) => Finding[];
}
