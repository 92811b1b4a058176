import type { PDFPage } from 'pdf-lib';
import type { EvidenceRecord } from '../../../shared/contract/evidence.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { CustodyEvent, EvidenceContent } from '../../../shared/domain/evidence.js';
import { utcOffsetMs } from '../../../shared/domain/time-zone.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { ReportFonts } from './custody-report-fonts.js';
import { ALERT, INK, MUTED, TextFlow, type FlowLine, type TextStyle } from './custody-report-flow.js';

/** What a custody report shows: one item as evidence.get returns it, and where it belongs. */
export interface CustodyReportData {
  item: EvidenceRecord;
  caseReference: string;
  /** The higher of the case's and the item's levels: the marking on every page. */
  marking: Confidentiality;
  generatedAt: string;
  generatedBy: string;
}

const TYPE_LABELS: Record<EvidenceRecord['type'], string> = {
  physical: 'Physical',
  documentary: 'Documentary',
  digital: 'Digital',
  biological: 'Biological',
  photo_video: 'Photo / video',
  testimony_reference: 'Testimony reference',
  other: 'Other',
};
const STATUS_LABELS: Record<EvidenceRecord['status'], string> = {
  collected: 'Collected',
  in_storage: 'In storage',
  at_lab: 'At the laboratory',
  returned: 'Returned',
  destroyed: 'Destroyed',
};
const KIND_LABELS: Record<CustodyEvent['kind'], string> = {
  collected: 'Collected',
  sealed: 'Sealed',
  handed_over: 'Handed over',
  opened: 'Opened',
  copied: 'Copied',
  examined: 'Examined',
  sent_to_lab: 'Sent to laboratory',
  returned: 'Returned',
  destroyed: 'Destroyed',
};
const MARKINGS: Record<Confidentiality, string> = {
  standard: 'STANDARD',
  confidential: 'CONFIDENTIAL',
  strictly_confidential: 'STRICTLY CONFIDENTIAL',
};
const PROBLEMS: Record<NonNullable<EvidenceContent['problem']>, string> = {
  missing: 'the encrypted file is missing',
  tampered: 'the encrypted file was altered or damaged',
  truncated: 'the encrypted file is incomplete',
  reordered: 'the encrypted file was rearranged',
  wrong_key: 'the key does not open the file',
  hash_mismatch: 'the content no longer matches its SHA-256',
  size_mismatch: 'the content no longer has its recorded size',
};

const style = (weight: TextStyle['weight'], size: number, color = INK): TextStyle => ({ weight, size, color });
const TITLE = style('bold', 19);
const SUBTITLE = style('regular', 10.5, MUTED);
const SECTION = style('bold', 12.5);
const HEADING = style('bold', 10.5);
const LABEL = style('regular', 8.5, MUTED);
const VALUE = style('regular', 9.5);
const VALUE_BOLD = style('bold', 9.5);
const VALUE_ALERT = style('bold', 9.5, ALERT);
const NOTE = style('italic', 9, MUTED);
const CHROME = style('regular', 8, MUTED);
const CHROME_MARK = style('bold', 8.5, ALERT);

