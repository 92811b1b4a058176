import type { EnglishCatalogue, MessageParams, ParamsOf } from '../i18n/catalogue.js';
import { messages as english } from '../i18n/en/messages.js';
import { findLabel } from '../i18n/labels.js';
import { listText } from '../i18n/list-text.js';

/**
 * A letter template's problems in words: what is wrong (a key of the catalogue's `templateProblems`
 * with its params) and where, worded from the problem's JSON path and offset (`templatePlaces`). The
 * core words them in English for the command line; the template editor in the officer's language.
 */

type ProblemTexts = Omit<EnglishCatalogue['templateProblems'], 'hints'>;
export type TemplateProblemWording = keyof ProblemTexts;
export type TemplateProblemHint = keyof EnglishCatalogue['templateProblems']['hints'];

/** Every wording a problem may have, for the contract's validation. */
export const TEMPLATE_PROBLEM_WORDINGS = Object.keys(english.templateProblems).filter(
  (key): key is TemplateProblemWording => key !== 'hints',
) as [TemplateProblemWording, ...TemplateProblemWording[]];

/**
 * What is wrong, as a catalogue key and its params: template text as written, tags, a recipient; for
 * `notVisibleBecause`, `because` names the hint (`templateProblems.hints.<because>`) worded in its place.
 */
export interface TemplateProblemWords {
  key: TemplateProblemWording;
  params: Record<string, string>;
}

/** The words of one problem; the params are typed by the English sentence. */
export const problemWords = <K extends TemplateProblemWording>(
  key: K,
  params: { [P in keyof ParamsOf<ProblemTexts[K]>]: string },
): TemplateProblemWords => ({ key, params: params as Record<string, string> });

/** The tags of the template language, as a sentence names them. */
export const TAGS = {
  open: '{{',
  close: '}}',
  literal: '{{{{',
  all: '{{path}}, {{#if path}}, {{else}}, {{/if}}, {{#each list}}, {{/each}}',
  else: '{{else}}',
  opener: (block: 'if' | 'each') => `{{#${block}}}`,
  eachAny: '{{#each …}}',
  openerOf: (block: 'if' | 'each', path: string) => `{{#${block} ${path}}}`,
  closer: (block: 'if' | 'each') => `{{/${block}}}`,
  item: (name: string) => `{{.${name}}}`,
} as const;

/** A sentence of the message catalogue in the reader's language. */
export type Say = (key: string, params?: MessageParams) => string;

/** What is wrong, in the reader's language. */
export function templateProblemText(say: Say, words: TemplateProblemWords): string {
  const because = words.params['because'];
  const params =
    because === undefined ? words.params : { ...words.params, because: say(`templateProblems.hints.${because}`) };
  return say(`templateProblems.${words.key}`, params);
}

const SIGNATURE_PARTS: Readonly<Record<string, string>> = {
  name: 'signatureName',
  title: 'signatureTitle',
  place: 'signaturePlace',
  date: 'signatureDate',
};
const BLOCK_KINDS = new Set(Object.keys(english.templatePlaces.blockKinds));
const SIDES: Readonly<Record<string, string>> = {
  'header.left': 'headerLeft',
  'header.right': 'headerRight',
  'footer.left': 'footerLeft',
  'footer.right': 'footerRight',
};

const childOf = (value: unknown, key: string | number): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;

/**
 * Where a problem sits, in the reader's language: "French, block 4 (paragraph), run 2, character 13". Each
 * step of the JSON path the editor knows is worded; a key of the JSON it does not know is given as written
 * (it is what the officer edits in the advanced view). `template` (the source) names each block's kind.
 */
export function templatePlaceText(
  say: Say,
  readerLanguage: string,
  path: readonly (string | number)[],
  offset: number | null,
  template?: unknown,
): string {
  const parts: string[] = [];
  let node: unknown = template;
  let previous: string | number | undefined;
  let blockKind: unknown;
  for (let i = 0; i < path.length; i++) {
    const step = path[i] as string | number;
    const next = path[i + 1];
    node = childOf(node, step);
    if (step === 'languages' && typeof next === 'string') {
      parts.push(findLabel(readerLanguage, 'documentLanguage', next) ?? next);
      node = childOf(node, next);
      i++;
    } else if ((step === 'header' || step === 'footer') && typeof next === 'string' && SIDES[`${step}.${next}`]) {
      parts.push(say(`templatePlaces.${SIDES[`${step}.${next}`]}`));
      i++;
    } else if (typeof step === 'number') {
      const number = step + 1;
      const kind = childOf(node, 'kind');
      if (previous === 'blocks' || previous === 'then' || previous === 'else') {
        blockKind = kind;
        parts.push(
          typeof kind === 'string' && BLOCK_KINDS.has(kind)
            ? say('templatePlaces.blockOfKind', { number, kind: say(`templatePlaces.blockKinds.${kind}`) })
            : say('templatePlaces.block', { number }),
        );
      } else if (previous === 'lines') parts.push(say('templatePlaces.line', { number }));
      else if (previous === 'items') parts.push(say('templatePlaces.item', { number }));
      else if (previous === 'columns' && next === 'header') {
        parts.push(say('templatePlaces.columnHeader', { number }));
        i++;
      } else if (previous === 'rows') parts.push(say('templatePlaces.row', { number }));
      else if (previous === 'cells') parts.push(say('templatePlaces.cell', { number }));
      else if (previous === 'runs') parts.push(say('templatePlaces.run', { number }));
      else parts.push(String(number));
    } else if (step === 'then' || step === 'else') parts.push(say(`templatePlaces.${step}`));
    else if (blockKind === 'signature' && SIGNATURE_PARTS[step])
      parts.push(say(`templatePlaces.${SIGNATURE_PARTS[step]}`));
    else if (step === 'title') parts.push(say('templatePlaces.title'));
    else if (step === 'each' || step === 'when') parts.push(say(`templatePlaces.${step}`));
    else if (step === 'path')
      parts.push(say(blockKind === 'each' ? 'templatePlaces.each' : 'templatePlaces.condition'));
    else if (!['blocks', 'lines', 'items', 'columns', 'rows', 'cells', 'runs', 'text'].includes(step)) {
      parts.push(step);
    }
    previous = step;
  }
  if (offset !== null) parts.push(say('templatePlaces.character', { number: offset + 1 }));
  return listText(readerLanguage, parts, { type: 'unit' });
}
