import { describe, expect, it } from 'vitest';
import { DocumentModel, documentBodyLines } from '../../../shared/documents/document-model.js';
import { buildMergeData } from '../../../shared/documents/merge-data.js';
import { mergeTemplate } from '../../../shared/documents/merge.js';
import { DISCIPLINARY_SHARING_PURPOSE } from '../../../shared/domain/consent.js';
import { CLOSURE_KINDS, Template, TEMPLATE_KINDS, templateLanguages } from '../../../shared/documents/template.js';
import { SHIPPED_TEMPLATES, shippedTemplate } from '../../../shared/documents/templates/index.js';
import { validateTemplate } from '../../../shared/documents/validator.js';
import { consent, letterFor, makeClocks, makeEvidence, NAMES, snapshotFor } from './fixtures.js';

describe('shipped templates', () => {
  it('cover every kind of letter once', () => {
    expect(SHIPPED_TEMPLATES.map((template) => template.kind).sort()).toEqual([...TEMPLATE_KINDS].sort());
    for (const template of SHIPPED_TEMPLATES) expect(shippedTemplate(template.id)).toBe(template);
  });

  it('are each in English, French and Arabic, the languages letters need (domain.md §4)', () => {
    for (const template of SHIPPED_TEMPLATES) {
      expect(templateLanguages(template), template.id).toEqual(expect.arrayContaining(['en', 'fr', 'ar']));
    }
  });

  it('pass the schema and the validator in every language', () => {
    for (const template of SHIPPED_TEMPLATES) {
      expect(Template.safeParse(template).success).toBe(true);
      expect(validateTemplate(template), template.id).toEqual([]);
    }
  });

  it('merge for the sample case in every language into a complete document model', () => {
    for (const template of SHIPPED_TEMPLATES) {
      for (const language of templateLanguages(template)) {
        const built = buildMergeData({
          snapshot: snapshotFor(template.kind, {
            consents: [consent('v1', 'sharing_with_national_authorities'), consent('v1', DISCIPLINARY_SHARING_PURPOSE)],
          }),
          kind: template.kind,
          language,
          letter: letterFor(template.kind),
          evidence: makeEvidence(),
          clocks: makeClocks(),
        });
        const model = mergeTemplate(template, language, built.data);
        const label = `${template.id}.${language}`;
        expect(DocumentModel.safeParse(model).success, label).toBe(true);
        expect(model.direction, label).toBe(language === 'ar' ? 'rtl' : 'ltr');
        expect(model.footer.right, label).toMatch(/\{page\}.*\{pages\}/);
        expect(model.header.left, label).toContain('CF-2026-0042');
        expect(model.confidentialityMarking, label).not.toBe('');
        const lines = documentBodyLines(model);
        const body = lines.join('\n');
        expect(body, label).toContain('CF-2026-0042');
        expect(body, label).not.toContain('{{');
        expect(body, label).not.toContain('}}');
        expect(
          lines.filter((line) => line.trim() === ''),
          label,
        ).toEqual([]);
        expect(model.blocks[0]?.kind, label).toBe('letterhead');
        expect(
          model.blocks.some((block) => block.kind === 'signature'),
          label,
        ).toBe(true);
        expect(body, label).toContain('Claire Signatory');
        if (CLOSURE_KINDS.includes(template.kind)) {
          expect(body, label).toContain(NAMES.v2);
          expect(body, label).toContain('+236 72 00 00 01');
        } else {
          expect(body, label).toContain(NAMES.s1);
          expect(body, label).toContain(NAMES.v1);
          expect(body, label).not.toContain(NAMES.v2);
        }
      }
    }
  });

  it('never say a victim was not believed, and say assistance continues, in every closure letter', () => {
    const notBelieved = { en: /you were not believed/, fr: /votre parole a été mise en doute/, ar: /لم نصدقكم/ };
    const continues = {
      en: 'does not depend on the outcome',
      fr: 'ne dépend pas du résultat',
      ar: 'لا تتوقف المساعدة المعروضة عليكم على نتيجة التحقيق',
    };
    for (const kind of CLOSURE_KINDS) {
      const template = shippedTemplate(kind) as Template;
      for (const language of ['en', 'fr', 'ar'] as const) {
        const built = buildMergeData({ snapshot: snapshotFor(kind), kind, language, letter: letterFor(kind) });
        const body = documentBodyLines(mergeTemplate(template, language, built.data)).join('\n');
        expect(body).toContain(continues[language]);
        // Only ever in the negative: "this does not mean that you were not believed".
        for (const line of body.split('\n').filter((text) => notBelieved[language].test(text))) {
          expect(line).toMatch(
            language === 'en' ? /does not mean/ : language === 'fr' ? /ne veut pas dire/ : /لا يعني/,
          );
        }
        if (kind !== 'closure_substantiated') expect(body).toMatch(notBelieved[language]);
      }
    }
  });

  it('are reached by their kinds’ own recipients', () => {
    for (const template of SHIPPED_TEMPLATES) expect(template.recipient).toBe(Template.parse(template).recipient);
  });
});