/** `2026-03-01 14:30 UTC`, or in the zone recorded with it: `2026-03-01 15:30 (Africa/Bangui, UTC+01:00)`. */
export function formatInstant(iso: string, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (!timeZone || timeZone === 'UTC') return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const offset = utcOffsetMs(ms, timeZone);
  const local = new Date(ms + offset).toISOString().slice(0, 16).replace('T', ' ');
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${local} (${timeZone}, UTC${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')})`;
}

function formatUncertain(date: UncertainDate): string {
  switch (date.precision) {
    case 'unknown':
      return 'Unknown';
    case 'range':
      return `Between ${date.from.replace('T', ' ')} and ${date.to.replace('T', ' ')}${date.timeZone ? ` (${date.timeZone})` : ''}`;
    case 'exact':
      return `${date.from.replace('T', ' ')} (${date.timeZone})`;
    default:
      return `${date.precision === 'day' ? 'On' : 'In'} ${date.from}${date.timeZone ? ` (${date.timeZone})` : ''}`;
  }
}

function formatBytes(size: number): string {
  const exact = `${size.toLocaleString('en-GB')} bytes`;
  if (size < 1024) return exact;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]} (${exact})`;
}

function lastCheck(content: EvidenceContent): { text: string; alert: boolean } {
  if (content.verification === 'unchecked' || !content.verifiedAt) return { text: 'Not re-verified since it was added', alert: false };
  if (content.verification === 'verified') return { text: `Verified, matches the SHA-256 above (${formatInstant(content.verifiedAt)})`, alert: false };
  const problem = content.problem ? PROBLEMS[content.problem] : 'integrity check failed';
  return { text: `FAILED: ${problem} (${formatInstant(content.verifiedAt)})`, alert: true };
}

function section(flow: TextFlow, title: string): FlowLine[] {
  return [flow.gap(10), ...flow.textLines(title, SECTION), flow.rule({ color: INK, thickness: 0.8 }), flow.gap(2)];
}

function itemLines(flow: TextFlow, data: CustodyReportData): FlowLine[] {
  const { item } = data;
  const field = (label: string, value: string, valueStyle = VALUE) => flow.fieldLines(label, value, LABEL, valueStyle);
  const where = item.collectedWhere;
  const lines = [
    ...field('Number', item.number, VALUE_BOLD),
    ...field('Type', TYPE_LABELS[item.type]),
    ...field('Description', item.description),
    ...field('Role', item.copyRole === 'working_copy' ? `Working copy of ${item.originalNumber ?? 'an original'}` : 'Evidentiary original'),
    ...(item.copies.length > 0 ? field('Working copies', item.copies.map((copy) => copy.number).join(', ')) : []),
    ...field('Status', STATUS_LABELS[item.status]),
    ...field('Confidentiality', MARKINGS[item.confidentiality].toLowerCase().replace(/^./, (c) => c.toUpperCase())),
    ...field('Collected', formatInstant(item.collectedAt, item.timeZone)),
    ...(where && where.text.trim() !== ''
      ? where.confidentiality === 'strictly_confidential'
        ? field('Collected at', 'Withheld: strictly confidential (see the vault)', NOTE)
        : field('Collected at', where.text)
      : []),
    ...(item.collectedBy ? field('Collected by', item.collectedBy) : []),
    ...(item.storageLocation ? field('Storage location', item.storageLocation) : []),
    ...(item.markers.length > 0 ? field('Source', item.markers.map((marker) => (marker === 'cctv' ? 'CCTV' : 'Phone data')).join(', ')) : []),
    ...(item.recordedAt ? field('Footage recorded', formatUncertain(item.recordedAt)) : []),
    ...(item.identifiedAt ? field('Source identified', formatInstant(item.identifiedAt, item.timeZone)) : []),
  ];
  return [...section(flow, 'Evidence item'), ...lines];
}

function contentBlocks(flow: TextFlow, data: CustodyReportData): FlowLine[][] {
  const { contents } = data.item;
  const intro = section(flow, `Files held in the vault (${contents.length})`);
  if (contents.length === 0) return [[...intro, ...flow.textLines('No files are held for this item.', NOTE)]];
  const blocks = contents.map((content, index) => {
    const check = lastCheck(content);
    return [
      ...(index === 0 ? intro : [flow.gap(6)]),
      ...flow.textLines(content.fileName, HEADING),
      ...flow.fieldLines('SHA-256 at collection', content.sha256, LABEL, VALUE),
      ...flow.fieldLines('Size', formatBytes(content.size), LABEL, VALUE),
      ...flow.fieldLines('Added', formatInstant(content.ingestedAt), LABEL, VALUE),
      ...flow.fieldLines('Last verification', check.text, LABEL, check.alert ? VALUE_ALERT : VALUE),
    ];
  });
  return blocks;
}

function eventLines(flow: TextFlow, event: CustodyEvent, hasContent: boolean): FlowLine[] {
  const field = (label: string, value: string, valueStyle = VALUE) => flow.fieldLines(label, value, LABEL, valueStyle, { indent: 14, labelWidth: 114 });
  const checks = event.hashChecks.map((check) =>
    check.result === 'match'
      ? { text: `${check.fileName}: matches the SHA-256 at collection\n${check.sha256}`, alert: false }
      : { text: `${check.fileName}: FAILED, ${check.problem ? PROBLEMS[check.problem] : 'no match'}\nexpected ${check.sha256}`, alert: true },
  );
  return [
    flow.gap(7),
    ...flow.textLines(`#${event.sequence}  ${KIND_LABELS[event.kind]}  ·  ${formatInstant(event.at, event.timeZone)}`, HEADING),
    ...(event.from ? field('From', event.from) : []),
    ...(event.to ? field('To', event.to) : []),
    ...(event.persons.length > 0 ? field('Persons', event.persons.join(', ')) : []),
    ...field('Purpose', event.purpose),
    ...(event.sealNumber ? field('Seal number', event.sealNumber, VALUE_BOLD) : []),
    ...(event.location ? field('Location', event.location) : []),
    ...(event.note ? field('Note', event.note) : []),
    ...(checks.length > 0
      ? checks.flatMap((check, index) => field(index === 0 ? 'Hash re-check' : '', check.text, check.alert ? VALUE_ALERT : VALUE))
      : hasContent
        ? field('Hash re-check', 'None at this event', NOTE)
        : []),
    ...field('Logged', `${formatInstant(event.recordedAt)} by ${event.recordedBy}`, NOTE),
  ];
}

