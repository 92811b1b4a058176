import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlockWithPassphrase } from '../../../electron/core/kernel/vault/vault.js';
import type { EvidenceContent } from '../../../shared/domain/evidence.js';
import { PASSPHRASE } from '../cli/harness.js';
import { casefile, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

async function vaultWithEvidence() {
  const root = tempDir();
  const setup = await vaultWithCase(root);
  const file = path.join(root, 'photo.jpg');
  fs.writeFileSync(file, 'JPEG bytes of the scene');
  valueOf(await casefile(setup, ['--json', 'evidence', 'add', file, '--case', setup.reference]));
  return { root, setup };
}

function opensslVerify(folder: string, statement: string, signature: string): boolean {
  try {
    // Each file's own signer's key, written beside its statement.
    const key = path.join(folder, path.basename(statement).replace(/\.statement\.json$/, '.signer.pem'));
    const args = ['pkeyutl', '-verify', '-pubin', '-inkey', key, '-rawin'];
    execFileSync('openssl', [...args, '-in', statement, '-sigfile', signature], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('signed provenance of evidence files', () => {
  it('is signed at ingest, and the signature checks with openssl against the exported public key', async () => {
    const { root, setup } = await vaultWithEvidence();
    const out = path.join(root, 'proof');
    const shown = valueOf<{ contents: EvidenceContent[] }>(
      await casefile(setup, ['--json', 'evidence', 'provenance', 'E-0001', '--case', setup.reference, '--out', out]),
    );
    const provenance = shown.contents[0]!.provenance!;
    expect(provenance.atIngest).toBe(true);
    const statement = JSON.parse(provenance.statement) as Record<string, unknown>;
    expect(statement).toMatchObject({
      case: setup.reference,
      evidence: 'E-0001',
      sha256: createHash('sha256').update('JPEG bytes of the scene').digest('hex'),
      size: 'JPEG bytes of the scene'.length,
    });
    expect(statement).toHaveProperty('collectedAt');
    expect(statement).toHaveProperty('collector');
    const { signingFingerprint } = valueOf<{ signingFingerprint: string }>(
      await casefile(setup, ['--json', 'identity', 'show']),
    );
    expect(provenance.signerFingerprint).toBe(signingFingerprint);

    const statementFile = path.join(out, 'E-0001-1.statement.json');
    const signatureFile = path.join(out, 'E-0001-1.sig');
    expect(opensslVerify(out, statementFile, signatureFile)).toBe(true);
    // A size changed by one byte in the statement no longer verifies.
    fs.writeFileSync(
      statementFile,
      provenance.statement.replace(/"size":(\d+)/, (_, n: string) => `"size":${+n + 1}`),
    );
    expect(opensslVerify(out, statementFile, signatureFile)).toBe(false);
  });

  it('signs a file logged before signing existed at its first verification, and says so', async () => {
    const { setup } = await vaultWithEvidence();
    // A file of an older vault: its signature row is removed (as if it had never been made).
    const vault = await unlockWithPassphrase(setup.vault, PASSPHRASE);
    try {
      const triggers = vault.db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence_signatures'`)
        .pluck()
        .all() as string[];
      for (const name of triggers) vault.db.exec(`DROP TRIGGER "${name}"`);
      vault.db.exec('DELETE FROM evidence_signatures');
    } finally {
      vault.close();
    }
    const before = await casefile(setup, ['evidence', 'provenance', 'E-0001', '--case', setup.reference]);
    expect(before.stdout).toContain('not signed yet');
    valueOf(await casefile(setup, ['--json', 'evidence', 'verify', 'E-0001', '--case', setup.reference]));
    const after = await casefile(setup, ['evidence', 'provenance', 'E-0001', '--case', setup.reference]);
    expect(after.stdout).toMatch(/signed at its first verification, .* \(logged before provenance was signed\)/);
    const audit = await casefile(setup, ['--json', 'call', 'audit.list', '--input', '-'], { stdin: '{}' });
    expect(audit.stdout).toContain('evidence.content.signed');
  });
});
