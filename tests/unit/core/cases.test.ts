import { describe, expect, it } from 'vitest';
import { intake, useCaseFiles } from '../cases/case-file-fixture.js';

// The one ordering rule tests/unit/cases/case-list.test.ts does not reach: its cases are opened minutes apart.
const caseFile = useCaseFiles();

describe('cases.list order', () => {
  it('orders cases opened in the same millisecond by reference, newest first', async () => {
    const cf = await caseFile({ startAt: '2026-05-01T10:00:00.000Z' });
    for (const title of ['one', 'two', 'three']) await cf.call('cases.create', intake({ title }));
    const { items } = await cf.call('cases.list', {});
    expect(new Set(items.map((item) => item.updatedAt)).size).toBe(1);
    expect(items.map((item) => item.title)).toEqual(['three', 'two', 'one']);
  });
});
