import * as fs from 'node:fs';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { EvidenceContent, CustodyEvent } from '../../../shared/domain/evidence.js';
import type { EvidenceRecord } from '../../../shared/contract/evidence.js';
import { testClock } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';
import { bytesWithMarker, sha256Of } from './evidence-fixture.js';
import { docxPart, docxParagraphs } from '../documents-render/read-outputs.js';
import { EXIT } from '../../../electron/cli/failure.js';

const tempDir = useTempDirs();

async function setup() {
  const root = tempDir();
  const vault = await vaultWithCase(root);
  const bytes = bytesWithMarker(700_000, 'CLI-MARKER');
  const file = path.join(root, 'dump.bin');
  fs.writeFileSync(file, bytes);
  return { root, ...vault, bytes, file };
}

type Added = { caseReference: string; item: EvidenceRecord; content: EvidenceContent };

describe('casefile evidence', () => {
  it('adds a file from a path as a new item, then another file to the same item', async () => {
    const s = await setup();
    const added = valueOf<Added>(
      await casefile(s, [
        'evidence',
        'add',
        s.file,
        '--case',
        s.reference,
        '--type',
        'photo_video',
        '--description',
        'Clip',
        '--json',
      ]),
    );
    expect(added.item).toMatchObject({ number: 'E-0001', type: 'photo_video', description: 'Clip' });
    expect(added.content).toMatchObject({ fileName: 'dump.bin', size: s.bytes.length, sha256: sha256Of(s.bytes) });

    const second = path.join(s.root, 'second.txt');
    fs.writeFileSync(second, 'second file');
    const human = await casefile(s, ['evidence', 'add', second, '--case', s.reference, '--item', 'E-0001']);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(
      new RegExp(
        `Added second.txt \\(11 bytes, SHA-256 ${sha256Of(Buffer.from('second file'))}\\) ` +
          `to E-0001 in ${s.reference}\\.`,
      ),
    );

    const missing = await casefile(s, [
      'evidence',
      'add',
      path.join(s.root, 'nope.bin'),
      '--case',
      s.reference,
      '--json',
    ]);
    expect(errorOf(missing).code).toBe('NOT_FOUND');
    expect((await casefile(s, ['evidence', 'add', s.file, '--json'])).status).toBe(2);
  });

  it('verifies every item, and reports a damaged one with exit status 1', async () => {
    const s = await setup();
    valueOf(await casefile(s, ['evidence', 'add', s.file, '--case', s.reference, '--json']));
    const ok = valueOf<{ state: string; contentsChecked: number }>(
      await casefile(s, ['evidence', 'verify', '--all', '--json']),
    );
    expect(ok).toMatchObject({ state: 'done', contentsChecked: 1 });
    expect((await casefile(s, ['evidence', 'verify', 'E-0001', '--case', s.reference])).stdout).toMatch(
      /^OK: 1 file decrypted and re-hashed/,
    );

    const objects = path.join(s.vault, 'objects');
    const [objectId] = fs.readdirSync(objects);
    const object = path.join(objects, objectId!);
    const bytes = fs.readFileSync(object);
    bytes[500] = bytes[500]! ^ 0x10;
    fs.writeFileSync(object, bytes);
    const broken = await casefile(s, ['evidence', 'verify', 'E-0001', '--case', s.reference, '--json']);
    expect(broken.status).toBe(EXIT.vaultDamaged);
    expect(errorOf(broken)).toMatchObject({
      code: 'VAULT_CORRUPT',
      message: expect.stringMatching(/E-0001 dump.bin: the content was altered/),
    });
    expect((await casefile(s, ['evidence', 'verify', '--json'])).status).toBe(2);
    expect(errorOf(await casefile(s, ['evidence', 'verify', 'E-0001', '--json'])).message).toMatch(/add --case/);
  });

  it('exports the exact bytes to a new path, and never overwrites', async () => {
    const s = await setup();
    const added = valueOf<Added>(await casefile(s, ['evidence', 'add', s.file, '--case', s.reference, '--json']));
    const destination = path.join(s.root, 'out', 'copy.bin');
    fs.mkdirSync(path.dirname(destination));
    const saved = valueOf<{ path: string; sha256: string }>(
      await casefile(s, [
        'evidence',
        'export',
        added.item.id,
        '--to',
        destination,
        '--content',
        added.content.id,
        '--json',
      ]),
    );
    expect(saved).toMatchObject({ path: destination, sha256: sha256Of(s.bytes) });
    expect(fs.readFileSync(destination).equals(s.bytes)).toBe(true);
    const again = await casefile(s, [
      'evidence',
      'export',
      'E-0001',
      '--case',
      s.reference,
      '--to',
      destination,
      '--json',
    ]);
    expect(errorOf(again).code).toBe('CONFLICT');
  });
});

