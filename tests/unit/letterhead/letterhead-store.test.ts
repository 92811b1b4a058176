import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { substantiate } from '../letters/referral-case.js';
import { pdfText } from '../documents-render/read-outputs.js';
import { FOOTER_LINES, GIF, handMadeDocx, HEADER_LINES, letterheadDocx, PNG } from './letterhead-fixtures.js';

/** The Word file the "dialog" hands over. */
function chosen(ef: EvidenceFile, name: string, bytes: Uint8Array): void {
  const file = path.join(ef.work, name);
  fs.writeFileSync(file, bytes);
  ef.ports.toAdd = [file];
}

const auditRows = (ef: EvidenceFile) =>
  ef.rawDatabase(
    (db) =>
      db
        .prepare(
          `SELECT action, actor, target_kind, details FROM audit_log WHERE action LIKE 'letterhead.%' ORDER BY seq`,
        )
        .all() as { action: string; actor: string; target_kind: string; details: string }[],
  );

const letterhead = (model: DocumentModel) => model.blocks.find((block) => block.kind === 'letterhead');

describe('the vault’s letterhead', () => {
  const open = useEvidenceFiles();

  it('is imported from the Word file chosen in the dialog, kept in the vault, audited without content', async () => {
    const ef = await open();
    expect(await ef.call('letterhead.get', {})).toEqual({ current: null });
    // Cancelled dialog: nothing changes.
    ef.ports.toAdd = [];
    expect(await ef.call('letterhead.import', {})).toEqual({ current: null, imported: false });

    chosen(ef, 'Letterhead OLA.docx', await letterheadDocx());
    const { current, imported } = await ef.call('letterhead.import', {});
    expect(imported).toBe(true);
    expect(current).toMatchObject({
      lines: HEADER_LINES,
      footerLines: FOOTER_LINES,
      logo: { mime: 'image/png' },
      sourceName: 'Letterhead OLA.docx',
      importedAt: '2026-03-10T09:00:00.000Z',
      importedBy: 'test',
    });
    expect((await ef.call('letterhead.get', {})).current).toEqual(current);
    // In the encrypted database, nowhere else in the vault folder.
    const stored = await ef.rawDatabase((db) =>
      db.prepare(`SELECT value FROM vault_meta WHERE key = 'letterhead'`).pluck().get(),
    );
    expect(JSON.parse(String(stored))).toEqual(current);

    // A refused file changes nothing, and says why without echoing the file.
    chosen(ef, 'other.docx', handMadeDocx({ pictureTarget: 'media/a.gif', extra: { 'word/media/a.gif': GIF } }));
    const refused = await ef.refusal('letterhead.import', {});
    expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/PNG or JPEG/) });
    expect(refused.message).not.toContain('Legal Office');
    chosen(ef, 'notes.docx', Buffer.from('Dear colleagues'));
    expect((await ef.refusal('letterhead.import', {})).message).toMatch(/not a Word document/);
    // A PNG whose header is sound but whose image data is damaged would break every PDF letter.
    const damaged = Buffer.from(PNG);
    damaged.fill(0x55, 40, damaged.length - 12);
    chosen(ef, 'damaged.docx', handMadeDocx({ pictureTarget: 'media/a.png', extra: { 'word/media/a.png': damaged } }));
    expect((await ef.refusal('letterhead.import', {})).message).toMatch(/PNG or JPEG/);
    expect((await ef.call('letterhead.get', {})).current).toEqual(current);

    expect(await ef.call('letterhead.reset', {})).toEqual({ current: null });
    expect(await ef.call('letterhead.get', {})).toEqual({ current: null });
    // A second reset has nothing to forget: not audited.
    await ef.call('letterhead.reset', {});
    const rows = await auditRows(ef);
    expect(rows.map((row) => row.action)).toEqual(['letterhead.import', 'letterhead.reset']);
    expect(rows[0]).toMatchObject({ actor: 'test', target_kind: 'letterhead' });
    expect(JSON.parse(rows[0]?.details ?? '')).toEqual({ lines: 2, footerLines: 2, logo: true });
    for (const row of rows) expect(JSON.stringify(row)).not.toMatch(/Legal Affairs|Plaza|OLA/);
  });

  it('is used by every letter that has a letterhead, and by no discreet letter', async () => {
    const ef = await open();
    const created = await openCase(ef);
    const victim = await ef.call('people.add', {
      caseId: created.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    const subject = await ef.call('people.add', {
      caseId: created.id,
      profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'URY' },
    });
    await substantiate(ef, created.id, subject.id);
    const referral = async () =>
      (
        await ef.call('letters.preview', {
          caseId: created.id,
          templateId: 'member_state_referral',
          language: 'en',
          subjectId: subject.id,
          details: {},
        })
      ).model;
    const closure = async (discreet: boolean) =>
      (
        await ef.call('letters.preview', {
          caseId: created.id,
          templateId: 'closure_substantiated',
          language: 'fr',
          victimId: victim.id,
          details: { advocate: { name: 'Marie Ngaba', phone: '+236 72 00 00 01' }, ...(discreet ? { discreet } : {}) },
        })
      ).model;
    const shipped = letterhead(await referral());
    expect(shipped).toMatchObject({ logo: 'un_emblem' });

    chosen(ef, 'Letterhead.docx', await letterheadDocx());
    await ef.call('letterhead.import', {});
    for (const model of [await referral(), await closure(false)]) {
      expect(letterhead(model)).toMatchObject({ lines: HEADER_LINES, logo: { mime: 'image/png' } });
      expect(model.letterheadFooter).toEqual(FOOTER_LINES);
    }
    const discreet = await closure(true);
    expect(discreet.discreet).toBe(true);
    expect(discreet.letterheadFooter).toBeUndefined();
    expect(JSON.stringify(discreet)).not.toContain('Legal Affairs');

    // A letter made now keeps this letterhead after a reset: its files are made once, when it is generated.
    const made = await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'member_state_referral',
      language: 'en',
      subjectId: subject.id,
      details: {},
      formats: ['pdf'],
    });

    await ef.call('letterhead.reset', {});
    expect(letterhead(await referral())).toEqual(shipped);
    expect((await referral()).letterheadFooter).toBeUndefined();
    ef.ports.exportTo = path.join(ef.work, 'referral.pdf');
    const saved = await ef.call('letters.export', { letterId: made.id, format: 'pdf' });
    if (saved.cancelled) throw new Error('export cancelled');
    expect(pdfText(fs.readFileSync(saved.path), undefined, 'raw')).toContain(HEADER_LINES[1]);
  });
});
