import type { ItemWithChain } from './evidence-store.js';
import {
  DIRECTION_OF_LANGUAGE,
  escapePageText,
  type DocumentBlock,
  type DocumentModel,
  type DocumentRun,
} from '../../../shared/documents/document-model.js';
import { uncertainDateWords } from '../../../shared/documents/words.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { ContentProblem, CustodyEvent, EvidenceContent } from '../../../shared/domain/evidence.js';
import { utcOffsetMs } from '../../../shared/domain/time-zone.js';
import type { DocumentLabelGroup, LabelGroup, LabelTypes } from '../../../shared/i18n/label-types.js';
import { documentLabelText, labelText } from '../../../shared/i18n/labels.js';
import { custodyEventWords, type CustodyEventWords } from '../../../shared/i18n/custody-words.js';
import { sizeInLocale } from '../../../shared/i18n/byte-sizes.js';
import { listText } from '../../../shared/i18n/list-text.js';
import { localeOfLanguage } from '../../../shared/i18n/locales.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';

/**
 * The chain-of-custody report of one item as a document model: the same model, renderers and
 * fonts as the letters, so it is written as PDF or DOCX. Its words come from the message
 * and label catalogues of the report's language; what people recorded (names, purposes, seal
 * numbers) and what the vault computed (hashes) is printed as is.
 */

/** The languages a report is written in: those the message and label catalogues hold. */
export type CustodyReportLanguage = MessageLanguage;

/** What a custody report shows: one item as evidence.get returns it, and where it belongs. */
export interface CustodyReportData {
  item: ItemWithChain;
  caseReference: string;
  /** The higher of the case's and the item's levels: the marking on every page. */
  marking: Confidentiality;
  generatedAt: string;
  generatedBy: string;
  language: CustodyReportLanguage;
}

