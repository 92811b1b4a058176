import type { TFunction } from 'i18next';
import type { AuditVerification } from '../../shared/contract/audit.js';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/domain/audit-actions.js';
import { CoreStatusReason } from '../../shared/domain/case.js';
import { statusReasonCodeOfShippedWording } from '../../shared/domain/shipped-status-reasons.js';
import { Instant } from '../../shared/domain/primitives.js';
import { ConsentPurpose } from '../../shared/domain/consent.js';
import { consentPurposeText } from '../../shared/i18n/consent-purpose-text.js';
import { FIELD_WORDS } from '../../shared/i18n/bundle-fields.js';
import type { LabelGroup } from '../../shared/i18n/label-types.js';
import { findLabel } from '../../shared/i18n/labels.js';
import { statusReasonText } from '../../shared/i18n/status-reasons.js';
import { languageWords } from '../../shared/documents/words.js';
import { listText } from '../../shared/i18n/list-text.js';
import { displayLocale, formatInstant, formatWrittenDate } from '../components/format-dates.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';
import { detailReading, FIELD_NAME_WORDS, type DetailWord, type ValueReading } from './audit-detail-readings.js';

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

/** The bundle-fields catalogue of the reader's language (English where it has none yet). */
const fieldWordsOf = (language: string) =>
  (FIELD_WORDS as Readonly<Record<string, (typeof FIELD_WORDS)['en']>>)[language] ?? FIELD_WORDS.en;

type Lookup = (key: string, options?: Record<string, unknown>) => string;

/** Reads the details of one row in one language. */
class DetailWords {
  private readonly t: Lookup;
  private readonly numbers: Intl.NumberFormat;
  private readonly locale: string;
  private readonly fields: (typeof FIELD_WORDS)['en'];

  constructor(
    private readonly tFunction: TFunction,
    private readonly language: string,
    private readonly timeZone: string,
  ) {
    this.t = tFunction as unknown as Lookup;
    this.locale = displayLocale(language);
    this.numbers = new Intl.NumberFormat(this.locale);
    this.fields = fieldWordsOf(language);
  }

  word(word: DetailWord): string {
    return 'field' in word ? this.fields.labels[word.field] : this.t(`caseFile.audit.detailWords.${word.audit}`);
  }

  private label(group: LabelGroup, value: unknown): string {
    return findLabel(this.language, group, value) ?? this.t('messages.unknownValue');
  }

  private fieldName(name: unknown): string {
    const identity = findLabel(this.language, 'identityField', name);
    if (identity !== undefined) return identity;
    return typeof name === 'string' && Object.hasOwn(FIELD_NAME_WORDS, name)
      ? this.fields.labels[FIELD_NAME_WORDS[name]!]
      : this.t('caseFile.audit.anotherField');
  }

  private list(values: readonly string[]): string {
    return listText(this.language, [...new Set(values)]);
  }

  private one(reading: ValueReading, value: unknown): string | null {
    if (typeof reading === 'object') return this.label(reading.group, value);
    switch (reading) {
      case 'asRecorded':
        return typeof value === 'string' || typeof value === 'number' ? shortened(String(value)) : null;
      case 'number':
        return typeof value === 'number' ? this.numbers.format(value) : null;
      case 'yesNo':
        return typeof value === 'boolean' ? this.t(value ? 'caseFile.common.yes' : 'caseFile.common.no') : null;
      case 'instant':
        return typeof value === 'string' && Instant.safeParse(value).success
          ? formatInstant(this.tFunction, this.locale, value, this.timeZone)
          : null;
      case 'date':
        return typeof value === 'string' ? formatWrittenDate(this.locale, value) : null;
      case 'language':
        return typeof value === 'string' ? languageWords(value, interfaceLanguage(this.language)) : null;
      case 'fieldNames':
        return this.fieldName(value);
      case 'codes':
        return typeof value === 'string' ? (value.split(':')[0] ?? value) : null;
      case 'consentPurpose': {
        const purpose = ConsentPurpose.safeParse(value);
        return purpose.success ? consentPurposeText(interfaceLanguage(this.language), purpose.data) : null;
      }
      case 'statusReason': {
        const code = CoreStatusReason.safeParse(value);
        return code.success ? this.coreReason(code.data) : null;
      }
      case 'statusReasonText': {
        if (typeof value !== 'string') return null;
        const code = statusReasonCodeOfShippedWording(value);
        return code === null ? shortened(value) : this.coreReason(code);
      }
      default:
        return null;
    }
  }

