import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceContent } from '../../../shared/domain/evidence.js';
import { pdfText } from '../documents-render/read-outputs.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

describe('casefile evidence verification-report', () => {
  it('writes the report of a case and prints its summary; refuses an existing file and an unknown format', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const file = path.join(root, 'photo.jpg');
    fs.writeFileSync(file, 'JPEG bytes of the scene');
    valueOf(await casefile(setup, ['--json', 'evidence', 'add', file, '--case', setup.reference]));
    const shown = valueOf<{ contents: EvidenceContent[] }>(
      await casefile(setup, ['--json', 'evidence', 'provenance', 'E-0001', '--case', setup.reference]),
    );
    const content = shown.contents[0]!;

    const out = path.join(root, 'verification.pdf');
    const args = ['evidence', 'verification-report', setup.reference, '--out', out];
    const written = valueOf<{ path: string; summary: Record<string, unknown> }>(
      await casefile(setup, ['--json', ...args]),
    );
    expect(written.path).toBe(out);
    expect(written.summary).toEqual({
      items: 1,
      files: 1,
      signedFiles: 1,
      signers: [{ fingerprint: content.provenance!.signerFingerprint, thisVault: true }],
    });
    const text = pdfText(fs.readFileSync(out)).replace(/\s+/g, ' ');
    expect(text).toContain(content.sha256);
    expect(text).toContain(content.provenance!.signerFingerprint);

    const again = await casefile(setup, ['--json', ...args]);
    expect(again.status).not.toBe(0);
    expect(errorOf(again).code).toBe('CONFLICT');
    const docx = path.join(root, 'verification.docx');
    const bad = await casefile(setup, ['--json', ...args.slice(0, 3), '--out', docx, '--format', 'odt']);
    expect(bad.status).not.toBe(0);
    expect(errorOf(bad).message).toContain('--format');
    expect(fs.existsSync(docx)).toBe(false);

    const plain = await casefile(setup, [...args.slice(0, 3), '--out', docx, '--format', 'docx', '--lang', 'fr']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('1 item, 1 file, 1 signed.');
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });
});
