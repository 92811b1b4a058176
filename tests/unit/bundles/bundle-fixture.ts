import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import * as path from 'node:path';
import type { CaseFileServices } from '../../../electron/core/kernel/context.js';
import { ageIdentityOf, ageRecipientOf, x25519PublicOf } from '../../../electron/core/kernel/identity/age-keys.js';
import { signingKeyFingerprint } from '../../../electron/core/kernel/identity/ed25519.js';
import { evidenceObjects } from '../../../electron/core/kernel/files/object-access.js';
import { unlockWithPassphrase, type OpenVault } from '../../../electron/core/kernel/vault/vault.js';
import type { Omission } from '../../../electron/core/bundles/bundle-format.js';
import {
  exportCaseBundle,
  importCaseBundle,
  type BundleKeyring,
  type ImportCaseBundle,
} from '../../../electron/core/bundles/bundle-service.js';
import { CASE_TABLES, caseRowsOf } from '../../../electron/core/bundles/case-tables.js';
import { PASSPHRASE } from '../core/helpers.js';
import {
  addFile,
  at,
  bytesWithMarker,
  openCase,
  START,
  writeSource,
  type EvidenceFile,
} from '../evidence/evidence-fixture.js';
import { victim, witness } from '../people/people-fixture.js';

/** The core's services on a second connection to an evidence-fixture vault (the contract has no bundle calls here). */
export async function servicesOf(
  ef: EvidenceFile,
  actor = 'test',
): Promise<{ ctx: CaseFileServices; vault: OpenVault }> {
  const vault = await unlockWithPassphrase(ef.dir, PASSPHRASE, {});
  const lock = new AbortController();
  const ctx: CaseFileServices = {
    db: () => vault.db,
    now: () => ef.clock.now,
    actor,
    evidenceObjects: () => evidenceObjects(path.join(ef.dir, 'objects'), vault.dataKey, lock.signal),
  };
  return { ctx, vault };
}

/** A case exported by `fromName` for `toName`'s recipient, as `file` in the sender's work folder: its path. */
export async function sendCase(
  from: EvidenceFile,
  names: { from: string; to: string },
  caseId: string,
  file: string,
  omit: Omission[] = [],
): Promise<string> {
  const destination = path.join(from.work, file);
  const { ctx, vault } = await servicesOf(from);
  try {
    await exportCaseBundle(ctx, testKeys(names.from), {
      caseId,
      destination,
      audience: { kind: 'recipients', recipients: [recipientOf(names.to)] },
      omit,
      to: names.to,
    });
  } finally {
    vault.close();
  }
  return destination;
}

/**
 * A bundle imported into a fixture vault on a connection of its own, closed after: an unknown signer
 * accepted (the tests' holders are not each other's contacts), written unless `dryRun`.
 */
export async function importInto(
  ef: EvidenceFile,
  keys: BundleKeyring,
  request: Omit<ImportCaseBundle, 'dryRun' | 'acceptUnknownSigner'> & { dryRun?: boolean },
) {
  const { ctx, vault } = await servicesOf(ef);
  try {
    return await importCaseBundle(ctx, keys, { dryRun: false, acceptUnknownSigner: true, ...request });
  } finally {
    vault.close();
  }
}

const keyrings = new Map<string, BundleKeyring>();

/**
 * A holder's keyring, the same for every bundle of a test file: it signs with an Ed25519 key, opens
 * bundles made for its age recipient, and knows the other holders' recipients (peerOf), as contacts
 * would. No one is a contact for the signature (an unknown signer, accepted by the tests).
 */