describe('casefile custody', () => {
  it(
    'logs a hand-over with its hash re-check, lists the chain and writes the report ' + 'as PDF and as DOCX in French',
    async () => {
      const s = await setup();
      valueOf(await casefile(s, ['evidence', 'add', s.file, '--case', s.reference, '--json']));
      const collectedAt = new Date(testClock.now() - 60_000).toISOString();
      const collected = valueOf<CustodyEvent>(
        await casefile(s, [
          'custody',
          'add',
          'E-0001',
          '--case',
          s.reference,
          '--kind',
          'collected',
          '--at',
          collectedAt,
          '--persons',
          'Investigator One, Investigator Two',
          '--purpose',
          'Seized',
          '--json',
        ]),
      );
      expect(collected).toMatchObject({
        sequence: 1,
        at: collectedAt,
        persons: ['Investigator One', 'Investigator Two'],
        hashChecks: [],
      });
      const handover = await casefile(s, [
        'custody',
        'add',
        'E-0001',
        '--case',
        s.reference,
        '--kind',
        'handed_over',
        '--from',
        'Investigator One',
        '--to',
        'Lab',
        '--purpose',
        'Analysis',
      ]);
      expect(handover.status).toBe(0);
      expect(handover.stdout).toMatch(/#2 handed over at .*dump.bin: hash matches/);
      const early = await casefile(s, [
        'custody',
        'add',
        'E-0001',
        '--case',
        s.reference,
        '--kind',
        'examined',
        '--at',
        collectedAt,
        '--persons',
        'Lab',
        '--purpose',
        'x',
        '--json',
      ]);
      expect(errorOf(early).code).toBe('CONFLICT');
      const viaInput = await casefile(
        s,
        ['custody', 'add', 'E-0001', '--case', s.reference, '--input', '-', '--json'],
        {
          stdin: JSON.stringify({ kind: 'sealed', persons: ['Lab'], purpose: 'Resealed', sealNumber: 'S-9' }),
        },
      );
      expect(valueOf<CustodyEvent>(viaInput)).toMatchObject({ sequence: 3, sealNumber: 'S-9' });
      expect((await casefile(s, ['custody', 'add', 'E-0001', '--case', s.reference, '--purpose', 'x'])).status).toBe(2);

      const listed = valueOf<{ items: CustodyEvent[] }>(
        await casefile(s, ['custody', 'list', 'E-0001', '--case', s.reference, '--json']),
      );
      expect(listed.items.map((event) => event.kind)).toEqual(['collected', 'handed_over', 'sealed']);

      const pdfPath = path.join(s.root, 'custody.pdf');
      const report = valueOf<{ path: string }>(
        await casefile(s, ['custody', 'report', 'E-0001', '--case', s.reference, '--to', pdfPath, '--json']),
      );
      expect(report.path).toBe(pdfPath);
      const pdf = await PDFDocument.load(fs.readFileSync(pdfPath));
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);

      // The same report as a Word file, in French.
      const docxPath = path.join(s.root, 'garde.docx');
      const docx = valueOf<{ path: string; sha256: string }>(
        await casefile(s, [
          'custody',
          'report',
          'E-0001',
          '--case',
          s.reference,
          '--to',
          docxPath,
          '--format',
          'docx',
          '--lang',
          'fr',
          '--json',
        ]),
      );
      expect(docx.sha256).toBe(sha256Of(fs.readFileSync(docxPath)));
      const paragraphs = docxParagraphs(docxPart(fs.readFileSync(docxPath), 'word/document.xml'));
      expect(paragraphs).toEqual(
        expect.arrayContaining(['Rapport de chaîne de garde', 'Chaîne de garde (3 événements)', 'S-9']),
      );
      // A format or language it cannot write is refused before the vault is opened; nothing is written.
      const odt = path.join(s.root, 'garde.odt');
      const wrongFormat = await casefile(s, [
        'custody',
        'report',
        'E-0001',
        '--case',
        s.reference,
        '--to',
        odt,
        '--format',
        'odt',
      ]);
      expect(wrongFormat.status).toBe(2);
      expect(wrongFormat.stderr).toMatch(/--format/);
      const wrongLanguage = await casefile(s, [
        'custody',
        'report',
        'E-0001',
        '--case',
        s.reference,
        '--to',
        odt,
        '--lang',
        'de',
      ]);
      expect(wrongLanguage.status).toBe(2);
      expect(wrongLanguage.stderr).toMatch(/--lang/);
      expect(fs.existsSync(odt)).toBe(false);
    },
  );
});
