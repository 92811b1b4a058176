import type { TFunction } from 'i18next';
import { CASE_STATUSES, CLOSURE_GROUNDS, type CaseStatus, type ClosureGround } from '../../shared/domain/case.js';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '../../shared/domain/confidentiality.js';
import type { AuditVerification } from '../../shared/contract/audit.js';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/domain/audit-actions.js';
import { Instant } from '../../shared/domain/primitives.js';
import { formatInstant } from '../components/format-dates.js';

const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The action in words (`case.status.change` → "Status changed"); one this version does not know, as recorded. */
export function auditActionText(t: TFunction, action: string): string {
  return isKnownAction(action) ? t(`caseFile.audit.actions.${action}`) : action;
}

/** Why the chain breaks where it does, in the reader's words (the core gives a reason code and row numbers). */
export function auditBreakText(t: TFunction, broken: NonNullable<AuditVerification['firstBroken']>): string {
  const words = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return words(`messages.auditBreaks.${broken.reason}`, broken.params);
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
