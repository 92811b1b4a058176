import type { Handlers } from '../../../shared/contract/index.js';
import type { PersonWithCodes } from '../../../shared/contract/people.js';
import type { CaseRecords } from '../kernel/ports/case-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { CaseFileContext } from '../kernel/context.js';
import { addPerson, revealPersonIdentity, setPersonIdentity, updatePerson } from './person-changes.js';
import { codesOf, peopleListPage, referredIds } from './people-list-page.js';
import { getPersonSummary, listPeopleSummaries } from './person-store.js';

type PeopleMethod =
  | 'people.list'
  | 'people.page'
  | 'people.get'
  | 'people.codes'
  | 'people.add'
  | 'people.update'
  | 'people.setIdentity'
  | 'people.revealIdentity';

export function peopleHandlers(ctx: CaseFileContext): Pick<Handlers, PeopleMethod> {
  return {
    'people.list': ({ caseId }) => ({ items: listPeopleSummaries(ctx.db(), ctx.ports.cases, caseId) }),
    'people.page': (request) => peopleListPage(ctx.db(), ctx.ports.cases, request),
    'people.get': ({ personId }) => personWithCodes(ctx.db(), ctx.ports.cases, personId),
    'people.codes': ({ caseId, personIds }) => ({
      codes: codesOf(ctx.db(), ctx.ports.cases.get(ctx.db(), caseId).id, personIds),
    }),
    'people.add': (input) => addPerson(ctx, input),
    'people.update': (input) => updatePerson(ctx, input),
    'people.setIdentity': (input) => setPersonIdentity(ctx, input),
    'people.revealIdentity': (input) => revealPersonIdentity(ctx, input),
  };
}

/** One person, with the codes of those their profile names (a victim's guardian and alleged subjects). */
function personWithCodes(db: VaultDatabase, cases: CaseRecords, personId: string): PersonWithCodes {
  const person = getPersonSummary(db, cases, personId);
  const codes = codesOf(db, person.caseId, person.profile.role === 'victim' ? referredIds(person.profile) : []);
  return { person, codes };
}
