import { describe, expect, it } from 'vitest';
import { parseTemplateText, type TemplateNode } from '../../../shared/documents/template-language.js';
import {
  CLOSURE_KINDS,
  templateLanguages,
  type Template,
  type TemplateBlock,
  type TemplateContent,
  type TemplateKind,
  type TemplateRun,
} from '../../../shared/documents/template.js';
import { SHIPPED_TEMPLATES } from '../../../shared/documents/templates/index.js';

/**
 * A letter is a legal act: each language version of a shipped template fills in the same facts
 * under the same conditions as the English one. Each version is reduced to its skeleton (blocks,
 * `when`/`each` paths, list items and table rows) and, for each piece of text, the merge tags it
 * holds, nested as written; the words themselves, and the order of tags within one sentence
 * (which a language's word order may change), are left out.
 */

/** The merge tags of one piece of text, order-free: `{{x}}`, `if x [then] [else]`, `each x [body]`. */
function tags(nodes: readonly TemplateNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.kind === 'field') out.push(`{{${node.ref.text}}}`);
    if (node.kind === 'if')
      out.push(
        `if ${node.ref.text} [${tags(node.then).join(' ')}]${node.else ? ` else [${tags(node.else).join(' ')}]` : ''}`,
      );
    if (node.kind === 'each') out.push(`each ${node.ref.text} [${tags(node.body).join(' ')}]`);
  }
  return out.sort();
}

const textTags = (...texts: (string | undefined)[]): string =>
  tags(parseTemplateText(texts.filter((text) => text !== undefined).map((text) => ({ text, path: [] }))).nodes).join(
    ' ',
  );
const runTags = (runs: readonly TemplateRun[]): string => textTags(...runs.map((run) => run.text));
const repeat = (element: { each?: string | undefined; when?: string | undefined }): string =>
  `${element.each ? `each ${element.each} ` : ''}${element.when ? `when ${element.when} ` : ''}`;

/** One line per block (and per list item, table row and cell): its place, its kind, and its tags. */
function skeleton(blocks: readonly TemplateBlock[], at: string): [place: string, shape: string][] {
  return blocks.flatMap((block, index): [string, string][] => {
    const here = `${at}.${index}`;
    switch (block.kind) {
      case 'letterhead':
        return [[here, `letterhead ${block.logo ?? 'no logo'}: ${textTags(...block.lines)}`]];
      case 'heading':
        return [[here, `heading ${block.level}: ${runTags(block.runs)}`]];
      case 'paragraph':
        return [[here, `paragraph ${block.align ?? ''}: ${runTags(block.runs)}`]];
      case 'list':
        return [
          [here, `list ${block.ordered ? 'ordered' : 'bullets'} of ${block.items.length}`],
          ...block.items.map((item, i): [string, string] => [
            `${here}.${i}`,
            `${repeat(item)}item: ${runTags(item.runs)}`,
          ]),
        ];
      case 'table':
        return [
          [here, `table of ${block.columns.length} columns: ${textTags(...block.columns.map((c) => c.header))}`],
          ...block.rows.flatMap((row, r): [string, string][] => [
            [`${here}.${r}`, `${repeat(row)}row of ${row.cells.length}`],
            ...row.cells.map((cell, c): [string, string] => [`${here}.${r}.${c}`, `cell: ${runTags(cell)}`]),
          ]),
        ];
      case 'signature':
        return [
          [
            here,
            `signature: ${[block.name, block.title, block.place, block.date].map((t) => textTags(t)).join(' | ')}`,
          ],
        ];
      case 'spacer':
      case 'pageBreak':
        return [[here, block.kind]];
      case 'if':
        return [
          [here, `when ${block.path}${block.else ? ' with else' : ''}`],
          ...skeleton(block.then, `${here}.then`),
          ...skeleton(block.else ?? [], `${here}.else`),
        ];
      case 'each':
        return [[here, `each ${block.path}`], ...skeleton(block.blocks, `${here}.blocks`)];
    }
  });
}

function contentSkeleton(content: TemplateContent): [string, string][] {
  return [
    ['title', textTags(content.title)],
    ['header', textTags(content.header.left, content.header.right)],
    ['footer', textTags(content.footer.left, content.footer.right)],
    ...skeleton(content.blocks, 'blocks'),
  ];
}

/**
 * The differences made on purpose, each with its reason: the closure letters' salutation follows
 * the victim's recorded sex in every other language (closure-letters.ts), where English greets her by name.
 */
const BY_DESIGN: readonly { kinds: readonly TemplateKind[]; place: string; why: string }[] = [
  { kinds: CLOSURE_KINDS, place: 'blocks.5', why: 'the salutation follows the recorded sex' },
];

function differences(template: Template, language: keyof Template['languages']): string[] {
  const english = new Map(contentSkeleton(template.languages.en as TemplateContent));
  const other = new Map(contentSkeleton(template.languages[language] as TemplateContent));
  const places = [...new Set([...english.keys(), ...other.keys()])];
  const allowed = (place: string) =>
    language !== 'en' && BY_DESIGN.some((known) => known.kinds.includes(template.kind) && known.place === place);
  return places
    .filter((place) => english.get(place) !== other.get(place) && !allowed(place))
    .map(
      (place) => `${place}: en «${english.get(place) ?? 'nothing'}» ≠ ${language} «${other.get(place) ?? 'nothing'}»`,
    );
}

describe('every language of a shipped template fills in the same facts as its English version', () => {
  for (const template of SHIPPED_TEMPLATES) {
    for (const language of templateLanguages(template).filter((l) => l !== 'en')) {
      it(`${template.id} in ${language}: the same blocks, conditions, lists and merge fields`, () => {
        expect(differences(template, language)).toEqual([]);
      });
    }
  }

  it('tells a changed merge field, condition or list apart (the check can fail)', () => {
    const template = structuredClone(SHIPPED_TEMPLATES.find((t) => t.id === 'member_state_referral') as Template);
    const french = template.languages.fr as TemplateContent;
    const intro = french.blocks.find((block) => block.kind === 'paragraph') as Extract<
      TemplateBlock,
      { kind: 'paragraph' }
    >;
    intro.runs = [{ text: `${intro.runs.map((run) => run.text).join('')} {{case.mission}}` }];
    const firstIf = french.blocks.find((block) => block.kind === 'if') as Extract<TemplateBlock, { kind: 'if' }>;
    firstIf.path = 'letter.noteNumber';
    expect(differences(template, 'fr')).toHaveLength(2);
  });

  it('lets through only the differences made on purpose, each still present', () => {
    for (const known of BY_DESIGN) {
      for (const kind of known.kinds) {
        const template = SHIPPED_TEMPLATES.find((t) => t.kind === kind) as Template;
        for (const language of templateLanguages(template).filter((l) => l !== 'en')) {
          const english = new Map(contentSkeleton(template.languages.en as TemplateContent));
          const other = new Map(contentSkeleton(template.languages[language] as TemplateContent));
          expect(english.get(known.place), `${kind}.${language}: ${known.why}`).not.toBe(other.get(known.place));
        }
      }
    }
  });
});
