import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentFonts, type DocumentFonts } from '../../../electron/core/documents/pdf/fonts.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import type { CaseStatus } from '../../../shared/domain/case.js';
import { FINDING_OUTCOMES, type FindingOutcome } from '../../../shared/domain/finding.js';
import { PERSONNEL_CATEGORIES, type PersonnelCategory } from '../../../shared/domain/person.js';
import { buildMergeData, MergeDataError } from '../../../shared/documents/merge-data.js';
import { mergeTemplate } from '../../../shared/documents/merge.js';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import type { TemplateKind } from '../../../shared/documents/template.js';
import { shippedTemplate } from '../../../shared/documents/templates/index.js';
import { messageText } from '../../../shared/i18n/messages.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import {
  guardian1,
  letterFor,
  LETTER_AT,
  makeClocks,
  makeEvidence,
  makeReplyClock,
  snapshotFor,
  subject1,
  victim1,
  victim2,
  witness1,
} from '../documents-model/fixtures.js';
import { docxParagraphs, docxPart, pdfText } from '../documents-render/read-outputs.js';

/**
 * Issue 11 item 8, for referrals and notifications: every kind × every personnel category × every
 * state of the case is either produced, citing the instrument that covers the subject and no other
 * (read back from the PDF's text and the DOCX's XML), or refused with its reason in words. The rules
 * below are written out from domain.md §4 and the brief, not read from the modules under test.
 */

type Instrument = 'ga' | 'mou' | 'staff' | 'unv';

/** How each instrument reads in an English letter. */
const CITES: Readonly<Record<Instrument, string>> = {
  ga: 'General Assembly resolutions 62/63 and 64/110',
  mou: 'revised model memorandum of understanding (A/61/19 (Part III))',
  staff: 'chapter X of the Staff Rules',
  unv: 'Conditions of Service of United Nations Volunteers',
};

const OFFICIALS_AND_EXPERTS: readonly PersonnelCategory[] = [
  'civilian_int',
  'civilian_ns',
  'civilian_unv',
  'military_mo',
  'police_unpol',
];
const CONTINGENTS: readonly PersonnelCategory[] = ['military_mc', 'police_fpu'];

const EXPECTED: Readonly<
  Record<
    string,
    { categories: readonly PersonnelCategory[]; when: 'always' | 'finding' | 'substantiated'; cites: Instrument }
  >
> = {
  member_state_referral: { categories: OFFICIALS_AND_EXPERTS, when: 'substantiated', cites: 'ga' },
  tcc_notification: { categories: CONTINGENTS, when: 'always', cites: 'mou' },
  tcc_follow_up: { categories: CONTINGENTS, when: 'finding', cites: 'mou' },
  hr_referral: { categories: ['civilian_int', 'civilian_ns'], when: 'substantiated', cites: 'staff' },
  unv_referral: { categories: ['civilian_unv'], when: 'substantiated', cites: 'unv' },
};

const NOTES_VERBALES: readonly string[] = ['member_state_referral', 'tcc_notification', 'tcc_follow_up'];

/** Who each instrument covers, for letters made as an exception. */
const COVERS: Readonly<Record<Instrument, readonly PersonnelCategory[]>> = {
  ga: OFFICIALS_AND_EXPERTS,
  mou: CONTINGENTS,
  staff: ['civilian_int', 'civilian_ns'],
  unv: ['civilian_unv'],
};

interface CaseState {
  name: string;
  status: CaseStatus;
  outcome: FindingOutcome | null;
}

const CLOSED_STATUS: Readonly<Record<FindingOutcome, CaseStatus>> = {
  substantiated: 'substantiated',
  not_substantiated: 'not_substantiated',
  insufficient_evidence: 'not_substantiated',
  closed_without_investigation: 'closed_other',
};

const STATES: readonly CaseState[] = [
  { name: 'preliminary assessment', status: 'preliminary_assessment', outcome: null },
  { name: 'under investigation', status: 'under_investigation', outcome: null },
  // The finding on this subject is recorded while another subject's is awaited: the case is still open.
  ...FINDING_OUTCOMES.map((outcome) => ({
    name: `finding recorded: ${outcome}`,
    status: 'under_investigation' as const,
    outcome,
  })),
  ...FINDING_OUTCOMES.map((outcome) => ({ name: `closed: ${outcome}`, status: CLOSED_STATUS[outcome], outcome })),
];

function snapshotOf(kind: TemplateKind, category: PersonnelCategory, state: CaseState): CaseSnapshot {
  const base = snapshotFor(kind);
  return {
    ...base,
    case: { ...base.case, status: state.status },
    people: [
      victim1(),
      victim2(),
      witness1(),
      guardian1(),
      subject1({ personnelCategory: category, function: 'Officer', unitOrContingent: 'Bambari' }),
    ],
    subjectOutcomes: [
      state.outcome === null
        ? { code: 'S-01', outcome: null }
        : {
            code: 'S-01',
            outcome: state.outcome,
            decidingEntity: 'oios',
            decidedOn: '2026-05-20',
            reportReference: 'OIOS-ID-0117-26',
            ...(state.outcome === 'closed_without_investigation'
              ? { closureGround: 'subject_separated_from_service' as const }
              : {}),
          },
    ],
  };
}

