import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSURE_GROUNDS_BY_STATUS } from '../../../shared/domain/case.js';
import { PASSPHRASE_POLICY } from '../../../shared/passphrase.js';
import { DOCUMENT_LABEL_GROUPS, type LabelGroup } from '../../../shared/i18n/label-types.js';
import { labels as arabicLabels } from '../../../shared/i18n/ar/labels.js';
import { DOCUMENT_LABEL_CATALOGUES, LABEL_CATALOGUES } from '../../../shared/i18n/labels.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { buildMergeData } from '../../../shared/documents/merge-data.js';
import { timelineWords } from '../../../shared/timeline/event-titles.js';
import { StatusBadge } from '../../../renderer/components/StatusBadge.js';
import { resources } from '../../../renderer/i18n/index.js';
import { letterFor, makeClocks, makeEvidence, snapshotFor } from '../documents-model/fixtures.js';
import { LABEL_VALUES } from '../messages/catalogue-shape.js';
import { repoRoot } from '../renderer/renderer-sources.js';
import { filesUnder, labelDuplicatesIn, type LabelFacts } from './label-duplicates.js';

type Groups = Record<string, Record<string, string>>;
const groupsOf = (catalogue: object): Groups => catalogue as Groups;

describe('one label catalogue per language (shared/i18n/<language>/labels.ts)', () => {
  it('words every value of every enum, and no value the enums do not have, in English, French and Arabic', () => {
    for (const [language, words] of Object.entries({ ...LABEL_CATALOGUES, ar: arabicLabels })) {
      const catalogue = groupsOf(words);
      expect(Object.keys(catalogue).sort(), language).toEqual(Object.keys(LABEL_VALUES).sort());
      for (const [group, values] of Object.entries(LABEL_VALUES)) {
        expect(Object.keys(catalogue[group] ?? {}).sort(), `${language} ${group}`).toEqual([...values].sort());
        for (const value of values) {
          expect(catalogue[group]?.[value]?.trim(), `${language} ${group}.${value}`).toBeTruthy();
        }
      }
    }
  });

  it('gives a letter written in Arabic the words of the Arabic catalogue the screens read', () => {
    for (const group of DOCUMENT_LABEL_GROUPS) {
      expect(DOCUMENT_LABEL_CATALOGUES.ar[group], group).toBe(arabicLabels[group]);
    }
  });

  it('follows the rules its groups stand for', () => {
    // A closure letter words every ground of a case closed for other circumstances.
    const closedOther = [...(CLOSURE_GROUNDS_BY_STATUS.closed_other ?? [])];
    expect([...LABEL_VALUES.closureReasonToVictim].sort()).toEqual(closedOther.sort());
    for (const catalogue of [LABEL_CATALOGUES.en, LABEL_CATALOGUES.fr, arabicLabels]) {
      expect(catalogue.passphraseProblem.too_short).toContain(String(PASSPHRASE_POLICY.minLength));
    }
  });
});

/** renderer/i18n/<language>/<name>.json, or renderer/i18n/<language>.json for ''. */
const catalog = (name: string): RegExp =>
  new RegExp(`^renderer/i18n/(en|fr|ar)${name === '' ? '' : `/${name}`}\\.json$`);

