import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedTemplate } from '../../../shared/documents/templates/index.js';
import { openCase, sha256Of, START, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { substantiate } from './referral-case.js';

const VICTIM_NAME = 'Zuleika Marchetti-Obrador';
const SUBJECT_NAME = 'Quentin Ravensworth';

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
function docxXml(file: string): string {
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

async function caseWithVictim(ef: EvidenceFile) {
  const created = await openCase(ef);
  const victim = await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    identity: { fullName: VICTIM_NAME, confidentiality: 'strictly_confidential' },
  });
  const subject = await ef.call('people.add', {
    caseId: created.id,
    profile: {
      role: 'subject',
      personnelCategory: 'police_unpol',
      nationality: 'URY',
      unitOrContingent: 'UNPOL Bambari',
      function: 'Police adviser',
    },
    identity: { fullName: SUBJECT_NAME },
  });
  // An expert on mission, referred to their Member State once the allegation is substantiated.
  await substantiate(ef, created.id, subject.id);
  return { created, victim, subject };
}

/** Writes a stored letter through the export port into the test's work folder. */
async function exported(ef: EvidenceFile, letterId: string, format: 'pdf' | 'docx', name: string): Promise<string> {
  ef.ports.exportTo = path.join(ef.work, name);
  const saved = await ef.call('letters.export', { letterId, format });
  if (saved.cancelled) throw new Error('export cancelled');
  return saved.path;
}

describe('letter templates in the vault', () => {
  const open = useEvidenceFiles();

  it(
    'lists the shipped defaults at version 1, saves edits as versions, refuses ' +
      'invalid sources with their places, resets',
    async () => {
      const ef = await open();
      const { templates } = await ef.call('letters.templates', {});
      const referral = templates.find((t) => t.id === 'member_state_referral');
      expect(referral).toMatchObject({ version: 1, edited: false, recipient: 'member_state' });

      const shipped = shippedTemplate('member_state_referral')!;
      const broken = structuredClone(shipped);
      broken.languages.en!.blocks.push({
        kind: 'paragraph',
        runs: [{ text: 'Born {{victims.dateOfBirth}} and {{case.nope}}' }],
      });
      const { problems } = await ef.call('letters.validateTemplate', { source: broken });
      expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['unknown_field']));
      expect(problems.every((p) => p.path.length > 0 && p.where !== '')).toBe(true);
      const refused = await ef.refusal('letters.saveTemplate', { id: 'member_state_referral', source: broken });
      expect(refused.code).toBe('VALIDATION');
      // The places are letters.validateTemplate's to list (the editor shows them); the refusal counts them.
      expect(refused).toMatchObject({ reason: 'letters.templateProblems', params: { total: problems.length } });
      expect((await ef.call('letters.validateTemplate', { source: { id: 'x' } })).problems[0]?.kind).toBe('schema');

      const edited = structuredClone(shipped);
      edited.languages.en!.blocks.push({
        kind: 'paragraph',
        runs: [{ text: 'Edited closing line for {{case.reference}}.' }],
      });
      const saved = await ef.call('letters.saveTemplate', { id: 'member_state_referral', source: edited });
      expect(saved).toMatchObject({ version: 2, edited: true, savedBy: 'test' });
      const reset = await ef.call('letters.resetTemplate', { id: 'member_state_referral' });
      expect(reset).toMatchObject({ version: 3, edited: false });
      const v2 = await ef.call('letters.template', { id: 'member_state_referral', version: 2 });
      expect(JSON.stringify(v2.source)).toContain('Edited closing line');
      expect(v2.versions.map((v) => v.origin)).toEqual(['shipped', 'edited', 'reset']);

      const audit = await ef.rawDatabase((db) =>
        db.prepare(`SELECT action FROM audit_log WHERE action LIKE 'letter_template.%' ORDER BY seq`).all(),
      );
      expect(audit).toEqual([{ action: 'letter_template.save' }, { action: 'letter_template.reset' }]);

      const fields = await ef.call('letters.mergeFields', { recipient: 'member_state' });
      expect(fields.fields.map((f) => f.path)).toContain('case.reference');
      // Worded in the reader's language (English unless asked), the paths the same.
      const reference = (reply: typeof fields) => reply.fields.find((f) => f.path === 'case.reference')?.label;
      expect(reference(fields)).toBe('Case reference (CF-2026-0001)');
      const arabic = await ef.call('letters.mergeFields', { recipient: 'member_state', locale: 'ar' });
      expect(reference(arabic)).toBe('مرجع القضية (CF-2026-0001)');
      expect(arabic.fields.map((f) => f.path)).toEqual(fields.fields.map((f) => f.path));
    },
  );
});

