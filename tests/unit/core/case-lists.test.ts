import { describe, expect, it } from 'vitest';
import { CasefileError } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../../../electron/core/kernel/context.js';
import { listOfCase } from '../../../electron/core/kernel/ports/case-lists.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';

// One case (found by id or reference) with one person; anything else is not found, as the real ports answer.
const db = {} as VaultDatabase;
const ctx = {
  db: () => db,
  ports: {
    cases: {
      find: (_db: VaultDatabase, caseIdOrReference: string) => {
        if (caseIdOrReference !== 'case-1' && caseIdOrReference !== 'CF-2026-0001') {
          throw new CasefileError('NOT_FOUND', 'cases.notFound');
        }
        return { id: 'case-1', reference: 'CF-2026-0001', dateReceived: '2026-01-05' };
      },
    },
    people: {
      inCase: (_db: VaultDatabase, caseId: string, personId: string) => {
        if (caseId !== 'case-1' || personId !== 'person-1') throw new CasefileError('NOT_FOUND', 'people.notFound');
        return { id: personId, caseId, code: 'V-01', role: 'victim' as const };
      },
    },
  },
} as unknown as Pick<CaseFileContext, 'db' | 'ports'>;

const asked: unknown[][] = [];
const list = (given: VaultDatabase, caseId: string, personId?: string): string[] => {
  asked.push([given === db, caseId, personId]);
  return [`${caseId}/${personId ?? '*'}`];
};

describe('listOfCase', () => {
  it('lists the case found by reference by its id, for every person or the one asked for', () => {
    expect(listOfCase(ctx, { caseId: 'CF-2026-0001' }, list)).toEqual(['case-1/*']);
    expect(listOfCase(ctx, { caseId: 'case-1', personId: 'person-1' }, list)).toEqual(['case-1/person-1']);
    expect(asked).toEqual([
      [true, 'case-1', undefined],
      [true, 'case-1', 'person-1'],
    ]);
  });

  it('refuses a case it does not know and a person of another case before listing anything', () => {
    asked.length = 0;
    expect(() => listOfCase(ctx, { caseId: 'CF-2026-0099' }, list)).toThrow(CasefileError);
    expect(() => listOfCase(ctx, { caseId: 'case-1', personId: 'person-2' }, list)).toThrow(CasefileError);
    expect(asked).toEqual([]);
  });
});
