import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { listOfCase } from '../kernel/ports/case-lists.js';
import {
  amendInterview,
  cancelInterview,
  markInterviewConducted,
  planInterview,
  signInterview,
  updateInterview,
} from './interview-changes.js';
import { interviewListPage } from './interview-list-page.js';
import { saveInterviewNotes } from './interview-notes.js';
import { intervieweeCodesOf, interviewRecord, listInterviewSummaries } from './interview-store.js';

type InterviewMethod =
  | 'interviews.list'
  | 'interviews.page'
  | 'interviews.codes'
  | 'interviews.get'
  | 'interviews.plan'
  | 'interviews.update'
  | 'interviews.saveNotes'
  | 'interviews.markConducted'
  | 'interviews.cancel'
  | 'interviews.sign'
  | 'interviews.amend';

export function interviewHandlers(ctx: CaseFileContext): Pick<Handlers, InterviewMethod> {
  return {
    'interviews.list': (input) => ({ items: listOfCase(ctx, input, listInterviewSummaries) }),
    'interviews.page': (request) => interviewListPage(ctx.db(), ctx.ports.cases, request),
    'interviews.codes': ({ caseId, interviewIds }) => ({
      codes: intervieweeCodesOf(ctx.db(), ctx.ports.cases.get(ctx.db(), caseId).id, interviewIds),
    }),
    'interviews.get': ({ interviewId }) => interviewRecord(ctx.db(), interviewId),
    'interviews.plan': (input) => planInterview(ctx, input),
    'interviews.update': (input) => updateInterview(ctx, input),
    'interviews.saveNotes': (input) => saveInterviewNotes(ctx, input),
    'interviews.markConducted': (input) => markInterviewConducted(ctx, input),
    'interviews.cancel': (input) => cancelInterview(ctx, input),
    'interviews.sign': (input) => signInterview(ctx, input),
    'interviews.amend': (input) => amendInterview(ctx, input),
  };
}
