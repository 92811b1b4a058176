import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemWithChain } from '../../../electron/core/evidence/evidence-store.js';
import { addFile, START, useEvidenceFiles, writeSource, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { docxParagraphs, docxPart, pdfText } from '../documents-render/read-outputs.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { itemWithChain, itemWithEveryDetail } from './custody-report-scenario.js';

/**
 * The verification report of a case, read back as its reader's tools read it (poppler, the DOCX's XML),
 * and checked the way it tells its reader to: sha256sum, base64 -d and openssl, on a real item.
 */

const evidenceFile = useEvidenceFiles();
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;

async function verificationReport(
  ef: EvidenceFile,
  caseId: string,
  format: 'pdf' | 'docx',
  language: 'en' | 'fr' | 'ar',
) {
  const destination = path.join(ef.work, `verification-${language}.${format}`);
  ef.ports.exportTo = destination;
  const reply = await ef.call('custody.verificationReport', { caseId, format, language });
  expect(reply.saved).toMatchObject({ cancelled: false, path: destination });
  return { bytes: fs.readFileSync(destination), summary: reply.summary };
}

/** A case with two items: one with two files and a custody chain, one with a file of its own. */
async function caseWithEvidence(ef: EvidenceFile) {
  const { theCase, item } = await itemWithEveryDetail(ef);
  const second = await ef.call('evidence.create', {
    caseId: theCase.id,
    type: 'documentary',
    description: 'Handwritten statement, scanned',
    collectedAt: START,
    collectedBy: 'Investigator Two',
  });
  await addFile(ef, second.id, writeSource(ef, Buffer.from('scanned statement bytes'), 'statement-scan.pdf'));
  const items: ItemWithChain[] = [];
  for (const itemId of [item.id, second.id]) items.push(await itemWithChain(ef, itemId));
  return { theCase, items };
}

/** The base64 lines that follow `label` in the text (a value the report prints for copying). */
function base64After(lines: readonly string[], label: string, from = 0): { value: string; next: number } {
  const start = lines.findIndex((line, index) => index >= from && line.trim() === label);
  expect(start, label).toBeGreaterThanOrEqual(0);
  const value: string[] = [];
  let index = start + 1;
  while (index < lines.length && BASE64_LINE.test(lines[index]!.trim())) value.push(lines[index++]!.trim());
  expect(value.length, label).toBeGreaterThan(0);
  return { value: value.join('\n'), next: index };
}

const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

describe('the verification report', () => {
  it('as PDF, holds every item, file hash, custody event and signer fingerprint', async () => {
    const ef = await evidenceFile();
    const { theCase, items } = await caseWithEvidence(ef);
    const identity = await ef.call('identity.show', {});
    const { bytes, summary } = await verificationReport(ef, theCase.id, 'pdf', 'en');
    expect(summary).toEqual({
      items: 3, // the scenario's working copy is an item of the case too
      files: 3,
      signedFiles: 3,
      signers: [{ fingerprint: identity.signingFingerprint, thisVault: true }],
    });
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    expect(text).toContain('Evidence verification report');
    expect(text).toContain(`${identity.signingFingerprint} (this vault)`);
    expect(text).toContain('openssl pkeyutl -verify -pubin -inkey key.pem -rawin');
    for (const item of items) {
      expect(text).toContain(`Evidence item ${item.number}`);
      expect(text).toContain(item.collectedBy!);
      for (const event of item.custody) expect(text).toContain(event.purpose.slice(0, 30));
      for (const content of item.contents) {
        expect(text).toContain(content.sha256);
        expect(content.provenance?.signerFingerprint).toBe(identity.signingFingerprint);
      }
    }
    const audit = await ef.call('audit.list', { caseId: theCase.id });
    expect(audit.items.map((row) => row.action)).toContain('custody.verification_report');
  });

  it('its own instructions, followed with sha256sum, base64 and openssl on a real item, check out', async () => {
    const ef = await evidenceFile();
    const { theCase, items } = await caseWithEvidence(ef);
    const { bytes } = await verificationReport(ef, theCase.id, 'pdf', 'en');
    const lines = pdfText(bytes, undefined, 'raw').split('\n');
    const work = fs.mkdtempSync(path.join(ef.work, 'reader-'));

    // The reader has the file itself (exported from the vault) and the report: the hash matches.
    const item = items[1]!;
    const content = item.contents[0]!;
    ef.ports.exportTo = path.join(work, 'statement-scan.pdf');
    await ef.call('evidence.export', { itemId: item.id, contentId: content.id });
    const hashed = run('sha256sum', ['statement-scan.pdf'], work).split(' ')[0]!;
    expect(lines.join('\n')).toContain(hashed);

    // Step 2: the signer's key, its lines copied from the report.
    const pem = lines.join('\n').match(/-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----/);
    expect(pem).not.toBeNull();
    fs.writeFileSync(path.join(work, 'key.pem'), `${pem![0]}\n`);

    // Step 3: the statement and signature printed under the file's name, decoded with base64 -d.
    const heading = lines.findIndex((line) => line.trim() === 'statement-scan.pdf');
    const statement = base64After(lines, 'Signed statement (base64)', heading);
    const signature = base64After(lines, 'Signature (base64)', statement.next);
    fs.writeFileSync(path.join(work, 'statement.b64'), `${statement.value}\n`);
    fs.writeFileSync(path.join(work, 'signature.b64'), `${signature.value}\n`);
    fs.writeFileSync(path.join(work, 'statement.json'), run('base64', ['-d', 'statement.b64'], work));
    execFileSync('sh', ['-c', 'base64 -d signature.b64 > signature.sig'], { cwd: work });

    // Step 4: openssl says the statement is the one signed.
    const verify = ['pkeyutl', '-verify', '-pubin', '-inkey', 'key.pem', '-rawin'];
    const answer = run('openssl', [...verify, '-in', 'statement.json', '-sigfile', 'signature.sig'], work);
    expect(answer).toContain('Signature Verified Successfully');

    // Step 5: the statement names this file's hash, size and collector.
    const signed = JSON.parse(fs.readFileSync(path.join(work, 'statement.json'), 'utf8')) as Record<string, unknown>;
    expect(signed).toMatchObject({ sha256: hashed, size: content.size, collector: 'Investigator Two' });

    // Step 6: the key's fingerprint, computed by the reader, is the one printed.
    const digest = execFileSync('sh', ['-c', 'openssl pkey -pubin -in key.pem -outform DER | tail -c 32 | sha256sum'], {
      cwd: work,
      encoding: 'utf8',
    });
    const fingerprint = digest.slice(0, 32).match(/.{4}/g)!.join(' ');
    expect(fingerprint).toBe(content.provenance!.signerFingerprint);
    expect(lines.join('\n')).toContain(fingerprint);

    // A statement changed by one character no longer verifies: the check can fail.
    const forged = fs
      .readFileSync(path.join(work, 'statement.json'), 'utf8')
      .replace('Investigator Two', 'Investigator Tw0');
    fs.writeFileSync(path.join(work, 'statement.json'), forged);
    expect(() => run('openssl', [...verify, '-in', 'statement.json', '-sigfile', 'signature.sig'], work)).toThrow();
  });

  it('as DOCX in French, holds the hashes and fingerprints in French words', async () => {
    const ef = await evidenceFile();
    const { theCase, items } = await caseWithEvidence(ef);
    const identity = await ef.call('identity.show', {});
    const { bytes } = await verificationReport(ef, theCase.id, 'docx', 'fr');
    const text = docxParagraphs(docxPart(bytes, 'word/document.xml')).join('\n');
    expect(text).toContain('Rapport de vérification des preuves');
    expect(text).toContain('Vérification pas à pas');
    expect(text).toContain(`${identity.signingFingerprint} (ce coffre)`);
    expect(text).toContain('-----BEGIN PUBLIC KEY-----');
    for (const item of items) {
      expect(text).toContain(`Pièce ${item.number}`);
      for (const content of item.contents) expect(text).toContain(content.sha256);
    }
    expect(text).not.toMatch(/Evidence item|Signed statement|this vault/);
  });

  it('in Arabic, runs right to left in the Arabic catalogue’s words, with the same hashes and keys', async () => {
    const ef = await evidenceFile();
    const { theCase, items } = await caseWithEvidence(ef);
    const say = (key: string, params?: Record<string, string | number>) =>
      messageText('ar', `documents.verificationReport.${key}`, params);
    const headings = [say('title'), say('about.heading'), say('steps.heading'), say('certification.heading')];
    for (const heading of headings) expect(heading).toMatch(/^[^A-Za-z]*[\u0600-\u06ff][^A-Za-z]*$/);

    const { bytes } = await verificationReport(ef, theCase.id, 'docx', 'ar');
    const document = docxPart(bytes, 'word/document.xml');
    const paragraphs = docxParagraphs(document);
    for (const heading of headings) expect(paragraphs).toContain(heading);
    expect(document).toContain('<w:bidi/>');
    const text = paragraphs.join('\n');
    expect(text).toContain('-----BEGIN PUBLIC KEY-----');
    for (const item of items) {
      expect(text).toContain(say('item.heading', { number: item.number }));
      for (const content of item.contents) expect(text).toContain(content.sha256);
    }
    expect(text).not.toMatch(/Evidence item|Signed statement|this vault|How to check/);

    const pdf = await verificationReport(ef, theCase.id, 'pdf', 'ar');
    const pdfWords = pdfText(pdf.bytes);
    for (const item of items) for (const content of item.contents) expect(pdfWords).toContain(content.sha256);
    expect(pdfWords).not.toMatch(/Evidence item|How to check/);
  });
});
