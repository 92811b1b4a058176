import { z } from 'zod';
import type { ErrorReason } from '../i18n/catalogue.js';
import { Confidentiality } from './confidentiality.js';
import { caseRecordKeys, Instant, RecordId, sensitiveText, WrittenReason } from './primitives.js';
import { TimeZone } from './time-zone.js';
import { UncertainDate } from './uncertain-date.js';

/** Evidence items, their content files and their chain of custody (domain.md §1, issue 4). */

export const EVIDENCE_TYPES = [
  'physical',
  'documentary',
  'digital',
  'biological',
  'photo_video',
  'testimony_reference',
  'other',
] as const;
export const EvidenceType = z.enum(EVIDENCE_TYPES);
export type EvidenceType = z.infer<typeof EvidenceType>;

/** Types held as files: R12's digital-evidence handling applies to them. */
export const FILE_EVIDENCE_TYPES: readonly EvidenceType[] = ['digital', 'photo_video'];

export const EVIDENCE_STATUSES = ['collected', 'in_storage', 'at_lab', 'returned', 'destroyed'] as const;
export const EvidenceStatus = z.enum(EVIDENCE_STATUSES);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

/** A destroyed item stays in the log, read-only: nothing about it can change any more. */
export const isFinalEvidenceStatus = (status: EvidenceStatus): boolean => status === 'destroyed';

/** Berkeley Protocol: the untouched evidentiary original is kept apart from working copies (R12). */
export const COPY_ROLES = ['evidentiary_original', 'working_copy'] as const;
export const CopyRole = z.enum(COPY_ROLES);
export type CopyRole = z.infer<typeof CopyRole>;

/**
 * What kind of source an item is, beyond its type, where that starts a clock (domain.md §3):
 * CCTV footage is overwritten within days; phone data needs a preservation request at once.
 * Same values as shared/clocks' EvidenceMarker, which reads them.
 */
export const EVIDENCE_MARKERS = ['cctv', 'phone_data'] as const;
export const EvidenceMarker = z.enum(EVIDENCE_MARKERS);
export type EvidenceMarker = z.infer<typeof EvidenceMarker>;

/** `E-0001`: four digits at least, more after 9999 (`E-10000`). Numbered per case, never reused. */
export const EvidenceNumber = z.string().regex(/^E-\d{4,}$/, 'expected an evidence number such as E-0007');
export type EvidenceNumber = z.infer<typeof EvidenceNumber>;

export function formatEvidenceNumber(sequence: number): EvidenceNumber {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('an evidence number counts from 1');
  return `E-${String(sequence).padStart(4, '0')}`;
}

export function parseEvidenceNumber(number: string): number | null {
  const match = /^E-(\d{4,})$/.exec(number);
  if (!match) return null;
  const sequence = Number(match[1]);
  return sequence >= 1 ? sequence : null;
}

const ShortText = z.string().trim().max(300);

/**
 * What the user records about an item; id, case and number come from the core. Without
 * defaults: the contract adds them for creation, and changes are a partial of this.
 */
export const EvidenceFields = z
  .object({
    type: EvidenceType,
    description: z.string().trim().min(1, 'describe the item').max(5_000),
    collectedAt: Instant,
    /** The zone the collection time is shown in (the mission's, or where it happened). */
    timeZone: TimeZone.optional(),
    /** A site name can locate a victim: confidential by default. */
    collectedWhere: sensitiveText('confidential').optional(),
    /** Who collected it: an investigator's name or a person's pseudonym code. */
    collectedBy: ShortText.optional(),
    copyRole: CopyRole,
    /** For a working copy: the evidentiary original of the same case it was made from. */
    originalId: RecordId.optional(),
    /** Locker, safe, lab, server: where the item (or the evidentiary original) is kept. */
    storageLocation: z.string().trim().max(1_000),
    status: EvidenceStatus,
    confidentiality: Confidentiality,
    /** People of the case the item concerns (whose belongings, who appears in it). */
    personIds: z.array(RecordId).max(100),
    /** Interviews of the case that mention or produced the item. */
    interviewIds: z.array(RecordId).max(100),
    markers: z.array(EvidenceMarker).max(EVIDENCE_MARKERS.length),
    /** CCTV: when the footage was recorded, as precisely as known; overwriting counts from then. */
    recordedAt: UncertainDate.optional(),
    /** CCTV or phone data: when the source was found to exist, if before the item was logged. */
    identifiedAt: Instant.optional(),
  })
  .strict();
