import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { hoursAgo } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

describe('casefile investigation', () => {
  it('records an examination requested, concludes it, and lists the actions without their free text', async () => {
    const setup = await vaultWithCase(tempDir(), [{ role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' }]);
    const ref = setup.reference;
    const requested = valueOf<{ id: string; status: string; personCode: string }>(
      await casefile(setup, [
        '--json',
        'investigation',
        'record',
        '--case',
        ref,
        '--kind',
        'forensic_medical_exam',
        '--person',
        'V-01',
        '--by',
        'Lead investigator',
        '--description',
        'District hospital, Dr Secret',
        '--requested-at',
        hoursAgo(3),
      ]),
    );
    expect(requested).toMatchObject({ status: 'requested', personCode: 'V-01' });

    const conclude = (outcome: string[]) =>
      casefile(setup, ['investigation', 'conclude', '--case', ref, '--action', requested.id, ...outcome]);
    const noReason = await casefile(setup, [
      '--json',
      'investigation',
      'conclude',
      '--case',
      ref,
      '--action',
      requested.id,
      '--outcome',
      'refused',
    ]);
    expect(noReason.status).not.toBe(EXIT.ok);
    expect(errorOf(noReason).message).toBe('Write why the action was refused or could not be done.');
    const done = await conclude(['--outcome', 'done', '--outcome-at', hoursAgo(1), '--qualified', 'yes']);
    expect(done.status).toBe(EXIT.ok);
    expect(done.stdout).toMatch(/^Concluded in CF-\d{4}-\d{4}: .* Forensic medical examination \(V-01\): done /);

    const list = await casefile(setup, ['investigation', 'list', '--case', ref]);
    expect(list.stdout).toMatch(/Forensic medical examination \(V-01\): done/);
    expect(list.stdout).not.toContain('Secret');
    expect((await casefile(setup, ['investigation', 'record', '--case', ref, '--by', 'X'])).status).toBe(EXIT.usage);
  });
});
