import type { TFunction } from 'i18next';
import { CASE_STATUSES, CLOSURE_GROUNDS, type CaseStatus, type ClosureGround } from '../../shared/domain/case.js';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '../../shared/domain/confidentiality.js';
import { Instant } from '../../shared/domain/primitives.js';
import { formatInstant } from '../components/format-dates.js';

/**
 * Every action the core records (electron/core: appendAudit calls), each with words in the
 * catalogs; a unit test reads the core's sources and fails on one missing here.
 */
export const AUDIT_ACTIONS = [
  'case.create',
  'case.update',
  'case.status.change',
  'case.archive',
  'case.unarchive',
  'case.milestone',
  'case.condition',
  'person.add',
  'person.update',
  'person.identity.set',
  'person.identity.reveal',
  'consent.record',
  'interview.plan',
  'interview.update',
  'interview.notes.save',
  'interview.conduct',
  'interview.cancel',
  'interview.sign',
  'interview.amend',
  'evidence.create',
  'evidence.update',
  'evidence.content.add',
  'evidence.content.verified',
  'evidence.content.verify_failed',
  'evidence.content.export',
  'custody.add',
  'custody.report',
  'deadlines.start',
  'deadlines.refresh',
  'deadline.close',
  'clocks.update',
  'clocks.reset',
  'timeline.add',
  'timeline.update',
  'timeline.remove',
  'finding.record',
  'finding.correct',
  'subject_action.record',
  'follow_up.open',
  'follow_up.reply',
  'follow_up.link_letter',
  'assistance.offer',
  'assistance.step',
  'investigation.record',
  'investigation.conclude',
  'victim_contact.log',
  'paternity.add',
  'paternity.update',
  'letter.generate',
  'letter.identity_override',
  'letter.delivery',
  'letter.export',
  'letter_template.save',
  'letter_template.reset',
] as const;
type AuditAction = (typeof AUDIT_ACTIONS)[number];

const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The action in words (`case.status.change` → "Status changed"); one this version does not know, as recorded. */
export function auditActionText(t: TFunction, action: string): string {
  return isKnownAction(action) ? t(`caseFile.audit.actions.${action}`) : action;
}

const isPlain = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

const MAX_VALUE = 120;
const shortened = (text: string): string => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);

const isStatus = (value: string): value is CaseStatus => (CASE_STATUSES as readonly string[]).includes(value);
const isLevel = (value: string): value is Confidentiality =>
  (CONFIDENTIALITY_LEVELS as readonly string[]).includes(value);
const isGround = (value: string): value is ClosureGround => (CLOSURE_GROUNDS as readonly string[]).includes(value);

/**
 * A recorded value in the reader's words where it is one of ours (a status, a level, a moment); otherwise as recorded.
 */
function valueText(t: TFunction, locale: string, key: string, value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? t('caseFile.common.yes') : t('caseFile.common.no');
  if (typeof value === 'number') return String(value);
  if (key === 'closureGround' && isGround(value)) return t(`labels.closureGround.${value}`);
  if (isStatus(value)) return t(`labels.caseStatus.${value}`);
  if (isLevel(value)) return t(`labels.confidentiality.${value}`);
  if (Instant.safeParse(value).success) return formatInstant(locale, value);
  return shortened(value);
}

/**
 * The details the core recorded (field names, codes, statuses, reasons; never identity values)
 * as one short line: "changed: title, urgent · to: Under investigation".
 */
export function auditDetailsText(t: TFunction, locale: string, details: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (isPlain(value)) parts.push(t('caseFile.audit.detail', { key, value: valueText(t, locale, key, value) }));
    else if (Array.isArray(value) && value.every(isPlain)) {
      parts.push(
        t('caseFile.audit.detail', {
          key,
          value: shortened(value.map((item) => valueText(t, locale, key, item)).join(', ')),
        }),
      );
    }
  }
  return parts.join(' · ');
}