export type EvidenceFields = z.infer<typeof EvidenceFields>;

/** A stored item. */
export const EvidenceItem = EvidenceFields.safeExtend({
  ...caseRecordKeys,
  number: EvidenceNumber,
  createdAt: Instant,
  updatedAt: Instant,
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** Cross-field rules of an item's fields; messages name fields, never values. */
/** A cross-field problem: the field it belongs to, and why (a reason of the message catalogue). */
export interface CrossFieldProblem<P extends string = string> {
  path: P;
  reason: ErrorReason;
}

export function evidenceFieldProblems(fields: EvidenceFields): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  if (fields.copyRole === 'working_copy' && fields.originalId === undefined) {
    problems.push({ path: 'originalId', reason: 'evidence.copyNeedsOriginal' });
  }
  if (fields.copyRole === 'evidentiary_original' && fields.originalId !== undefined) {
    problems.push({ path: 'originalId', reason: 'evidence.originalOnlyForCopies' });
  }
  if (new Set(fields.markers).size !== fields.markers.length)
    problems.push({ path: 'markers', reason: 'evidence.markerTwice' });
  if (fields.recordedAt !== undefined && !fields.markers.includes('cctv')) {
    problems.push({ path: 'recordedAt', reason: 'evidence.recordedAtForCctv' });
  }
  if (fields.identifiedAt !== undefined && fields.markers.length === 0) {
    problems.push({ path: 'identifiedAt', reason: 'evidence.identifiedAtForMarkers' });
  }
  if (fields.identifiedAt !== undefined && fields.identifiedAt > fields.collectedAt) {
    problems.push({ path: 'identifiedAt', reason: 'evidence.identifiedAfterCollection' });
  }
  return problems;
}

// ---- Content: files held in encrypted object files ------------------------------------------

/** Why stored content cannot be trusted (the object store's integrity problems). */
export const CONTENT_PROBLEMS = [
  'missing',
  'tampered',
  'truncated',
  'reordered',
  'wrong_key',
  'hash_mismatch',
  'size_mismatch',
] as const;
export const ContentProblem = z.enum(CONTENT_PROBLEMS);
export type ContentProblem = z.infer<typeof ContentProblem>;

export const VERIFICATION_STATES = ['unchecked', 'verified', 'failed'] as const;
export const VerificationState = z.enum(VERIFICATION_STATES);
export type VerificationState = z.infer<typeof VerificationState>;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lowercase hex digits');

/** One file of an item: its SHA-256 was computed as it was first read (the hash at collection). */
export const EvidenceContent = z.object({
  id: RecordId,
  itemId: RecordId,
  fileName: z.string(),
  size: z.number().int().min(0),
  sha256: Sha256Hex,
  ingestedAt: Instant,
  verification: VerificationState,
  /** The last decrypt-and-rehash, whatever its outcome. */
  verifiedAt: Instant.optional(),
  /** Set while `verification` is failed. */
  problem: ContentProblem.optional(),
  /** The vault's signature of the file's provenance; absent until signed (older files: at first verification). */
  provenance: z
    .object({
      /** The exact text signed (JSON): SHA-256, size, collection time, collector, case, item, file. */
      statement: z.string(),
      /** The Ed25519 signature of the statement's UTF-8 bytes, base64. */
      signature: z.string(),
      /** The signing key's fingerprint (8 groups of 4 hex digits). */
      signerFingerprint: z.string(),
      /** The signing key as PEM (openssl reads it): another vault's for evidence received in a bundle. */
      signerPublicKeyPem: z.string(),
      signedAt: Instant,
      /** False for a file logged before provenance was signed, signed at its first verification. */
      atIngest: z.boolean(),
    })
    .optional(),
});
export type EvidenceContent = z.infer<typeof EvidenceContent>;

/** An item's integrity at a glance: failed as soon as one of its files failed its last check. */
export const EVIDENCE_INTEGRITY = ['no_content', 'unchecked', 'verified', 'failed'] as const;
export const EvidenceIntegrity = z.enum(EVIDENCE_INTEGRITY);
export type EvidenceIntegrity = z.infer<typeof EvidenceIntegrity>;

export function integrityOf(contents: readonly Pick<EvidenceContent, 'verification'>[]): EvidenceIntegrity {
  if (contents.length === 0) return 'no_content';
  if (contents.some((content) => content.verification === 'failed')) return 'failed';
  return contents.every((content) => content.verification === 'verified') ? 'verified' : 'unchecked';
}

// ---- Chain of custody ------------------------------------------------------------------------

export const CUSTODY_EVENT_KINDS = [
  'collected',
  'sealed',
  'handed_over',
  'opened',
  'copied',
  'examined',
  'sent_to_lab',
  'returned',
  'destroyed',
] as const;
export const CustodyEventKind = z.enum(CUSTODY_EVENT_KINDS);
export type CustodyEventKind = z.infer<typeof CustodyEventKind>;

/** Events where the item left someone's hands or was worked on: its content is re-hashed by default. */
export const RECHECK_BY_DEFAULT: readonly CustodyEventKind[] = [
  'handed_over',
  'opened',
  'copied',
  'examined',
  'returned',
];

/** The status an item takes when one of these events is logged. */
export const STATUS_AFTER_CUSTODY_EVENT: Partial<Record<CustodyEventKind, EvidenceStatus>> = {
  sent_to_lab: 'at_lab',
  returned: 'returned',
  destroyed: 'destroyed',
};

const PersonName = z.string().trim().min(1).max(300);

/** What the user logs; id, item, order and the hash re-check come from the core. */
export const CustodyEventFields = z
  .object({
    kind: CustodyEventKind,
    at: Instant,
    timeZone: TimeZone.optional(),
    /** Handed over: who gave the item … */
    from: PersonName.optional(),
    /** … and who received it. */
    to: PersonName.optional(),
    /** Who acted or witnessed: names of staff, or pseudonym codes. */
    persons: z.array(PersonName).max(20).default([]),
    purpose: WrittenReason,
    /** The seal applied (sealed) or found intact (opened). */
    sealNumber: z.string().trim().min(1).max(100).optional(),
    /** Where it happened or where the item now is. */
    location: z.string().trim().max(1_000).optional(),
    note: z.string().trim().max(5_000).optional(),
  })
  .strict();
export type CustodyEventFields = z.infer<typeof CustodyEventFields>;

export function custodyFieldProblems(fields: CustodyEventFields): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  if (fields.kind === 'handed_over' && (fields.from === undefined || fields.to === undefined)) {
    problems.push({ path: fields.from === undefined ? 'from' : 'to', reason: 'custody.handOverNames' });
  }
  if (fields.kind === 'sealed' && fields.sealNumber === undefined) {
    problems.push({ path: 'sealNumber', reason: 'custody.sealNumber' });
  }
  if (fields.persons.length === 0 && (fields.from === undefined || fields.to === undefined)) {
    problems.push({ path: 'persons', reason: 'custody.personsMissing' });
  }
  return problems;
}

