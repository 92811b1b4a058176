import type { LetterFormat } from '../contract/letters.js';
import type { DocumentLanguage } from '../documents/document-model.js';
import type { TemplateKind } from '../documents/template.js';
import type { CaseCategory, CaseStatus, CaseSubtype, ExchangeKind } from '../domain/case.js';
import type { StandardConsentPurpose } from '../domain/consent.js';
import type { CustodyEventKind } from '../domain/evidence.js';
import type { InterviewStatus } from '../domain/interview.js';
import type { IdentityField, PersonnelCategory, PersonRole } from '../domain/person.js';
import type { PassphraseProblem } from '../passphrase.js';

/**
 * The value type of each label group of the catalogue (`labels.<group>.<value>`). A message
 * names an enum value only through its group, as `{{param, group}}`: the person reads the label,
 * never the value. Type-only imports: the catalogue must not pull the contract in at run time.
 */
export interface LabelTypes {
  caseStatus: CaseStatus;
  /** A closed case's outcome, in running text ("the allegation established"). */
  caseOutcome: Extract<CaseStatus, 'substantiated' | 'not_substantiated' | 'closed_other'>;
  caseCategory: CaseCategory;
  caseSubtype: CaseSubtype;
  exchangeKind: ExchangeKind;
  interviewStatus: InterviewStatus;
  personRole: PersonRole;
  personnelCategory: PersonnelCategory;
  identityField: IdentityField;
  /** Who consents: the person, the guardian, or the child by assent (R1, R2, R4). */
  consentParty: 'self' | 'guardian' | 'assent';
  /** What a consent is to, in running text ("the recording"). */
  consentAction: Exclude<StandardConsentPurpose, 'sharing_with_national_authorities'>;
  /** How a consent ended: refused or withdrawn. */
  consentRefusal: 'refused' | 'withdrawn';
  custodyEventKind: CustodyEventKind;
  letterKind: TemplateKind;
  documentLanguage: DocumentLanguage;
  letterFormat: LetterFormat;
  passphraseProblem: PassphraseProblem;
}

export type LabelGroup = keyof LabelTypes;
