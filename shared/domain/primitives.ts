import { z } from 'zod';
import { Confidentiality } from './confidentiality.js';

/** Identifier of a stored record; the core chooses the scheme, the domain only needs it opaque. */
export const RecordId = z.string().min(1).max(64);
export type RecordId = z.infer<typeof RecordId>;

/** The keys of every record kept about a case, spread into its object schema: its own id and its case's. */
export const caseRecordKeys = { id: RecordId, caseId: RecordId };

/**
 * A moment, as ISO-8601 UTC with milliseconds (`2026-03-01T14:30:00.000Z`), the form
 * `Date.prototype.toISOString` writes: fixed width, so text order is time order.
 */
export const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected an ISO-8601 UTC instant (YYYY-MM-DDTHH:mm:ss.sssZ)')
  .refine((value) => {
    const ms = Date.parse(value);
    return Number.isFinite(ms) && new Date(ms).toISOString() === value;
  }, 'not a real moment');
export type Instant = z.infer<typeof Instant>;

export const instantMs = (instant: Instant): number => Date.parse(instant);

/** A spoken language as a BCP 47 tag (`fr`, `sg` Sango, `ln` Lingala, `ht` Haitian Creole, `ar-SD`). */
export const SpokenLanguage = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as fr, sg or ar-SD');
export type SpokenLanguage = z.infer<typeof SpokenLanguage>;

/** Free text that can locate or identify someone: it carries its own confidentiality level. */
export const sensitiveText = (defaultLevel: Confidentiality) =>
  z.object({
    text: z.string().max(10_000),
    confidentiality: Confidentiality.default(defaultLevel),
  });
export type SensitiveText = z.infer<ReturnType<typeof sensitiveText>>;

/** Short required free text (a reason, a justification): blank does not count as written. */
export const WrittenReason = z.string().trim().min(1, 'must be written, not blank').max(5_000);
