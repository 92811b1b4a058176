import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { intake, useCaseFiles, victimProfile, type CaseFile } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';
import { cli } from './harness.js';

const caseFile = useCaseFiles();
const env = { CASEFILE_PASSPHRASE: PASSPHRASE };

/** A vault holding one case set up by `setUp`, locked so that the CLI opens it as a user would. */
async function vaultWith(setUp: (cf: CaseFile) => Promise<unknown>): Promise<string> {
  const cf = await caseFile();
  await setUp(cf);
  cf.ws.dispose();
  return cf.dir;
}

describe('casefile check exit status', () => {
  it(`exits ${EXIT.blockingFindings} on a case with a blocking finding, with or without --json`, async () => {
    const dir = await vaultWith(async (cf) => {
      const { id } = await cf.call('cases.create', intake({ category: 'SE', subtype: 'exploitative_relationship' }));
      await cf.call('people.add', { caseId: id, profile: victimProfile('adult') });
      await cf.call('cases.changeStatus', { caseId: id, to: 'under_investigation', reason: 'Credible account' });
      await cf.call('cases.changeStatus', {
        caseId: id,
        to: 'not_substantiated',
        reason: 'Consensual relationship between adults',
        closureGround: 'consensual_between_adults',
      });
      // A victim found to be a child after a closure as consensual: R5 blocks until the case is reopened.
      await cf.call('people.add', { caseId: id, profile: victimProfile('minor') });
    });
    const human = await cli(['--vault', dir, 'check', 'CF-2026-0001'], { env });
    expect(human.stdout).toContain('BLOCKING');
    expect(human.stderr).toBe('');
    expect(human.status).toBe(EXIT.blockingFindings);

    const json = await cli(['--json', '--vault', dir, 'check', 'CF-2026-0001'], { env });
    expect((json.json() as { counts: { block: number } }).counts.block).toBeGreaterThan(0);
    expect(json.status).toBe(EXIT.blockingFindings);
  });

  it('exits 0 on a case without blocking findings', async () => {
    const dir = await vaultWith((cf) => cf.call('cases.create', intake({ category: 'SA', subtype: 'rape' })));
    const run = await cli(['--json', '--vault', dir, 'check', 'CF-2026-0001'], { env });
    expect((run.json() as { counts: { block: number } }).counts.block).toBe(0);
    expect(run.status).toBe(EXIT.ok);
  });
});