  /** A reason the core gave a status change, in the reader's words. */
  private coreReason(code: CoreStatusReason): string {
    return statusReasonText((key, params) => this.t(`messages.${key}`, params), { code });
  }

  /** A value in words, or null when it is not what the key records (then the detail counts as another). */
  value(reading: ValueReading, value: unknown): string | null {
    if (reading === 'count') return Array.isArray(value) ? this.numbers.format(value.length) : null;
    if (reading === 'caseValues') return this.caseValues(value);
    if (Array.isArray(value)) {
      const words = value.map((item) => this.one(reading, item));
      return words.every((word): word is string => word !== null) ? shortened(this.list(words)) : null;
    }
    if (value === null) return this.t('caseFile.audit.none');
    return this.one(reading, value);
  }

  /** `{category: {from, to}}`: "Category: SA → SE". */
  private caseValues(value: unknown): string | null {
    if (typeof value !== 'object' || value === null) return null;
    const parts = Object.entries(value as Record<string, unknown>).map(([name, change]) => {
      const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
      const group = CASE_VALUE_GROUPS[name];
      const read = (item: unknown): string =>
        item === null || item === undefined
          ? this.t('caseFile.audit.none')
          : group
            ? this.label(group, item)
            : typeof item === 'boolean'
              ? this.t(item ? 'caseFile.common.yes' : 'caseFile.common.no')
              : this.t('messages.unknownValue');
      return this.t('caseFile.audit.valueChange', { field: this.fieldName(name), from: read(from), to: read(to) });
    });
    return parts.length > 0 ? parts.join('; ') : null;
  }
}

/** The enumerated case fields an edit records from → to, by their label group. */
const CASE_VALUE_GROUPS: Readonly<Record<string, LabelGroup>> = {
  reportingChannel: 'reportingChannel',
  category: 'caseCategory',
  subtype: 'caseSubtype',
  investigatingEntity: 'investigatingEntity',
  confidentiality: 'confidentiality',
};

/**
 * The details the core recorded for a row of `action` (what changed, codes, statuses, reasons; never
 * identity values), in the reader's words on one line: "Changed: Title and Urgent · To: Under
 * investigation". A detail this version does not word is counted ("1 other detail"), never named.
 */
export function auditDetailsText(
  t: TFunction,
  language: string,
  timeZone: string,
  action: string,
  details: Record<string, unknown>,
): string {
  const words = new DetailWords(t, language, timeZone);
  const parts: string[] = [];
  let others = 0;
  for (const [key, value] of Object.entries(details)) {
    const reading = detailReading(action, key);
    const shown =
      reading && (isPlain(value) || Array.isArray(value) || value === null || reading.value === 'caseValues')
        ? words.value(reading.value, value)
        : null;
    // A changed value names its own field: "Category: SA → SE".
    if (reading && shown !== null && reading.value === 'caseValues') parts.push(shown);
    else if (reading && shown !== null) {
      parts.push(t('caseFile.audit.detail', { key: words.word(reading.word), value: shown }));
    } else if (!IDENTIFIERS.has(key)) others += 1;
  }
  if (others > 0) parts.push(t('caseFile.audit.otherDetails', { count: others }));
  return parts.join(' · ');
}

/** Ids of records the row's target or the screens already name: not details a reader needs. */
const IDENTIFIERS = new Set([
  'personId',
  'contentId',
  'originalId',
  'followUpId',
  'letterId',
  'subjectId',
  'replyId',
  'closureLetter',
  'manifestSha256',
  'notesSha256',
]);