/** Objects of screen text keyed by enum values that are not the values' names, each for its reason. */
const NOT_LABELS: readonly { file: RegExp; at: string; why: string }[] = [
  { file: catalog('deadlines'), at: 'firmnessHints', why: 'what each firmness means, a hint' },
  {
    file: catalog('deadlines'),
    at: 'concerns',
    why: 'what a deadline is about, a phrase around its code or reference',
  },
  { file: catalog('evidence'), at: 'contents', why: "a file row's check, among the section's texts" },
  { file: catalog('evidence'), at: 'enums.markerLong', why: 'what each marker covers, a description' },
  {
    file: catalog('evidence'),
    at: 'form.interviewDated',
    why: 'a linked interview named in one sentence per status, with its date and zone ("planned for …")',
  },
  { file: catalog('interviews'), at: 'fixes.interview', why: 'what to do, per party' },
  { file: catalog('interviews'), at: 'fixes.recording', why: 'what to do, per party' },
  { file: catalog('people'), at: 'identity.invalid', why: 'what is wrong with each field' },
  { file: catalog('people'), at: 'consents.parties', why: "the consent table's column headings" },
  { file: catalog('people'), at: 'consents.states', why: "the consent table's cells, with states no enum has" },
  { file: catalog('timeline'), at: 'legendBases', why: 'how the chart draws each basis' },
  {
    file: catalog('evidence'),
    at: 'log.integrityOf',
    why: "the log's file-check filter: an item's files taken together (none, all verified, one failed), not one check",
  },
  { file: catalog(''), at: 'strength.problems', why: 'advice on a passphrase, not its problem' },
  { file: catalog(''), at: 'confidentiality', why: 'each level with what it protects, an option' },
  {
    file: /^electron\/core\/statistics\/statistics-projection\.ts$/,
    at: 'AGE_GROUP_OF_BAND',
    why: 'the age group each recorded age band is counted in, not words',
  },
  {
    file: /^shared\/documents\/templates\/shipped-names\.ts$/,
    at: 'SHIPPED_TEMPLATE_NAMES',
    why: "each shipped template's own name, stored in the vault, which tells a name the team gave it apart",
  },
  {
    file: /^shared\/i18n\/(en|fr|ar)\/messages\.ts$/,
    at: 'messages.documents.custodyReport.files',
    why: "a file's last check in the custody report",
  },
];

/**
 * Words still written outside the catalogues, in code other helpers are moving (issue 9): each
 * must still be found, so the list shrinks as they go.
 */
const PENDING: readonly { file: string; why: string }[] = [];

const labelFacts = (): LabelFacts => {
  const groups = { ...LABEL_VALUES } as Record<string, readonly string[]>;
  // Tables per language ({ en: …, fr: …, ar: … }) are keyed like the language names, and are not them.
  for (const group of ['documentLanguage', 'documentLanguageInText'] satisfies LabelGroup[]) delete groups[group];
  const statuses = [...Object.values(LABEL_CATALOGUES.en.caseStatus), ...Object.values(LABEL_CATALOGUES.fr.caseStatus)];
  // The French status the screens and the timeline used to write, beside the letters' one.
  const words = [...statuses.filter((word) => word.length >= 12), 'En cours d’enquête', "En cours d'enquête"];
  return { groups, words };
};

const isCatalogue = (path: string): boolean => /^shared\/i18n\/(en|fr|ar|es)\/labels\.ts$/.test(path);
const scanned = (path: string): boolean =>
  !isCatalogue(path) &&
  !(path.endsWith('.json') && !path.startsWith('renderer/i18n/')) &&
  !path.startsWith('electron/core/documents/fonts/');

