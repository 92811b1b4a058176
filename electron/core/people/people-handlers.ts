import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { addPerson, revealPersonIdentity, setPersonIdentity, updatePerson } from './person-changes.js';
import { peopleListPage } from './people-list-page.js';
import { listPeopleSummaries } from './person-store.js';

type PeopleMethod =
  'people.list' | 'people.page' | 'people.add' | 'people.update' | 'people.setIdentity' | 'people.revealIdentity';

export function peopleHandlers(ctx: CaseFileContext): Pick<Handlers, PeopleMethod> {
  return {
    'people.list': ({ caseId }) => ({ items: listPeopleSummaries(ctx.db(), ctx.ports.cases, caseId) }),
    'people.page': (request) => peopleListPage(ctx.db(), ctx.ports.cases, request),
    'people.add': (input) => addPerson(ctx, input),
    'people.update': (input) => updatePerson(ctx, input),
    'people.setIdentity': (input) => setPersonIdentity(ctx, input),
    'people.revealIdentity': (input) => revealPersonIdentity(ctx, input),
  };
}