/** `2026-03-01 14:30 UTC`, or in the zone recorded with it: `2026-03-01 15:30 (Africa/Bangui, UTC+01:00)`. */
export function formatInstant(iso: string, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (!timeZone || timeZone === 'UTC') return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const offset = utcOffsetMs(ms, timeZone);
  const local = new Date(ms + offset).toISOString().slice(0, 16).replace('T', ' ');
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${local} (${timeZone}, UTC${sign}${hours}:${String(minutes % 60).padStart(2, '0')})`;
}

/** A label-and-value table: no column titles, labels narrow so a SHA-256 fits on one line of its value. */
const FACT_COLUMNS = [
  { header: '', widthPercent: 22 },
  { header: '', widthPercent: 78 },
];

type Row = [string, readonly DocumentRun[]];

class ReportWriter {
  readonly #language: CustodyReportLanguage;

  constructor(language: CustodyReportLanguage) {
    this.#language = language;
  }

  /** A sentence of the report's own words (documents.custodyReport.*). */
  words(key: string, params?: Record<string, string | number>): string {
    return messageText(this.#language, `documents.custodyReport.${key}`, params);
  }

  /** A value's words, as the screens say it. */
  label<G extends LabelGroup>(group: G, value: LabelTypes[G]): string {
    return labelText(this.#language, group, value);
  }

  /** A value's words as a document prints them: the same groups and words as the letters'. */
  printed<G extends DocumentLabelGroup>(group: G, value: LabelTypes[G]): string {
    return documentLabelText(this.#language, group, value);
  }

  /** An event's purpose and holders: as a person recorded them, a hand-over's codes in the report's language. */
  eventWords(event: CustodyEvent): CustodyEventWords {
    return custodyEventWords((key, params) => messageText(this.#language, key, params), event);
  }

  /** A series of codes or names (copies, markers, people present) as the report's language writes one. */
  series(items: readonly string[]): DocumentRun[] {
    return plain(listText(this.#language, items, { type: 'unit' }));
  }

  problem(problem: ContentProblem | undefined): string {
    return problem === undefined ? this.words('files.problemUnknown') : this.label('contentProblem', problem);
  }

  /** A file's size as the screens write it ("195.3 kB"), then its exact byte count, which the hash covers. */
  bytes(size: number): string {
    const exact = this.words('files.bytes', { size: size.toLocaleString(localeOfLanguage(this.#language)) });
    if (size < 1000) return exact;
    return `${sizeInLocale(localeOfLanguage(this.#language), size)} (${exact})`;
  }

  /**
   * A table of labels and values (an empty label continues the fact above it), on one page when
   * it fits: an event is read whole, as its heading keeps with it.
   */
  facts(rows: readonly Row[]): DocumentBlock {
    const cells = rows.map(([label, value]): DocumentRun[][] => [[{ text: label }], [...value]]);
    return { kind: 'table', columns: FACT_COLUMNS, rows: cells, keepTogether: true };
  }
}

const plain = (text: string): DocumentRun[] => [{ text }];
const bold = (text: string): DocumentRun[] => [{ text, bold: true }];
const italic = (text: string): DocumentRun[] => [{ text, italic: true }];
const heading = (level: 1 | 2, text: string): DocumentBlock => ({ kind: 'heading', level, runs: plain(text) });
const paragraph = (runs: DocumentRun[]): DocumentBlock => ({ kind: 'paragraph', runs });

function itemBlocks(w: ReportWriter, data: CustodyReportData): DocumentBlock[] {
  const { item } = data;
  const where = item.collectedWhere;
  const role =
    item.copyRole === 'working_copy'
      ? item.originalNumber
        ? w.words('item.workingCopyOf', { number: item.originalNumber })
        : w.words('item.workingCopyOfUnknown')
      : w.label('copyRole', 'evidentiary_original');
  const markers = item.markers.map((marker) => w.label('evidenceMarker', marker));
  const rows: (Row | false)[] = [
    [w.words('item.number'), bold(item.number)],
    [w.words('item.type'), plain(w.printed('evidenceType', item.type))],
    [w.words('item.description'), plain(item.description)],
    [w.words('item.role'), plain(role)],
    item.copies.length > 0 && [w.words('item.copies'), w.series(item.copies.map((copy) => copy.number))],
    [w.words('item.status'), plain(w.printed('evidenceStatus', item.status))],
    [w.words('item.confidentiality'), plain(w.label('confidentiality', item.confidentiality))],
    [w.words('item.collected'), plain(formatInstant(item.collectedAt, item.timeZone))],
    where !== undefined &&
      where.text.trim() !== '' && [
        w.words('item.collectedAt'),
        where.confidentiality === 'strictly_confidential' ? italic(w.words('item.withheld')) : plain(where.text),
      ],
    item.collectedBy !== undefined && item.collectedBy !== '' && [w.words('item.collectedBy'), plain(item.collectedBy)],
    item.storageLocation !== '' && [w.words('item.storage'), plain(item.storageLocation)],
    markers.length > 0 && [w.words('item.source'), w.series(markers)],
    item.recordedAt !== undefined && [w.words('item.recorded'), plain(uncertainDate(item.recordedAt, data.language))],
    item.identifiedAt !== undefined && [
      w.words('item.identified'),
      plain(formatInstant(item.identifiedAt, item.timeZone)),
    ],
  ];
  return [heading(1, w.words('item.heading')), w.facts(rows.filter((row): row is Row => row !== false))];
}

function uncertainDate(date: NonNullable<ItemWithChain['recordedAt']>, language: CustodyReportLanguage): string {
  const words = uncertainDateWords(date, language);
  return date.precision !== 'unknown' && date.timeZone ? `${words} (${date.timeZone})` : words;
}

function lastCheck(w: ReportWriter, content: EvidenceContent): DocumentRun[] {
  if (content.verification === 'unchecked' || !content.verifiedAt) return plain(w.words('files.unchecked'));
  const at = formatInstant(content.verifiedAt);
  if (content.verification === 'verified') return plain(w.words('files.verified', { at }));
  return bold(w.words('files.failed', { problem: w.problem(content.problem), at }));
}

function contentBlocks(w: ReportWriter, contents: readonly EvidenceContent[]): DocumentBlock[] {
  const blocks = [heading(1, w.words('files.heading', { files: contents.length }))];
  if (contents.length === 0) return [...blocks, paragraph(italic(w.words('files.none')))];
  for (const content of contents) {
    blocks.push(
      heading(2, content.fileName),
      w.facts([
        [w.words('files.sha256'), plain(content.sha256)],
        [w.words('files.size'), plain(w.bytes(content.size))],
        [w.words('files.added'), plain(formatInstant(content.ingestedAt))],
        [w.words('files.lastCheck'), lastCheck(w, content)],
      ]),
    );
  }
  return blocks;
}

function eventBlocks(w: ReportWriter, event: CustodyEvent, hasContent: boolean): DocumentBlock[] {
  const checks: Row[] = event.hashChecks.map((check, index) => [
    index === 0 ? w.words('events.recheck') : '',
    check.result === 'match'
      ? plain(`${w.words('events.match', { file: check.fileName })}\n${check.sha256}`)
      : [
          { text: w.words('events.failed', { file: check.fileName, problem: w.problem(check.problem) }), bold: true },
          { text: `\n${w.words('events.expected', { sha256: check.sha256 })}` },
        ],
  ]);
  const said = w.eventWords(event);
  const rows: (Row | false)[] = [
    said.from !== undefined && [w.words('events.from'), plain(said.from)],
    said.to !== undefined && [w.words('events.to'), plain(said.to)],
    event.persons.length > 0 && [w.words('events.persons'), w.series(event.persons)],
    [w.words('events.purpose'), plain(said.purpose)],
    event.sealNumber !== undefined && [w.words('events.seal'), bold(event.sealNumber)],
    event.location !== undefined && [w.words('events.location'), plain(event.location)],
    event.note !== undefined && [w.words('events.note'), plain(event.note)],
    ...checks,
    checks.length === 0 && hasContent && [w.words('events.recheck'), italic(w.words('events.recheckNone'))],
    [
      w.words('events.logged'),
      italic(w.words('events.loggedBy', { at: formatInstant(event.recordedAt), actor: event.recordedBy })),
    ],
  ];
  const title = w.words('events.title', {
    sequence: event.sequence,
    kind: w.label('custodyEventKind', event.kind),
    at: formatInstant(event.at, event.timeZone),
  });
  return [heading(2, title), w.facts(rows.filter((row): row is Row => row !== false))];
}

function certificationBlocks(w: ReportWriter): DocumentBlock[] {
  // Two blank lines in each value cell: room to write by hand on the printed report.
  const blank = plain('\n\n');
  return [
    heading(1, w.words('certification.heading')),
    paragraph(plain(w.words('certification.statement'))),
    w.facts([
      [w.words('certification.name'), blank],
      [w.words('certification.signature'), blank],
      [w.words('certification.date'), blank],
    ]),
  ];
}

/** The custody report of one item: A4, every page marked as the letters mark theirs, page numbers in the footer. */
export function custodyReportModel(data: CustodyReportData): DocumentModel {
  const { item, language } = data;
  const w = new ReportWriter(language);
  const names = { reference: data.caseReference, number: item.number };
  const marking = w.printed('confidentialityMarking', data.marking);
  const events = item.custody;
  return {
    pageSize: 'A4',
    language,
    direction: DIRECTION_OF_LANGUAGE[language],
    title: w.words('fileTitle', names),
    header: { left: escapePageText(w.words('header', names)) },
    footer: {
      left: escapePageText(
        w.words('footer', { at: formatInstant(data.generatedAt), actor: data.generatedBy, marking }),
      ),
    },
    confidentialityMarking: marking,
    blocks: [
      { kind: 'letterhead', lines: [w.words('title'), w.words('subtitle', names)], logo: null },
      ...itemBlocks(w, data),
      ...contentBlocks(w, item.contents),
      heading(
        1,
        events.length === 1 ? w.words('events.headingOne') : w.words('events.heading', { events: events.length }),
      ),
      ...(events.length === 0 ? [paragraph(italic(w.words('events.none')))] : []),
      ...events.flatMap((event) => eventBlocks(w, event, item.contents.length > 0)),
      ...certificationBlocks(w),
    ],
  };
}