/** A content file's re-hash at a custody event. */
export const CustodyHashCheck = z.object({
  contentId: RecordId,
  fileName: z.string(),
  /** The SHA-256 recorded at collection. */
  sha256: Sha256Hex,
  result: z.enum(['match', 'failed']),
  problem: ContentProblem.optional(),
  checkedAt: Instant,
});
export type CustodyHashCheck = z.infer<typeof CustodyHashCheck>;

/** Why a hand-over in a case bundle was recorded (the words come from the reader's catalogue). */
export const CustodyTransferPurpose = z.enum(['bundle_sent', 'bundle_received']);
export type CustodyTransferPurpose = z.infer<typeof CustodyTransferPurpose>;

/**
 * A holder a bundle hand-over names by what it is, not by a name: a Casefile vault (`from`/`to` then
 * hold its signing key's fingerprint, or nothing), whoever holds a bundle's passphrase, a sender known
 * only by the fingerprint of the key that signed (`from`/`to` hold it).
 */
export const CustodyPartyRole = z.enum(['vault', 'passphrase_holder', 'unknown_sender']);
export type CustodyPartyRole = z.infer<typeof CustodyPartyRole>;

export const CustodyEvent = CustodyEventFields.safeExtend({
  /** Empty when the event's purpose is a code (purposeCode), worded in the reader's language. */
  purpose: z.string().max(5_000),
  purposeCode: CustodyTransferPurpose.optional(),
  fromRole: CustodyPartyRole.optional(),
  toRole: CustodyPartyRole.optional(),
  id: RecordId,
  itemId: RecordId,
  /** 1, 2, 3… in the order logged, which is also chronological order. */
  sequence: z.number().int().min(1),
  /** Empty when the item has no content or no re-check was asked for. */
  hashChecks: z.array(CustodyHashCheck),
  recordedAt: Instant,
  recordedBy: z.string(),
});
export type CustodyEvent = z.infer<typeof CustodyEvent>;