describe('generating letters', () => {
  const open = useEvidenceFiles();

  it(
    'stores outputs encrypted with their SHA-256; a Member State referral names the ' +
      'victim only once consent is recorded',
    async () => {
      const ef = await open();
      const { created, victim } = await caseWithVictim(ef);
      const request = {
        caseId: created.id,
        templateId: 'member_state_referral',
        language: 'en' as const,
        formats: ['pdf' as const, 'docx' as const],
      };

      const { formats: _formats, ...previewRequest } = request;
      const preview = await ef.call('letters.preview', previewRequest);
      expect(preview.withheld.map((w) => w.code)).toEqual([victim.code]);

      const before = await ef.call('letters.generate', request);
      expect(before).toMatchObject({
        templateVersion: 1,
        kind: 'member_state_referral',
        author: 'test',
        caseReference: created.reference,
      });
      expect(before.outputs.map((o) => o.format).sort()).toEqual(['docx', 'pdf']);
      const pdf1 = await exported(ef, before.id, 'pdf', 'before.pdf');
      const docx1 = await exported(ef, before.id, 'docx', 'before.docx');
      expect(sha256Of(fs.readFileSync(pdf1))).toBe(before.outputs.find((o) => o.format === 'pdf')!.sha256);
      expect(sha256Of(fs.readFileSync(docx1))).toBe(before.outputs.find((o) => o.format === 'docx')!.sha256);
      const text1 = pdfText(pdf1);
      expect(text1).toContain(created.reference);
      expect(text1).not.toContain('Zuleika');
      expect(docxXml(docx1)).not.toContain('Zuleika');
      expect(docxXml(docx1)).toContain(victim.code);

      await ef.call('consents.record', {
        personId: victim.id,
        purpose: 'sharing_with_national_authorities',
        decision: 'given',
        decidedAt: START,
        by: 'self',
      });
      ef.clock.advance(60_000);
      const after = await ef.call('letters.generate', request);
      expect(after.disclosures).toEqual(
        expect.arrayContaining([expect.objectContaining({ personId: victim.id, basis: 'consent' })]),
      );
      const pdf2 = await exported(ef, after.id, 'pdf', 'after.pdf');
      const docx2 = await exported(ef, after.id, 'docx', 'after.docx');
      expect(pdfText(pdf2).replace(/\s+/g, ' ')).toContain(VICTIM_NAME);
      expect(docxXml(docx2)).toContain(VICTIM_NAME);

      const { letters } = await ef.call('letters.list', { caseId: created.id });
      expect(letters.map((l) => l.id)).toEqual([after.id, before.id]);
      const exports = await ef.rawDatabase(
        (db) => db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'letter.export'`).get() as { n: number },
      );
      expect(exports.n).toBe(4);
    },
  );

  it('audits an identity override with its reason', async () => {
    const ef = await open();
    const { created, victim } = await caseWithVictim(ef);
    const entry = await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'member_state_referral',
      language: 'fr',
      formats: ['pdf'],
      overrides: [
        { personId: victim.id, reason: 'The national prosecutor needs the name to summon the victim as a witness.' },
      ],
    });
    expect(entry.overrides).toEqual([
      { personId: victim.id, code: victim.code, reason: expect.stringContaining('prosecutor') },
    ]);
    expect(entry.disclosures).toEqual(
      expect.arrayContaining([expect.objectContaining({ personId: victim.id, basis: 'override' })]),
    );
    const rows = await ef.rawDatabase(
      (db) =>
        db.prepare(`SELECT details FROM audit_log WHERE action = 'letter.identity_override'`).all() as {
          details: string;
        }[],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.details)).toMatchObject({
      code: victim.code,
      reason: expect.stringContaining('prosecutor'),
    });
    expect(rows[0]!.details).not.toContain('Zuleika');
  });

  it('keeps no plaintext of a letter on disk in the vault folder', async () => {
    const ef = await open();
    const { created, victim } = await caseWithVictim(ef);
    await ef.call('consents.record', {
      personId: victim.id,
      purpose: 'sharing_with_national_authorities',
      decision: 'given',
      decidedAt: START,
      by: 'self',
    });
    const entry = await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'member_state_referral',
      language: 'en',
      formats: ['pdf', 'docx'],
    });
    expect(entry.disclosures.some((d) => d.basis === 'consent')).toBe(true);
    ef.ws.lock('user');
    const markers = [VICTIM_NAME, 'Zuleika', 'Marchetti', '%PDF-', 'word/document.xml', created.reference].map((text) =>
      Buffer.from(text, 'utf8'),
    );
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of walk(ef.dir)) {
      const bytes = fs.readFileSync(file);
      for (const marker of markers)
        expect(bytes.includes(marker), `${path.relative(ef.dir, file)} holds ${marker.toString()}`).toBe(false);
    }
  });
});