function signatureLines(flow: TextFlow): FlowLine[] {
  const blank = '_'.repeat(34);
  return [
    ...section(flow, 'Certification'),
    ...flow.textLines(
      'I certify that this report lists every custody event logged for this item and the SHA-256 of each of its files as recorded in the vault.',
      VALUE,
    ),
    flow.gap(16),
    ...flow.fieldLines('Name', blank, LABEL, VALUE),
    flow.gap(10),
    ...flow.fieldLines('Signature', blank, LABEL, VALUE),
    flow.gap(10),
    ...flow.fieldLines('Date', blank, LABEL, VALUE),
  ];
}

/** The custody report of one item as a PDF: A4, fonts embedded, every page marked. */
export async function renderCustodyReportPdf(data: CustodyReportData, fonts: ReportFonts): Promise<Uint8Array> {
  const { item } = data;
  const flow = await TextFlow.create(fonts, {
    title: `Chain of custody: ${data.caseReference} ${item.number}`,
    subject: 'Chain of custody report',
    creator: 'Casefile',
    at: new Date(data.generatedAt),
  });

  flow.place([...flow.textLines('Chain of custody report', TITLE), flow.gap(2), ...flow.textLines(`Evidence item ${item.number}  ·  Case ${data.caseReference}`, SUBTITLE)]);
  flow.place(itemLines(flow, data), { keepWithNext: 5 });
  for (const block of contentBlocks(flow, data)) flow.place(block, { keepTogether: true });

  const events = section(flow, `Chain of custody (${item.custody.length} ${item.custody.length === 1 ? 'event' : 'events'})`);
  if (item.custody.length === 0) flow.place([...events, ...flow.textLines('No custody events have been logged.', NOTE)], { keepTogether: true });
  item.custody.forEach((event, index) => {
    const lines = eventLines(flow, event, item.contents.length > 0);
    flow.place(index === 0 ? [...events, ...lines] : [flow.rule({ indent: 14 }), ...lines], { keepTogether: true });
  });
  flow.place(signatureLines(flow), { keepTogether: true });

  const frame = TextFlow.chromeFrame;
  const marking = MARKINGS[data.marking];
  return flow.finish((page: PDFPage, pageNumber, pageCount) => {
    const header = `${data.caseReference}  ·  Evidence ${item.number}  ·  Chain of custody`;
    flow.drawText(page, header, frame.left, frame.headerBaseline, CHROME);
    flow.drawText(page, marking, frame.right - flow.width(marking, CHROME_MARK), frame.headerBaseline, CHROME_MARK);
    page.drawLine({ start: { x: frame.left, y: frame.headerBaseline - 6 }, end: { x: frame.right, y: frame.headerBaseline - 6 }, thickness: 0.5, color: MUTED });
    const generated = `Generated ${formatInstant(data.generatedAt)} by ${data.generatedBy}  ·  ${marking}`;
    const pages = `Page ${pageNumber} of ${pageCount}`;
    flow.drawText(page, generated, frame.left, frame.footerBaseline, CHROME);
    flow.drawText(page, pages, frame.right - flow.width(pages, CHROME), frame.footerBaseline, CHROME);
  });
}