describe('no words of a value outside the catalogues', () => {
  const facts = labelFacts();
  const skip = (path: string): boolean => !scanned(path) && !path.endsWith('/');
  const found = filesUnder(repoRoot, ['renderer', 'shared', 'electron'], skip).flatMap((file) =>
    labelDuplicatesIn(file.path, file.text, facts),
  );

  it('in the screens, the shared code and the core', () => {
    const unexplained = found.filter(
      (duplicate) =>
        !NOT_LABELS.some((allowed) => allowed.file.test(duplicate.file) && allowed.at === duplicate.at) &&
        !PENDING.some((pending) => pending.file === duplicate.file),
    );
    expect(unexplained.map((duplicate) => `${duplicate.file}:${duplicate.at} ${duplicate.what}`)).toEqual([]);
  });

  it('keeps no exception that has nothing left to excuse', () => {
    for (const pending of PENDING) {
      expect(
        found.some((duplicate) => duplicate.file === pending.file),
        pending.file,
      ).toBe(true);
    }
    for (const allowed of NOT_LABELS) {
      const still = found.some((duplicate) => allowed.file.test(duplicate.file) && allowed.at === duplicate.at);
      expect(still, `${allowed.file} ${allowed.at}`).toBe(true);
    }
  });

  it('finds a planted duplicate: a status table, a catalogue group, a status label in a string', () => {
    const table =
      "export const STATUS = { preliminary_assessment: 'Évaluation', under_review: 'En examen', " +
      "under_investigation: 'Enquête', pending_member_state: 'En attente', substantiated: 'Fondée', " +
      "not_substantiated: 'Non fondée', " +
      "closed_other: 'Close' };\n";
    expect(labelDuplicatesIn('shared/planted.ts', table, facts)).toEqual([
      { file: 'shared/planted.ts', at: 'STATUS', what: 'words for every value of caseStatus' },
    ]);
    const json = JSON.stringify({ enums: { status: { ...LABEL_CATALOGUES.en.caseStatus } } });
    const inJson = labelDuplicatesIn('renderer/i18n/en/planted.json', json, facts);
    expect(inJson.map((duplicate) => duplicate.at)).toContain('enums.status');
    const sentence = "const title = `Statut : En cours d’enquête`; const other = 'Status: Under investigation';\n";
    expect(labelDuplicatesIn('renderer/planted.tsx', sentence, facts).map((duplicate) => duplicate.what)).toEqual([
      'the label “En cours d’enquête”',
      'the label “Under investigation”',
    ]);
  });

  it('leaves alone a table keyed by values that holds no words (identifiers, icons, codes)', () => {
    const table =
      "const FACT = { referred_for_investigation: 'referredForInvestigationAt', tcc_notified: 'tccNotifiedAt' };\n";
    expect(labelDuplicatesIn('renderer/fine.ts', table, facts)).toEqual([]);
  });

  it('leaves alone a message key that holds a label’s letters, not its words', () => {
    const key = "const because = { reason: 'letters.findingNotSubstantiated' };\n";
    expect(labelDuplicatesIn('shared/fine.ts', key, facts)).toEqual([]);
    const sentence = "const because = 'letters: Substantiated';\n";
    expect(labelDuplicatesIn('shared/planted.ts', sentence, facts)).toHaveLength(1);
  });
});

describe('a French status reads the same everywhere', () => {
  const status = 'under_investigation';
  const label = LABEL_CATALOGUES.fr.caseStatus[status];

  it('is the catalogue’s “Enquête en cours”', () => {
    expect(label).toBe('Enquête en cours');
  });

  it('on the case list and the case view (both show the StatusBadge)', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'fr', fallbackLng: false, interpolation: { escapeValue: false } });
    const badge = createElement(StatusBadge, { status });
    const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n: instance }, badge));
    expect(html).toContain(`>${label}</span>`);
    for (const screen of ['renderer/cases/CasesTable.tsx', 'renderer/case/CaseView.tsx']) {
      expect(readFileSync(join(repoRoot, screen), 'utf8'), screen).toMatch(/<StatusBadge status=/);
    }
  });

  it('in a letter', () => {
    const kind = 'member_state_referral';
    const letter = buildMergeData({
      snapshot: snapshotFor(kind),
      kind,
      language: 'fr',
      letter: letterFor(kind),
      evidence: makeEvidence(),
      clocks: makeClocks(),
    });
    expect((letter.data.case as Record<string, unknown>).status).toBe(label);
  });

  it('on the timeline and in a message', () => {
    expect(timelineWords.status('fr', status)).toBe(`Statut : ${label}`);
    expect(timelineWords.opened('fr', status)).toBe(`Dossier ouvert : ${label}`);
    expect(messageText('fr', 'timeline.status', { status })).toContain(label);
    // The titles read as the core's own timeline titles did before they came from the catalogues.
    expect(timelineWords.incident('fr', 1, 2)).toBe('Incident allégué 1 / 2');
    expect(timelineWords.custody('en', 'E-0001', 'sent_to_lab')).toBe('E-0001 sent to the laboratory');
  });
});

describe('the message catalogue holds no second copy of the labels', () => {
  it('has no `labels.<group>.<value>` keys: a value is worded by labelText or a label formatter only', () => {
    const words = LABEL_CATALOGUES.en.caseStatus.under_investigation;
    expect(messageText('en', 'labels.caseStatus.under_investigation')).not.toBe(words);
    expect(messageText('en', 'timeline.status', { status: 'under_investigation' })).toContain(words);
  });
});
