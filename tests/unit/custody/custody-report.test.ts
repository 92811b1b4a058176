import * as fs from 'node:fs';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ItemWithChain } from '../../../electron/core/evidence/evidence-store.js';
import { documentBodyLines } from '../../../shared/documents/document-model.js';
import { documentLabelText, labelText } from '../../../shared/i18n/labels.js';
import { messageText } from '../../../shared/i18n/messages.js';
import {
  custodyReportModel,
  type CustodyReportLanguage,
} from '../../../electron/core/evidence/custody-report-model.js';
import { START, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { docxPart, docxParagraphs, pdfText, unzip, withoutBidiMarks } from '../documents-render/read-outputs.js';
import { itemWithEveryDetail } from './custody-report-scenario.js';

/**
 * The custody report is drawn by the letters' document engine: read back as a person's tools read
 * it (poppler for the PDF, the zip's XML for the DOCX), it holds every event, actor, date, seal and
 * hash of the item, in the language asked for. pdf.js (pdfjs-dist) is not installed here: the PDF
 * is read by poppler and parsed by pdf-lib.
 */

const evidenceFile = useEvidenceFiles();
const ARABIC_NOTE = 'ملاحظة: تم فحص الختم وهو سليم';
const oneSpaced = (text: string): string => withoutBidiMarks(text).replace(/\s+/g, ' ');

async function report(ef: EvidenceFile, itemId: string, format: 'pdf' | 'docx', language: CustodyReportLanguage) {
  const destination = path.join(ef.work, `report-${language}.${format}`);
  ef.ports.exportTo = destination;
  const saved = await ef.call('custody.report', { itemId, format, language });
  expect(saved).toMatchObject({ cancelled: false, path: destination });
  return fs.readFileSync(destination);
}

/** What the report must carry, read off the record itself rather than off the report's model. */
function factsOf(item: ItemWithChain, numbered = (sequence: number) => `#${sequence}`): string[] {
  return [
    item.number,
    item.description,
    item.collectedBy!,
    item.storageLocation,
    item.collectedWhere!.text,
    ...item.copies.map((copy) => copy.number),
    ...item.contents.flatMap((content) => [content.fileName, content.sha256]),
    ...item.custody.flatMap((event) => [
      numbered(event.sequence),
      event.purpose,
      ...event.persons,
      ...[event.from, event.to, event.sealNumber, event.location].filter(
        (value): value is string => value !== undefined,
      ),
      ...event.hashChecks.map((check) => check.sha256),
    ]),
  ];
}

/** The model's text lines but those in Arabic (poppler gives right-to-left runs in visual order). */
const latinLines = (lines: string[]): string[] => lines.filter((line) => !/[\u0600-\u06ff]/.test(line)).map(oneSpaced);

describe('the custody report through the document engine', () => {
  it('as PDF and DOCX, in English, holds every event, actor, date, seal and hash, marked on every page', async () => {
    const ef = await evidenceFile();
    const { item, theCase } = await itemWithEveryDetail(ef);
    expect(item.custody).toHaveLength(4);
    const failed = item.custody[3]!.hashChecks.find((check) => check.result === 'failed');
    expect(failed).toBeDefined();

    const pdf = await report(ef, item.id, 'pdf', 'en');
    const parsed = await PDFDocument.load(pdf);
    const pageCount = parsed.getPageCount();
    expect(pageCount).toBeGreaterThan(1);
    for (const page of parsed.getPages()) expect(page.getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(parsed.getTitle()).toBe(`Chain of custody: ${theCase.reference} E-0001`);
    const text = oneSpaced(pdfText(pdf));
    for (const fact of factsOf(item)) expect(text, fact).toContain(oneSpaced(fact));
    for (const [index, event] of item.custody.entries()) {
      const kind = ['Collected', 'Sealed', 'Handed over', 'Examined'][index];
      expect(text).toMatch(new RegExp(`#${index + 1} ${kind} · `));
      expect(text).toContain(`${event.recordedAt.slice(0, 16).replace('T', ' ')} UTC by ${event.recordedBy}`);
    }
    expect(text).toContain('#1 Collected · 2026-03-10 05:30 (Africa/Bangui, UTC+01:00)');
    expect(text).toContain(`camera-export.mp4: FAILED, ${labelText('en', 'contentProblem', 'tampered')}`);
    expect(text).toContain('ملاحظة');
    expect(text).toContain('تم فحص الختم وهو سليم');
    expect(text.match(/CONFIDENTIAL/g)!.length).toBeGreaterThanOrEqual(pageCount * 2);
    expect(text).toContain(`Page ${pageCount} of ${pageCount}`);
    // Nothing the model says is lost on the way to the page.
    const model = custodyReportModel({
      item,
      caseReference: theCase.reference,
      marking: 'confidential',
      generatedAt: START,
      generatedBy: 'test',
      language: 'en',
    });
    for (const line of latinLines(documentBodyLines(model))) expect(text, line).toContain(line);

    const docx = await report(ef, item.id, 'docx', 'en');
    const paragraphs = docxParagraphs(docxPart(docx, 'word/document.xml'));
    const docxText = oneSpaced(paragraphs.join('\n'));
    for (const fact of factsOf(item)) expect(docxText, fact).toContain(oneSpaced(fact));
    expect(paragraphs).toContain(ARABIC_NOTE);
    for (const line of documentBodyLines(model).map(oneSpaced)) expect(docxText, line).toContain(line);
    const headers = [...unzip(docx).keys()].filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of headers) expect(docxParagraphs(docxPart(docx, name))).toContain('CONFIDENTIAL');

    const audit = (await ef.call('audit.list', { caseId: theCase.id })).items[0];
    expect(audit).toMatchObject({ action: 'custody.report', details: { format: 'docx', language: 'en' } });
  });

  it('in French, has French headings, words and marking, and the same facts', async () => {
    const ef = await evidenceFile();
    const { item, theCase } = await itemWithEveryDetail(ef);
    const headings = [
      'Rapport de chaîne de garde',
      'Fichiers conservés dans le coffre (2)',
      'Chaîne de garde (4 événements)',
      'Attestation',
    ];

    const pdf = await report(ef, item.id, 'pdf', 'fr');
    expect(ef.ports.suggestedNames.at(-1)).toBe(`custody-${theCase.reference}-E-0001-fr.pdf`);
    const text = oneSpaced(pdfText(pdf));
    for (const heading of headings) expect(text).toContain(heading);
    const frenchFacts = factsOf(item, (sequence) => `N° ${sequence}`);
    for (const fact of frenchFacts) expect(text, fact).toContain(oneSpaced(fact));
    expect(text).toContain('N° 2 Scellée · ');
    expect(text).toContain('CONFIDENTIEL');
    expect(text).toMatch(/Page 1 sur \d/);
    expect(text).toContain('200,0 ko (200');
    expect(text).not.toMatch(/[KMG]iB/);
    for (const english of ['Chain of custody', 'Evidence item', 'Certification', 'Seal number']) {
      expect(text).not.toContain(english);
    }

    const docx = await report(ef, item.id, 'docx', 'fr');
    const docxText = oneSpaced(docxParagraphs(docxPart(docx, 'word/document.xml')).join('\n'));
    for (const heading of headings) expect(docxText).toContain(heading);
    for (const fact of frenchFacts) expect(docxText, fact).toContain(oneSpaced(fact));
    expect(docxPart(docx, 'word/document.xml')).not.toContain('Chain of custody');
  });

  it('in Arabic, runs right to left with the Arabic headings, words and marking, and the same facts', async () => {
    const ef = await evidenceFile();
    const { item, theCase } = await itemWithEveryDetail(ef);
    const say = (key: string, params?: Record<string, string | number>) =>
      messageText('ar', `documents.custodyReport.${key}`, params);
    const headings = [
      say('title'),
      say('item.heading'),
      say('files.heading', { files: 2 }),
      say('events.heading', { events: 4 }),
      say('certification.heading'),
    ];
    for (const heading of headings) expect(heading).toMatch(/^[^A-Za-z]*[\u0600-\u06ff][^A-Za-z]*$/);
    const model = custodyReportModel({
      item,
      caseReference: theCase.reference,
      marking: 'confidential',
      generatedAt: START,
      generatedBy: 'test',
      language: 'ar',
    });
    expect(model).toMatchObject({ language: 'ar', direction: 'rtl' });

    const pdf = await report(ef, item.id, 'pdf', 'ar');
    expect(ef.ports.suggestedNames.at(-1)).toBe(`custody-${theCase.reference}-E-0001-ar.pdf`);
    const text = oneSpaced(pdfText(pdf));
    for (const content of item.contents) expect(text).toContain(content.sha256);
    for (const english of ['Chain of custody', 'Evidence item', 'Certification', 'CONFIDENTIAL']) {
      expect(text).not.toContain(english);
    }

    const docx = await report(ef, item.id, 'docx', 'ar');
    const paragraphs = docxParagraphs(docxPart(docx, 'word/document.xml')).map(oneSpaced);
    for (const heading of headings) expect(paragraphs).toContain(heading);
    const docxText = oneSpaced(paragraphs.join('\n'));
    for (const fact of factsOf(item, () => '')) expect(docxText, fact).toContain(oneSpaced(fact));
    for (const line of documentBodyLines(model).map(oneSpaced)) expect(docxText, line).toContain(line);
    // The people present are a series as Arabic writes one: the Arabic comma, no Latin one.
    expect(docxText).toContain('Investigator One، Witness Two');
    expect(docxText).not.toContain('Investigator One, Witness Two');
    const marking = documentLabelText('ar', 'confidentialityMarking', 'confidential');
    const headers = [...unzip(docx).keys()].filter((name) => /^word\/header\d+\.xml$/.test(name));
    for (const name of headers) expect(docxParagraphs(docxPart(docx, name)).map(oneSpaced)).toContain(marking);
    expect(docxPart(docx, 'word/document.xml')).not.toContain('Chain of custody');
  });

  it('refuses a format or a language it cannot write, and writes nothing', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithEveryDetail(ef);
    ef.ports.exportTo = path.join(ef.work, 'report.odt');
    const format = await ef.refusal('custody.report', { itemId: item.id, format: 'odt' as 'pdf' });
    expect(format.code).toBe('VALIDATION');
    const language = await ef.refusal('custody.report', { itemId: item.id, language: 'es' as 'en' });
    expect(language.code).toBe('VALIDATION');
    expect(ef.ports.suggestedNames).toEqual([]);
    expect(fs.existsSync(path.join(ef.work, 'report.odt'))).toBe(false);
  });
});

describe('the custody report model', () => {
  it('withholds a strictly confidential collection site, and says so', async () => {
    const ef = await evidenceFile();
    const { item, theCase } = await itemWithEveryDetail(ef);
    const site = { text: 'House 12, behind the school', confidentiality: 'strictly_confidential' as const };
    const secret = { ...item, collectedWhere: site };
    const marking = 'strictly_confidential' as const;
    const data = { caseReference: theCase.reference, marking, generatedAt: START, generatedBy: 'test' };
    const english = custodyReportModel({ ...data, item: secret, language: 'en' });
    const lines = documentBodyLines(english);
    expect(lines.join('\n')).not.toContain('House 12');
    expect(lines).toContain('Collected at\tWithheld: strictly confidential (see the vault)');
    expect(english.confidentialityMarking).toBe('STRICTLY CONFIDENTIAL');
    const french = custodyReportModel({ ...data, item: secret, language: 'fr' });
    expect(french.confidentialityMarking).toBe('STRICTEMENT CONFIDENTIEL');
  });
});
