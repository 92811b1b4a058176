import type { Migration } from '../migrate.js';
import { m0001Cases } from './0001-cases.js';
import { m0002VaultMeta } from './0002-vault-meta.js';
import { m0003AuditLog } from './0003-audit-log.js';
import { m0004CaseIntake } from './0004-case-intake.js';
import { m0005SearchIndex } from './0005-search-index.js';
import { m0006People } from './0006-people.js';
import { m0007Consents } from './0007-consents.js';
import { m0008Interviews } from './0008-interviews.js';
import { m0009Evidence } from './0009-evidence.js';
import { m0010Custody } from './0010-custody.js';
import { m0011Deadlines } from './0011-deadlines.js';
import { m0012Timeline } from './0012-timeline.js';
import { m0013LetterTemplates } from './0013-letter-templates.js';
import { m0014Letters } from './0014-letters.js';
import { m0015SubjectFindings } from './0015-subject-findings.js';
import { m0016SubjectActionsFollowUps } from './0016-subject-actions-follow-ups.js';
import { m0017VictimAssistance } from './0017-victim-assistance.js';
import { m0018InvestigativeActions } from './0018-investigative-actions.js';
import { m0019Paternity } from './0019-paternity.js';
import { m0020LetterExceptions } from './0020-letter-exceptions.js';
import { m0021VictimClosures } from './0021-victim-closures.js';
import { m0022IdentityContactsProvenance } from './0022-identity-contacts-provenance.js';
import { m0023BundleImports } from './0023-bundle-imports.js';
import { m0024CaseCountExclusion } from './0024-case-count-exclusion.js';
import { m0025BundleExchange } from './0025-bundle-exchange.js';
import { m0026CaseVersions } from './0026-case-versions.js';
import { m0027ClockSourceWording } from './0027-clock-source-wording.js';
import { m0028BundleFieldBases } from './0028-bundle-field-bases.js';
import { m0029EvidenceLogOrder } from './0029-evidence-log-order.js';
import { m0030CustodyTransferCodes } from './0030-custody-transfer-codes.js';
import { m0031InterviewLetterOrder } from './0031-interview-letter-order.js';
import { m0032DeadlineUrgencyOrder } from './0032-deadline-urgency-order.js';
import { m0033BundleBaseTimes } from './0033-bundle-base-times.js';
import { m0034SpanishLetters } from './0034-spanish-letters.js';
import { m0035ArabicSearch } from './0035-arabic-search.js';
import { m0036ArabicSearchStems } from './0036-arabic-search-stems.js';
import { m0037StatusReasonCodes } from './0037-status-reason-codes.js';
// 0038 (T's) goes here when it lands.
import { m0038ArabicSearchEndings } from './0038-arabic-search-endings.js';
import { m0039ArabicBrokenPlurals } from './0039-arabic-broken-plurals.js';
import { m0040OpenItemDeadlines } from './0040-open-item-deadlines.js';

/** In order; a migration's version is its position (1-based). Append only. */
export const MIGRATIONS: readonly Migration[] = [
  m0001Cases,
  m0002VaultMeta,
  m0003AuditLog,
  m0004CaseIntake,
  m0005SearchIndex,
  m0006People,
  m0007Consents,
  m0008Interviews,
  m0009Evidence,
  m0010Custody,
  m0011Deadlines,
  m0012Timeline,
  m0013LetterTemplates,
  m0014Letters,
  m0015SubjectFindings,
  m0016SubjectActionsFollowUps,
  m0017VictimAssistance,
  m0018InvestigativeActions,
  m0019Paternity,
  m0020LetterExceptions,
  m0021VictimClosures,
  m0022IdentityContactsProvenance,
  m0023BundleImports,
  m0024CaseCountExclusion,
  m0025BundleExchange,
  m0026CaseVersions,
  m0027ClockSourceWording,
  m0028BundleFieldBases,
  m0029EvidenceLogOrder,
  m0030CustodyTransferCodes,
  m0031InterviewLetterOrder,
  m0032DeadlineUrgencyOrder,
  m0033BundleBaseTimes,
  m0034SpanishLetters,
  m0035ArabicSearch,
  m0036ArabicSearchStems,
  m0037StatusReasonCodes,
  // m0038…,
  m0038ArabicSearchEndings,
  m0039ArabicBrokenPlurals,
  m0040OpenItemDeadlines,
];