const applies = (kind: string, category: PersonnelCategory, outcome: FindingOutcome | null): boolean => {
  const rule = EXPECTED[kind]!;
  if (!rule.categories.includes(category)) return false;
  if (rule.when === 'finding') return outcome !== null;
  if (rule.when === 'substantiated') return outcome === 'substantiated';
  return true;
};

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** Every string a document model's blocks hold, in order (what both renderers draw). */
const documentText = (model: DocumentModel): string => {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(model.blocks);
  return strings.join(' ');
};

/** The instruments a letter's text cites. */
const citedIn = (text: string): Instrument[] =>
  (Object.keys(CITES) as Instrument[]).filter((instrument) => oneLine(text).includes(CITES[instrument]));

const build = (kind: TemplateKind, category: PersonnelCategory, state: CaseState, exception?: string) =>
  buildMergeData({
    snapshot: snapshotOf(kind, category, state),
    kind,
    language: 'en',
    letter: letterFor(kind),
    evidence: makeEvidence(),
    clocks: makeClocks(),
    replyClock: makeReplyClock(),
    ...(exception !== undefined ? { exception: { reason: exception } } : {}),
  });

let fonts: DocumentFonts;
beforeAll(() => {
  fonts = loadDocumentFonts();
});

describe('every referral kind × personnel category × case state', () => {
  for (const kind of Object.keys(EXPECTED) as TemplateKind[]) {
    it(`${kind}: produced with the instrument that covers the subject, or refused with why`, async () => {
      const template = shippedTemplate(kind)!;
      const rule = EXPECTED[kind]!;
      let produced = 0;
      const rendered = new Set<PersonnelCategory>();
      for (const category of PERSONNEL_CATEGORIES) {
        for (const state of STATES) {
          const label = `${kind} / ${category} / ${state.name}`;
          if (!applies(kind, category, state.outcome)) {
            let refusal: MergeDataError | undefined;
            try {
              build(kind, category, state);
            } catch (error) {
              if (error instanceof MergeDataError) refusal = error;
              else throw error;
            }
            expect(refusal?.code, label).toBe('NOT_APPLICABLE');
            const expectedReason = !rule.categories.includes(category)
              ? 'letters.subjectCategoryMismatch'
              : state.outcome === null
                ? rule.when === 'finding'
                  ? 'letters.awaitsAnyFinding'
                  : 'letters.awaitsFinding'
                : 'letters.findingNotSubstantiated';
            expect(refusal?.refusal.reason, label).toBe(expectedReason);
            // Said in words, naming the subject by pseudonym, never a code name.
            const words = messageText('en', `errors.${refusal!.refusal.reason}`, refusal!.refusal.params);
            expect(words, label).toContain('S-01');
            expect(words, label).not.toMatch(/[a-z]+_[a-z]+|\{\{/);

            // Made as an exception, it still cites nothing that does not cover the subject.
            const exceptional = mergeTemplate(template, 'en', build(kind, category, state, 'Asked for').data);
            const text = JSON.stringify(exceptional.blocks);
            for (const instrument of citedIn(text)) {
              expect(COVERS[instrument], `${label} (exception) cites ${instrument}`).toContain(category);
            }
            continue;
          }
          produced += 1;
          const model = mergeTemplate(template, 'en', build(kind, category, state).data);
          // Each category's first letter is rendered and read back from its PDF and DOCX; the others
          // are read from the document model both renderers draw (rendering every one takes minutes).
          const readers: (readonly [string, string])[] = [['model', documentText(model)]];
          if (!rendered.has(category)) {
            rendered.add(category);
            const createdAt = new Date(LETTER_AT);
            const [pdf, docx] = await Promise.all([
              renderPdf(model, { fonts, createdAt }),
              renderDocx(model, { fonts, createdAt }),
            ]);
            readers.push(
              ['PDF', pdfText(pdf)],
              ['DOCX', docxParagraphs(docxPart(docx, 'word/document.xml')).join('\n')],
            );
          }
          for (const [reader, text] of readers) {
            expect(citedIn(text), `${label} (${reader})`).toEqual([rule.cites]);
            const flat = oneLine(text);
            expect(flat, `${label} (${reader})`).toContain('Claire Signatory');
            expect(flat, `${label} (${reader})`).not.toContain('investigator in charge');
            // A note verbale carries its number; an interoffice memorandum its reference only.
            if (NOTES_VERBALES.includes(kind)) expect(flat, `${label} (${reader})`).toContain('OLA/2026/0412');
            // A letter written after the investigation summarises the finding from the case, report included.
            if (rule.when !== 'always') {
              expect(flat, `${label} (${reader})`).toContain('OIOS-ID-0117-26');
              expect(flat, `${label} (${reader})`).toContain('Finding recorded on 20 May 2026');
            }
            // The reply date of the follow-up register's clock (90 days from 15 June 2026).
            expect(flat, `${label} (${reader})`).toContain('13 September 2026');
          }
        }
      }
      expect(produced).toBeGreaterThan(0);
    }, 120_000);
  }
});
