import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle, importCaseBundle, verifyCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import type { BundleKeyring } from '../../../electron/core/bundles/bundle-service.js';
import { HASH_THREAD_FROM_BYTES } from '../../../electron/core/kernel/files/objects/chunk-hasher.js';
import { useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { caseToHandOver, servicesOf, testKeys } from './bundle-fixture.js';

// An evidence file large enough to be sealed on a thread of its own at export and hashed on one at verify
// and import: it travels byte for byte, and a bundle whose plaintext was changed under an intact signed
// manifest (re-encrypted with the age tool) is refused by the hash those threads compute.
const evidenceFile = useEvidenceFiles();
const LARGE = HASH_THREAD_FROM_BYTES + 70_001;

describe('a case bundle holding a large evidence file', () => {
  it('travels byte for byte, and its content changed under the signed manifest is refused', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a, LARGE);
    const identityFile = path.join(a.work, 'identity.txt');
    execFileSync('age-keygen', ['-o', identityFile], { stdio: 'ignore' });
    const identity = fs
      .readFileSync(identityFile, 'utf8')
      .split('\n')
      .find((line) => line.startsWith('AGE-SECRET-KEY-1'))!;
    const recipient = execFileSync('age-keygen', ['-y', identityFile]).toString().trim();
    const bundle = path.join(a.work, 'large.casefile');
    const sender = await servicesOf(a);
    let sentSha256: string;
    try {
      sentSha256 = sender.vault.db
        .prepare(`SELECT sha256 FROM evidence_contents WHERE size = ?`)
        .pluck()
        .get(LARGE) as string;
      await exportCaseBundle(sender.ctx, testKeys('Investigator One'), {
        caseId: theCase.id,
        destination: bundle,
        audience: { kind: 'recipients', recipients: [recipient] },
        omit: [],
        to: 'Legal Officer',
      });
    } finally {
      sender.vault.close();
    }
    const keys: BundleKeyring = {
      signer: null,
      identities: [identity],
      lookupSigner: () => null,
      peerOf: () => null,
      holder: 'Legal Officer',
    };
    const checked = await verifyCaseBundle(keys, bundle);
    expect(checked.evidenceBytes).toBeGreaterThan(LARGE);

    // The same plaintext but one byte in the middle of the large file, sealed again for the same reader.
    const plain = execFileSync('age', ['-d', '-i', identityFile, bundle], { maxBuffer: 64 * 1024 * 1024 });
    const label = plain.indexOf(`"kind":"content","size":${LARGE}}`);
    expect(label).toBeGreaterThan(0);
    plain[label + 1_000_000] = plain[label + 1_000_000]! ^ 0x01;
    const changed = path.join(a.work, 'changed.casefile');
    execFileSync('age', ['-e', '-r', recipient, '-o', changed], { input: plain });
    await expect(verifyCaseBundle(keys, changed)).rejects.toMatchObject({ reason: 'bundle.damaged' });

    const receiver = await servicesOf(b);
    try {
      const importing = (file: string) =>
        importCaseBundle(receiver.ctx, keys, { file, dryRun: false, acceptUnknownSigner: true });
      await expect(importing(changed)).rejects.toMatchObject({ reason: 'bundle.damaged' });
      expect(receiver.vault.db.prepare('SELECT count(*) FROM evidence_contents').pluck().get()).toBe(0);

      await importing(bundle);
      const received = receiver.vault.db
        .prepare(`SELECT sha256 FROM evidence_contents WHERE size = ?`)
        .pluck()
        .get(LARGE);
      expect(received).toBe(sentSha256);
    } finally {
      receiver.vault.close();
    }
  });
});
