import type { ItemWithChain } from './evidence-store.js';
import {
  DIRECTION_OF_LANGUAGE,
  escapePageText,
  type DocumentBlock,
  type DocumentModel,
  type DocumentRun,
} from '../../../shared/documents/document-model.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { CustodyEvent, EvidenceContent } from '../../../shared/domain/evidence.js';
import { documentLabelText, labelText } from '../../../shared/i18n/labels.js';
import { custodyEventWords } from '../../../shared/i18n/custody-words.js';
import { localeOfLanguage } from '../../../shared/i18n/locales.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';
import { formatInstant } from './custody-report-model.js';

/**
 * The verification report of a case as a document model (the custody report's engine, fonts and
 * marking): every evidence file's SHA-256, size, collection, custody chain and provenance signature,
 * the signers' public keys, and how a court or an authority checks each with standard tools. It opens
 * in words for a reader who is not technical, then gives the commands. The signed statement and the
 * signature are printed in base64 (line breaks ignored by `base64 -d`), so the bytes verified are those
 * signed whatever the page's wrapping; the PEM key is printed as is (its lines are short).
 */

export interface VerificationSigner {
  fingerprint: string;
  /** SPKI PEM, as `openssl pkeyutl -pubin` reads it. */
  pem: string;
  thisVault: boolean;
}

export interface VerificationReportData {
  caseReference: string;
  items: readonly ItemWithChain[];
  /** Every key that signed a file of the case, this vault's first. */
  signers: readonly VerificationSigner[];
  /** The case's marking (the highest level of the case and its items) on every page. */
  marking: Confidentiality;
  generatedAt: string;
  generatedBy: string;
  language: MessageLanguage;
}

const FACT_COLUMNS = [
  { header: '', widthPercent: 22 },
  { header: '', widthPercent: 78 },
];
const WHOLE_WIDTH = [{ header: '', widthPercent: 100 }];

const plain = (text: string): DocumentRun[] => [{ text }];
const bold = (text: string): DocumentRun[] => [{ text, bold: true }];
const italic = (text: string): DocumentRun[] => [{ text, italic: true }];
const heading = (level: 1 | 2, text: string): DocumentBlock => ({ kind: 'heading', level, runs: plain(text) });
const paragraph = (runs: DocumentRun[]): DocumentBlock => ({ kind: 'paragraph', runs });

type Words = (key: string, params?: Record<string, string | number>) => string;

function facts(rows: readonly [string, DocumentRun[]][]): DocumentBlock {
  const cells = rows.map(([label, value]): DocumentRun[][] => [[{ text: label }], value]);
  return { kind: 'table', columns: FACT_COLUMNS, rows: cells, keepTogether: true };
}

/** Base64 in lines of 64 characters, as PEM has it: a page cannot wrap so long a word; base64 -d skips breaks. */
const base64Lines = (value: string): string => value.match(/.{1,64}/g)?.join('\n') ?? '';

/** A label above a base64 value, one column wide and kept on one page: copied whole, read back whole. */
function copyable(rows: readonly [string, string][]): DocumentBlock {
  const cells = rows.flatMap(([label, value]): DocumentRun[][][] => [[bold(label)], [plain(base64Lines(value))]]);
  return { kind: 'table', columns: WHOLE_WIDTH, rows: cells, keepTogether: true };
}

function bytesText(size: number, language: MessageLanguage): string {
  return messageText(language, 'documents.custodyReport.files.bytes', {
    size: size.toLocaleString(localeOfLanguage(language)),
  });
}

function custodyLines(w: Words, language: MessageLanguage, events: readonly CustodyEvent[]): DocumentBlock {
  if (events.length === 0) return paragraph(italic(w('item.custodyNone')));
  const items = events.map((event) => {
    const said = custodyEventWords((key, params) => messageText(language, key, params), event);
    const params = {
      sequence: event.sequence,
      kind: labelText(language, 'custodyEventKind', event.kind),
      at: formatInstant(event.at, event.timeZone),
      purpose: said.purpose,
    };
    return plain(
      said.from !== undefined && said.to !== undefined
        ? w('item.eventFromTo', { ...params, from: said.from, to: said.to })
        : w('item.event', params),
    );
  });
  return { kind: 'list', ordered: false, items };
}

