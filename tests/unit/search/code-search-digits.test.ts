import { describe, expect, it } from 'vitest';
import { MINUTE, openCase, START, useCaseFiles, victim } from '../people/people-fixture.js';

const caseFile = useCaseFiles();

describe('a pseudonym code typed on an Arabic or Persian keyboard', () => {
  it('finds the same people as the code typed in 0-9', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    for (let n = 0; n < 12; n += 1) {
      await cf.call('people.add', { caseId, profile: victim() });
      cf.clock.advance(MINUTE);
    }
    const search = async (text: string) =>
      (await cf.call('people.page', { caseId, search: text })).rows.map((row) => row.code);

    expect(await search('١٢')).toEqual(['V-12']);
    expect(await search('V-۱۲')).toEqual(['V-12']);
    expect(await search('v ٠٣')).toEqual(['V-03']);
    expect(await search('٣')).toEqual(await search('3'));
  });
});
