import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../electron/core/bundles/age-header.js';
import { decryptPayload } from '../../../electron/core/bundles/age-payload.js';
import { BUNDLE_MAGIC } from '../../../electron/core/bundles/bundle-format.js';
import { exportCaseBundle, importCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { ByteReader } from '../../../electron/core/bundles/byte-reader.js';
import { addFile, bytesWithMarker, useEvidenceFiles, writeSource } from '../evidence/evidence-fixture.js';
import { subject } from '../people/people-fixture.js';
import { caseToHandOver, servicesOf, testKeys } from './bundle-fixture.js';

// "Without identities" is for a reader who must not see names: nothing that can name a person may
// travel — not a person's identity, nor a letter's recipient or its rendered file, a national contact
// or an evidence file's name — wherever else the vault copied it (audit rows, custody hash checks).
const evidenceFile = useEvidenceFiles();
const PASS = { kind: 'passphrase' as const, passphrase: 'hand-over words for the bundle', logN: 10 };
const MARK = 'Zqxmarker';

/** The bundle's whole plaintext but the evidence files' bytes: every byte a reader of it gets to see. */
async function plaintextBesidesEvidence(file: string): Promise<Map<string, string>> {
  const raw = new ByteReader(
    (async function* () {
      yield fs.readFileSync(file);
    })(),
  );
  const { fileKey } = await readHeader(raw, { passphrase: PASS.passphrase });
  const plain = new ByteReader(decryptPayload(fileKey, raw));
  const parts = new Map([['magic', (await plain.read(BUNDLE_MAGIC.length)).toString()]]);
  for (;;) {
    const length = await plain.read(4);
    if (length.length === 0) break;
    const labelBytes = await plain.read(length.readUInt32BE(0));
    const label = JSON.parse(labelBytes.toString()) as { name: string; kind: string; size: number };
    const body = await plain.read(label.size);
    const text = label.kind === 'content' ? '' : `${body.toString('utf8')}\n${body.toString('latin1')}`;
    parts.set(label.name, `${labelBytes.toString()}\n${text}`);
  }
  return parts;
}

describe('a bundle made without identities', () => {
  it('carries nothing that names a person, and still imports', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase, item } = await caseToHandOver(a);
    const people = (await a.call('people.list', { caseId: theCase.id })).items;
    const victim = people.find((p) => p.code === 'V-01')!;
    await a.call('people.setIdentity', {
      personId: victim.id,
      identity: {
        fullName: `${MARK} Full`,
        otherNames: `${MARK} Other`,
        contact: `${MARK} phone`,
        address: `${MARK} street`,
        identityDocument: `${MARK} passport`,
        safetyNotes: `${MARK} safety`,
        confidentiality: 'strictly_confidential',
      },
    });
    const father = await a.call('people.add', { caseId: theCase.id, profile: subject() });
    await a.call('people.setIdentity', {
      personId: father.id,
      identity: { fullName: `${MARK} Subject`, serviceNumber: `${MARK}-77`, confidentiality: 'confidential' },
    });
    await a.call('paternity.add', {
      caseId: theCase.id,
      child: {
        motherId: victim.id,
        subjectId: father.id,
        birth: { precision: 'month', from: '2025-11' },
        reportedOn: '2026-03-09',
        status: 'reported',
        memberStateContact: { state: `${MARK} mission`, on: '2026-03-10', how: 'note_verbale' },
      },
    });
    const added = await addFile(a, item.id, writeSource(a, bytesWithMarker(5_000, 'S'), `${MARK}-statement.pdf`));
    const markedContent = added.kind === 'ingest' ? added.result!.id : '';
    // A letter with its rendered file: written as the letters feature stores them.
    await a.rawDatabase((db) => {
      const template = { id: 'victim-closure-test', version: 1 };
      db.prepare(
        `INSERT INTO letter_templates (id, version, kind, origin, source, created_at, author)
         VALUES (?, ?, 'victim_closure', 'shipped', '{}', '2026-03-01T00:00:00.000Z', 'Casefile')`,
      ).run(template.id, template.version);
      const letterId = randomUUID();
      db.prepare(
        `INSERT INTO letters (id, case_id, kind, recipient, recipient_name, template_id, template_version, language,
           page_size, author, created_at, concerns_person_id, concerns_code, disclosures, withheld, overrides)
         VALUES (?, ?, 'victim_closure', 'victim', ?, ?, ?, 'en', 'A4', 'Investigator One', ?, ?, 'V-01', '[]',
           '[]', ?)`,
      ).run(
        letterId,
        theCase.id,
        `${MARK} Recipient`,
        template.id,
        template.version,
        '2026-03-11T10:00:00.000Z',
        victim.id,
        JSON.stringify([{ personId: victim.id, code: 'V-01', reason: `${MARK} asked to be named` }]),
      );
      const bytes = Buffer.from(`%PDF-1.7 To ${MARK} Recipient`);
      db.prepare(
        `INSERT INTO letter_outputs (letter_id, format, file_name, size, sha256, bytes) VALUES (?, 'pdf', ?, ?, ?, ?)`,
      ).run(letterId, `${MARK}-letter.pdf`, bytes.length, 'a'.repeat(64), bytes);
    });

    // The vault copies file names elsewhere: a custody re-check names every file it checked, and an
    // evidence export's audit row keeps where the file went (the sender's own hand-over event checks
    // nothing, so names none).
    const first = path.join(a.work, 'with-names.casefile');
    const firstSender = await servicesOf(a);
    try {
      await exportCaseBundle(firstSender.ctx, testKeys('A'), {
        caseId: theCase.id,
        destination: first,
        audience: PASS,
        omit: [],
        to: 'B',
      });
    } finally {
      firstSender.vault.close();
    }
    a.clock.advance(60_000);
    await a.call('custody.add', {
      itemId: item.id,
      kind: 'examined',
      at: new Date(a.clock.now).toISOString(),
      persons: ['Investigator One'],
      purpose: 'Examined before the review',
      recheckHash: true,
    });
    a.ports.exportTo = path.join(a.work, `${MARK}-exported.pdf`);
    await a.call('evidence.export', { itemId: item.id, contentId: markedContent });
    const copied = await a.rawDatabase((db) => [
      ...(db.prepare(`SELECT hash_checks FROM custody_events`).pluck().all() as string[]),
      ...(db.prepare(`SELECT details FROM audit_log`).pluck().all() as string[]),
    ]);
    expect(copied.filter((text) => text.includes(MARK)).length).toBeGreaterThanOrEqual(2);

    const bundle = path.join(a.work, 'no-names.casefile');
    const sender = await servicesOf(a);
    try {
      await exportCaseBundle(sender.ctx, testKeys('A'), {
        caseId: theCase.id,
        destination: bundle,
        audience: PASS,
        omit: ['identities'],
        to: 'B',
      });
    } finally {
      sender.vault.close();
    }
    const plaintext = await plaintextBesidesEvidence(bundle);
    // The bundle is read whole: a case, its people, files and letters are there, only the names are not.
    const whole = [...plaintext.values()].join('\n');
    expect(whole).toContain('V-01');
    expect(whole).toContain('letter_outputs');
    const naming = [...plaintext].filter(([, text]) => text.toLowerCase().includes(MARK.toLowerCase()));
    expect(naming.map(([name]) => name)).toEqual([]);
    expect(plaintext.get('manifest')).toMatch(/"omitted":\["identities","letter_files"\]/);
    // A custody event names each file by the neutral name its content travels under.
    const rowsOf = (name: string) =>
      (JSON.parse(plaintext.get(`records/${name}`)!.split('\n')[1]!) as { rows: Record<string, string>[] }).rows;
    const sentNames = new Map(rowsOf('evidence_contents').map((row) => [row.id, row.file_name]));
    const checks = rowsOf('custody_events').flatMap(
      (row) => JSON.parse(row.hash_checks!) as { contentId: string; fileName: string }[],
    );
    expect(checks.some((check) => check.contentId === markedContent)).toBe(true);
    for (const check of checks) expect(check.fileName).toBe(sentNames.get(check.contentId));

    const receiver = await servicesOf(b);
    try {
      // B already holds the first hand-over, names and all: the bundle without them changes none of it.
      await importCaseBundle(receiver.ctx, testKeys('B'), {
        file: first,
        passphrase: PASS.passphrase,
        dryRun: false,
        acceptUnknownSigner: true,
      });
      const preview = await importCaseBundle(receiver.ctx, testKeys('B'), {
        file: bundle,
        passphrase: PASS.passphrase,
        dryRun: false,
        acceptUnknownSigner: true,
      });
      expect(preview.omitted).toEqual(['identities', 'letter_files']);
      expect(preview.conflicts).toEqual([]);
    } finally {
      receiver.vault.close();
    }
    const arrived = await b.call('evidence.get', { itemId: item.id });
    expect(arrived.contents).toHaveLength(3);
    const keptNames = await b.rawDatabase(
      (db) => db.prepare(`SELECT hash_checks FROM custody_events`).pluck().all() as string[],
    );
    expect(keptNames.some((text) => text.includes(`${MARK}-statement.pdf`))).toBe(true);
    const letters = await b.rawDatabase((db) => db.prepare(`SELECT recipient_name FROM letters`).pluck().all());
    expect(letters).toHaveLength(1);
    expect((await b.call('people.list', { caseId: theCase.id })).items.map((p) => p.code).sort()).toEqual([
      'S-01',
      'V-01',
      'W-01',
    ]);
  });
});