function fileBlocks(
  w: Words,
  data: VerificationReportData,
  content: EvidenceContent,
  ownKey: string | undefined,
): DocumentBlock[] {
  const rows: [string, DocumentRun[]][] = [
    [w('file.sha256'), bold(content.sha256)],
    [w('file.size'), plain(bytesText(content.size, data.language))],
    [w('file.added'), plain(formatInstant(content.ingestedAt))],
  ];
  const { provenance } = content;
  if (provenance === undefined) {
    rows.push([w('file.signer'), italic(w('file.unsigned'))]);
    return [heading(2, content.fileName), facts(rows)];
  }
  const fingerprint = provenance.signerFingerprint;
  const at = formatInstant(provenance.signedAt);
  rows.push(
    [w('file.signer'), plain(w(fingerprint === ownKey ? 'file.signerThisVault' : 'file.signerOther', { fingerprint }))],
    [w('file.signedAt'), plain(w(provenance.atIngest ? 'file.signedAtIngest' : 'file.signedLater', { at }))],
  );
  return [
    heading(2, content.fileName),
    facts(rows),
    copyable([
      [w('file.statement'), Buffer.from(provenance.statement, 'utf8').toString('base64')],
      [w('file.signatureValue'), provenance.signature],
    ]),
  ];
}

function itemBlocks(w: Words, data: VerificationReportData, item: ItemWithChain, ownKey?: string): DocumentBlock[] {
  const collector = item.collectedBy !== undefined && item.collectedBy !== '' ? item.collectedBy : undefined;
  return [
    heading(1, w('item.heading', { number: item.number })),
    facts([
      [w('item.description'), plain(item.description)],
      [w('item.collected'), plain(formatInstant(item.collectedAt, item.timeZone))],
      [w('item.collectedBy'), collector === undefined ? italic(w('item.collectorUnknown')) : plain(collector)],
    ]),
    paragraph(bold(w('item.custody'))),
    custodyLines(w, data.language, item.custody),
    ...(item.contents.length === 0 ? [paragraph(italic(w('item.noFiles')))] : []),
    ...item.contents.flatMap((content) => fileBlocks(w, data, content, ownKey)),
  ];
}

function keyBlocks(w: Words, signers: readonly VerificationSigner[]): DocumentBlock[] {
  const blocks = [heading(1, w('keys.heading'))];
  if (signers.length === 0) return [...blocks, paragraph(italic(w('keys.none')))];
  for (const signer of signers) {
    const title = w(signer.thisVault ? 'keys.thisVault' : 'keys.other', { fingerprint: signer.fingerprint });
    blocks.push(copyable([[title, signer.pem.trim()]]));
  }
  return blocks;
}

/** The verification report of one case: A4, marked on every page, page numbers in the footer. */
export function verificationReportModel(data: VerificationReportData): DocumentModel {
  const { language } = data;
  const w: Words = (key, params) => messageText(language, `documents.verificationReport.${key}`, params);
  const reference = data.caseReference;
  const files = data.items.reduce((sum, item) => sum + item.contents.length, 0);
  const marking = documentLabelText(language, 'confidentialityMarking', data.marking);
  const ownKey = data.signers.find((signer) => signer.thisVault)?.fingerprint;
  const steps = ['hash', 'key', 'decode', 'verify', 'read', 'fingerprint'].map((step) => plain(w(`steps.${step}`)));
  return {
    pageSize: 'A4',
    language,
    direction: DIRECTION_OF_LANGUAGE[language],
    title: w('fileTitle', { reference }),
    header: { left: escapePageText(w('header', { reference })) },
    footer: {
      left: escapePageText(w('footer', { at: formatInstant(data.generatedAt), actor: data.generatedBy, marking })),
    },
    confidentialityMarking: marking,
    blocks: [
      {
        kind: 'letterhead',
        lines: [w('title'), w('subtitle', { reference, items: data.items.length, files })],
        logo: null,
      },
      heading(1, w('about.heading')),
      ...['purpose', 'hash', 'signature', 'imported'].map((part) =>
        paragraph(plain(w(`about.${part}`, { reference }))),
      ),
      heading(1, w('steps.heading')),
      { kind: 'list', ordered: true, items: steps },
      ...data.items.flatMap((item) => itemBlocks(w, data, item, ownKey)),
      ...keyBlocks(w, data.signers),
      heading(1, w('certification.heading')),
      paragraph(plain(w('certification.statement'))),
      facts([
        [messageText(language, 'documents.custodyReport.certification.name'), plain('\n\n')],
        [messageText(language, 'documents.custodyReport.certification.signature'), plain('\n\n')],
        [messageText(language, 'documents.custodyReport.certification.date'), plain('\n\n')],
      ]),
    ],
  };
}
