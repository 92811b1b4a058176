import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { cli, makeVault, PASSPHRASE, useTempDirs, writeText } from './harness.js';

// `casefile call METHOD --input FILE` checks the input before the unlock, in its own words: for a
// method that carries secrets (vault.unlock, vault.create, vault.changePassphrase) no value and no
// unknown key is ever named: a key typed as the passphrase must not be printed.

const tempDir = useTempDirs();
const SECRET = 'amber tractor ledger violin';

describe('casefile call with a refused input', () => {
  it('never prints a secret typed as a key name or in the wrong field', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const inputs = [
      { method: 'passphrase', passphrase: PASSPHRASE, [SECRET]: true },
      { method: 'passphrase', passphrase: [SECRET] },
      { method: SECRET, passphrase: 'x' },
      { current: { value: SECRET }, next: SECRET, extra: SECRET },
    ];
    for (const [index, input] of inputs.entries()) {
      const file = writeText(dir, `input-${index}.json`, JSON.stringify(input));
      const method = 'current' in input ? 'vault.changePassphrase' : 'vault.unlock';
      for (const json of [false, true]) {
        const run = await cli(['--vault', dir, ...(json ? ['--json'] : []), 'call', method, '--input', file], {
          env: { CASEFILE_PASSPHRASE: PASSPHRASE },
        });
        expect(run.status, `${method} ${index}`).toBe(EXIT.usage);
        expect(`${run.stdout}${run.stderr}`, `${method} ${index}`).not.toContain('amber');
      }
    }
    const named = await cli([
      '--vault',
      dir,
      'call',
      'vault.unlock',
      '--input',
      writeText(dir, 'keyed.json', JSON.stringify(inputs[0])),
    ]);
    expect(named.stderr).toBe(
      'casefile: Invalid input for vault.unlock: the input: Something was given that is not asked for here.\n',
    );
  });
});
