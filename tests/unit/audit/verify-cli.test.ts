import { describe, expect, it } from 'vitest';
import { cli } from '../cli/harness.js';
import { intake, MINUTE, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';
import { EXIT } from '../../../electron/cli/failure.js';

const caseFile = useCaseFiles();
const env = { CASEFILE_PASSPHRASE: PASSPHRASE };

/** Five audit rows, then the workspace is closed so only the CLI (and the tamperer) open the vault. */
async function auditedVault(): Promise<CaseFile> {
  const cf = await caseFile();
  const { id } = await cf.call('cases.create', intake());
  cf.clock.advance(MINUTE);
  await cf.call('cases.update', { caseId: id, changes: { urgent: true } });
  await cf.call('cases.changeStatus', { caseId: id, to: 'under_review', reason: 'Little information yet' });
  await cf.call('cases.create', intake({ title: 'Second' }));
  await cf.call('cases.archive', { caseId: id, archived: true, reason: 'Merged into the second case' });
  cf.ws.dispose();
  return cf;
}

const DROP_GUARDS = `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;`;

describe('casefile verify', () => {
  it('prints OK with the number of rows, and exits 0; --json gives the verification', async () => {
    const cf = await auditedVault();
    const run = await cli(['--vault', cf.dir, 'verify'], { env });
    expect(run).toMatchObject({ status: 0, stdout: 'OK: 5 rows checked\n', stderr: '' });
    const json = await cli(['--vault', cf.dir, '--json', 'verify'], { env });
    expect(json.json()).toEqual({ ok: true, checkedRows: 5, firstBroken: null });
  });

  it('counts one row as "1 row"', async () => {
    const cf = await caseFile();
    await cf.call('cases.create', intake());
    cf.ws.dispose();
    expect((await cli(['--vault', cf.dir, '--json', 'verify'], { env })).json()).toMatchObject({ checkedRows: 1 });
    expect((await cli(['--vault', cf.dir, 'verify'], { env })).stdout).toBe('OK: 1 row checked\n');
  });

  it('catches a row edited directly in the database: names the row, exits non-zero', async () => {
    const cf = await auditedVault();
    await cf.rawDatabase((db) => {
      db.exec(DROP_GUARDS);
      db.prepare(
        `UPDATE audit_log SET details = json_set(details, '$.reason', 'Nothing happened') WHERE seq = 3`,
      ).run();
    });
    const run = await cli(['--vault', cf.dir, 'verify'], { env });
    expect(run.status).toBe(EXIT.vaultDamaged);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'casefile: The audit trail is broken at row 3 (3 rows read). This row was changed after it was written.\n',
    );
    const json = await cli(['--vault', cf.dir, '--json', 'verify'], { env });
    expect(json.status).toBe(EXIT.vaultDamaged);
    expect(json.json()).toEqual({
      error: {
        code: 'VAULT_CORRUPT',
        message: expect.stringMatching(/broken at row 3 \(3 rows read\)\. This row was changed/) as unknown as string,
      },
    });
  });

  it('catches the last row deleted', async () => {
    const cf = await auditedVault();
    await cf.rawDatabase((db) => {
      db.exec(DROP_GUARDS);
      db.prepare(`DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`).run();
    });
    const run = await cli(['--vault', cf.dir, 'verify'], { env });
    expect(run.status).toBe(EXIT.vaultDamaged);
    expect(run.stderr).toBe(
      'casefile: The audit trail is broken at row 5 (4 rows read). The audit trail stops at row 4, but it was ' +
        'written up to row 5: the rows after row 4 are missing.\n',
    );
  });

  it('needs the vault’s secret, like every command that reads it', async () => {
    const cf = await auditedVault();
    const run = await cli(['--vault', cf.dir, 'verify'], { env: { CASEFILE_PASSPHRASE: 'not the passphrase at all' } });
    expect(run.status).toBe(3);
  });
});
