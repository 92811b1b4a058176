import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle, importCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { caseSnapshot, caseToHandOver, noKeys, servicesOf, testKeys } from './bundle-fixture.js';

const evidenceFile = useEvidenceFiles();
const PASS = { kind: 'passphrase' as const, passphrase: 'hand-over words for the bundle', logN: 10 };

describe('case bundle between two vaults', () => {
  it('keeps every record and every byte of evidence, and both sides log the hand-over', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const bundle = path.join(a.work, 'case.casefile');
    const sender = await servicesOf(a);
    let before: Record<string, unknown[]>;
    try {
      before = caseSnapshot(sender.vault, theCase.id);
      const exported = await exportCaseBundle(sender.ctx, testKeys('Investigator One'), {
        caseId: theCase.id,
        destination: bundle,
        audience: PASS,
        omit: [],
        to: 'Legal Officer',
      });
      expect(exported.reference).toBe(theCase.reference);
    } finally {
      sender.vault.close();
    }
    expect(fs.readFileSync(bundle).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');

    const receiver = await servicesOf(b);
    try {
      const keys = noKeys('Legal Officer');
      const preview = await importCaseBundle(receiver.ctx, keys, {
        file: bundle,
        passphrase: PASS.passphrase,
        dryRun: true,
        acceptUnknownSigner: false,
      });
      expect(preview).toMatchObject({ reference: theCase.reference, caseExists: false, conflicts: [] });
      expect(receiver.vault.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);

      await importCaseBundle(receiver.ctx, keys, {
        file: bundle,
        passphrase: PASS.passphrase,
        dryRun: false,
        acceptUnknownSigner: true,
      });
      const after = caseSnapshot(receiver.vault, theCase.id);
      // Custody gains one hand-over per item on each side: compare the rest, then look at those.
      const custody = (rows: unknown[]) =>
        (rows as { purpose_code: string | null }[]).filter((r) => r.purpose_code === null);
      for (const table of Object.keys(before)) {
        if (table === 'custody_events') continue;
        expect(after[table], table).toEqual(before[table]);
      }
      expect(custody(after.custody_events!)).toEqual(custody(before.custody_events!));
      type Transfer = { purpose_code: string | null; from_holder: string; from_role: string; to_holder: string };
      const transfers = (after.custody_events as Transfer[]).filter((r) => r.purpose_code === 'bundle_received');
      expect(transfers.map((t) => t.to_holder)).toEqual(['Legal Officer', 'Legal Officer']);
      // The sender is known by the key that signed (a code and a fingerprint, worded where it is read).
      expect(transfers.map((t) => [t.from_role, t.from_holder])).toEqual([
        ['unknown_sender', expect.stringMatching(/^[0-9a-f ]+$/)],
        ['unknown_sender', expect.stringMatching(/^[0-9a-f ]+$/)],
      ]);
    } finally {
      receiver.vault.close();
    }

    // The files read back from vault B byte for byte, under the SHA-256 recorded in vault A.
    const verified = await b.settle((await b.call('evidence.verify', {})).jobId);
    expect(verified).toMatchObject({ state: 'done', contentsTotal: 3, contentsChecked: 3, failures: [] });
    const audit = await b.rawDatabase((db) => db.prepare(`SELECT action FROM audit_log`).pluck().all());
    expect(audit).toContain('bundle.import');
  });
});
