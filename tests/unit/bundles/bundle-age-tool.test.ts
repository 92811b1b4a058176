import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle, importCaseBundle, verifyCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { caseToHandOver, SECRET_NAME, servicesOf, testKeys } from './bundle-fixture.js';

// The reference age tool (Debian `age`) is the second, independent client: it opens what Casefile
// writes, and Casefile opens what it writes.
const evidenceFile = useEvidenceFiles();

function ageIdentity(dir: string): { file: string; identity: string; recipient: string } {
  const file = path.join(dir, 'identity.txt');
  execFileSync('age-keygen', ['-o', file], { stdio: 'ignore' });
  const identity = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('AGE-SECRET-KEY-1'))!;
  const recipient = execFileSync('age-keygen', ['-y', file]).toString().trim();
  return { file, identity, recipient };
}

describe('case bundles and the age tool', () => {
  it('opens with `age -d -i` and the recipient identity; made without identities, it holds no name', async () => {
    const a = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const reader = ageIdentity(a.work);
    const bundle = path.join(a.work, `${theCase.reference}.casefile`);
    const { ctx, vault } = await servicesOf(a);
    try {
      await exportCaseBundle(ctx, testKeys('Investigator One'), {
        caseId: theCase.id,
        destination: bundle,
        audience: { kind: 'recipients', recipients: [reader.recipient] },
        omit: ['identities'],
        to: 'Legal Officer',
      });
    } finally {
      vault.close();
    }
    expect(fs.readFileSync(bundle).includes(Buffer.from(SECRET_NAME))).toBe(false);
    const plain = execFileSync('age', ['-d', '-i', reader.file, bundle]);
    expect(plain.subarray(0, 18).toString()).toBe('casefile-bundle/1\n');
    expect(plain.includes(Buffer.from('"omitted":["identities","letter_files"]'))).toBe(true);
    expect(plain.includes(Buffer.from(SECRET_NAME))).toBe(false);
    // The evidence's plaintext is in it, under the SHA-256 recorded at ingest.
    expect(plain.includes(Buffer.from('CCTV export from the water point camera'))).toBe(true);

    // And a file `age -e -r` wrote for this identity reads back in Casefile, every hash checked.
    const reEncrypted = path.join(a.work, 'by-age.casefile');
    execFileSync('age', ['-e', '-r', reader.recipient, '-o', reEncrypted], { input: plain });
    const checked = await verifyCaseBundle(
      { signer: null, identities: [reader.identity], lookupSigner: () => null, peerOf: () => null, holder: 'x' },
      reEncrypted,
    );
    expect(checked.manifest.case.reference).toBe(theCase.reference);
    expect(checked.evidenceFiles).toBe(3);
    expect(checked.signer).toMatchObject({ status: 'unknown' });
  });

  it('a bundle for someone else is refused in words, and the vault is unchanged', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const someoneElse = ageIdentity(a.work);
    const mine = ageIdentity(b.work);
    const bundle = path.join(a.work, 'other.casefile');
    const sender = await servicesOf(a);
    try {
      await exportCaseBundle(sender.ctx, testKeys('Investigator One'), {
        caseId: theCase.id,
        destination: bundle,
        audience: { kind: 'recipients', recipients: [someoneElse.recipient] },
        omit: [],
        to: 'Someone else',
      });
    } finally {
      sender.vault.close();
    }
    const receiver = await servicesOf(b);
    try {
      const keys = {
        signer: null,
        identities: [mine.identity],
        lookupSigner: () => null,
        peerOf: () => null,
        holder: 'me',
      };
      await expect(
        importCaseBundle(receiver.ctx, keys, { file: bundle, dryRun: false, acceptUnknownSigner: true }),
      ).rejects.toMatchObject({ code: 'VALIDATION', reason: 'bundle.notForThisVault' });
      expect(receiver.vault.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);

      // Its recipient re-encrypts it, signature and all, to this vault: the signed manifest names who the
      // sender chose, and this vault is not among them.
      const plain = execFileSync('age', ['-d', '-i', someoneElse.file, bundle]);
      const rewrapped = path.join(b.work, 'passed-on.casefile');
      execFileSync('age', ['-e', '-r', mine.recipient, '-o', rewrapped], { input: plain });
      await expect(
        importCaseBundle(receiver.ctx, keys, { file: rewrapped, dryRun: false, acceptUnknownSigner: true }),
      ).rejects.toMatchObject({ code: 'VALIDATION', reason: 'bundle.notAddressedHere' });
      expect(receiver.vault.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    } finally {
      receiver.vault.close();
    }
  });
});
