import type { Handlers } from '../../../shared/contract/index.js';
import { mergeFieldsFor } from '../../../shared/documents/merge-fields.js';
import type { CaseFileContext } from '../kernel/context.js';
import { applicableLettersFor, letterApplicableTo } from './letter-applicable.js';
import { composeLetter } from './letter-compose.js';
import { exportLetter, startLetterBatch } from './letter-export.js';
import { generateLetter } from './letter-generate.js';
import { letterListPage } from './letter-list-page.js';
import { closureStatus, getLetter, listLetters, recordDelivery } from './letter-register.js';
import { recordVictimClosure, victimClosuresOf } from './victim-closures.js';
import {
  listTemplateSummaries,
  resetTemplate,
  saveTemplate,
  summaryOf,
  templateAt,
  templateProblems,
  templateVersions,
} from './template-store.js';

type LetterMethod = Extract<keyof Handlers, `letters.${string}`>;

export function letterHandlers(ctx: CaseFileContext): Pick<Handlers, LetterMethod> {
  return {
    'letters.templates': () => ({ templates: listTemplateSummaries(ctx.db()) }),
    'letters.template': (input) => {
      const db = ctx.db();
      const current = templateAt(db, input.id);
      const asked = input.version === undefined ? current : templateAt(db, input.id, input.version);
      return {
        summary: summaryOf(current),
        version: asked.version,
        source: asked.template,
        versions: templateVersions(db, input.id),
      };
    },
    'letters.validateTemplate': (input) => ({ problems: templateProblems(input.source).problems }),
    'letters.saveTemplate': (input) => saveTemplate(ctx, input),
    'letters.resetTemplate': (input) => resetTemplate(ctx, input),
    'letters.mergeFields': (input) => ({ fields: mergeFieldsFor(input.recipient, input.locale) }),
    'letters.applicable': (input) => ({
      letters: applicableLettersFor(ctx.ports, ctx.db(), { caseId: input.caseId, language: input.locale }, ctx.now()),
    }),
    'letters.applicableTo': ({ locale, ...asked }) =>
      letterApplicableTo(ctx.ports, ctx.db(), { ...asked, language: locale }, ctx.now()),
    'letters.preview': (input) => {
      const { source, ...request } = input;
      const { stored, built, model, warnings } = composeLetter(ctx.ports, ctx.db(), request, ctx.now(), source);
      return {
        templateVersion: stored.version,
        model,
        disclosures: built.disclosures.map((d) => ({
          personId: d.personId,
          code: d.code,
          fields: [...d.fields],
          basis: d.basis,
          ...(d.overrideReason !== undefined ? { overrideReason: d.overrideReason } : {}),
        })),
        withheld: built.withheld,
        warnings,
      };
    },
    'letters.generate': (input) => generateLetter(ctx, input),
    'letters.list': (input) => ({ letters: listLetters(ctx.ports.cases, ctx.db(), input.caseId) }),
    'letters.page': (input) => letterListPage(ctx.db(), ctx.ports.cases, input),
    'letters.get': (input) => getLetter(ctx.db(), input.letterId),
    'letters.export': (input) => exportLetter(ctx, input),
    'letters.exportBatch': (input) => startLetterBatch(ctx, input),
    'letters.recordDelivery': (input) => recordDelivery(ctx, input),
    'letters.closureStatus': (input) => closureStatus(ctx.ports.cases, ctx.db(), input.caseId),
    'letters.victimClosures': (input) => {
      const db = ctx.db();
      return { closures: victimClosuresOf(db, ctx.ports.cases.find(db, input.caseId).id) };
    },
    'letters.recordVictimClosure': (input) => recordVictimClosure(ctx, input),
  };
}