export function testKeys(holder: string): BundleKeyring {
  const known = keyrings.get(holder);
  if (known) return known;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const secret = randomBytes(32);
  const keyring: BundleKeyring = {
    signer: {
      publicKey: raw,
      fingerprint: signingKeyFingerprint(raw),
      recipient: ageRecipientOf(x25519PublicOf(secret)),
      sign: (message) => sign(null, message, privateKey),
    },
    identities: [ageIdentityOf(secret)],
    lookupSigner: () => null,
    peerOf: (recipient) =>
      [...keyrings.values()].find((other) => other.signer?.recipient === recipient)?.signer?.fingerprint ?? null,
    holder,
  };
  keyrings.set(holder, keyring);
  return keyring;
}

/** The age recipient of a holder's test keyring: to make a bundle only they can open. */
export const recipientOf = (holder: string): string => testKeys(holder).signer!.recipient!;

/** A keyring without keys: no signer, no identity (passphrase bundles), no contacts. */
export const noKeys = (holder: string): BundleKeyring => ({
  signer: null,
  identities: [],
  lookupSigner: () => null,
  peerOf: () => null,
  holder,
});

/** Every row of the case in every table a bundle carries, minus local keys: what must arrive unchanged. */
export function caseSnapshot(vault: OpenVault, caseId: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of CASE_TABLES) {
    out[table.table] = caseRowsOf(vault.db, table, caseId).map((row) => {
      const { [table.localKey ?? '']: _local, ...rest } = row;
      // Each vault has its own object id and key for a file: everything else must arrive as it left.
      if (table.table === 'evidence_contents') {
        const { object_id: _object, wrapped_key: _key, ...content } = rest;
        return content;
      }
      if (table.table === 'custody_events') {
        // Whether an event came in a bundle is the receiving vault's own note.
        const { received: _received, ...event } = rest;
        return event;
      }
      if (table.table === 'evidence_signatures') {
        const { object_id: _object, ...signature } = rest;
        return signature;
      }
      return rest;
    });
  }
  return out;
}

/**
 * A case with a little of everything a bundle carries: people (one with an identity), a timeline
 * event, two evidence items (one a working copy) with three files and custody events.
 */
export async function caseToHandOver(ef: EvidenceFile, fileBytes = 200_000) {
  const theCase = await openCase(ef);
  const victimRecord = await ef.call('people.add', { caseId: theCase.id, profile: victim() });
  await ef.call('people.setIdentity', {
    personId: victimRecord.id,
    identity: { fullName: SECRET_NAME, address: 'Rue 12, Bangui', confidentiality: 'strictly_confidential' },
  });
  await ef.call('people.add', { caseId: theCase.id, profile: witness() });
  await ef.call('timeline.add', {
    caseId: theCase.id,
    event: {
      date: { precision: 'month', from: '2026-02' },
      kind: 'incident',
      title: 'S-01 met V-01 at the market',
      basis: 'reported_by_source',
    },
  });
  const item = await ef.call('evidence.create', {
    caseId: theCase.id,
    type: 'photo_video',
    description: 'CCTV export from the water point camera',
    collectedAt: at(START, -300),
    collectedBy: 'Investigator One',
    storageLocation: 'Evidence locker 3',
  });
  await addFile(ef, item.id, writeSource(ef, bytesWithMarker(fileBytes, 'V'), 'camera-export.mp4'));
  await addFile(ef, item.id, writeSource(ef, bytesWithMarker(3_000, 'L'), 'camera-log.txt'));
  const copy = await ef.call('evidence.create', {
    caseId: theCase.id,
    type: 'photo_video',
    description: 'Working copy for review',
    collectedAt: at(START, -280),
    copyRole: 'working_copy',
    originalId: item.id,
    storageLocation: 'Encrypted laptop',
  });
  await addFile(ef, copy.id, writeSource(ef, bytesWithMarker(70_000, 'W'), 'copy.mp4'));
  await ef.call('custody.add', {
    itemId: item.id,
    kind: 'sealed',
    at: at(START, -260),
    persons: ['Investigator One'],
    purpose: 'Sealed in an evidence bag',
    sealNumber: 'SEAL-004417',
  });
  return { theCase, item, copy };
}

export const SECRET_NAME = 'Amina Secretname';
