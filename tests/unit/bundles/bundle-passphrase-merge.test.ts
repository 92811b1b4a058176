import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { newerBase, recordPassphraseBases } from '../../../electron/core/bundles/row-versions.js';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, importInto, sendCase, servicesOf, testKeys } from './bundle-fixture.js';

// A bundle for a passphrase names no one, but is signed: the receiver keeps what it received under the
// sender's signing key, and the sender keeps what it sent under the bundle, for whoever answers saying
// (in their signed audit rows) that they imported it. Changes made on one side only merge without a
// conflict in both directions; a field both changed is still a conflict.
const evidenceFile = useEvidenceFiles();
const PASS = { kind: 'passphrase' as const, passphrase: 'hand-over words for the bundle', logN: 10 };

interface Holder {
  ef: EvidenceFile;
  name: string;
}

async function sendForPassphrase(from: Holder, caseId: string, name: string): Promise<string> {
  const file = path.join(from.ef.work, name);
  const { ctx, vault } = await servicesOf(from.ef);
  try {
    await exportCaseBundle(ctx, testKeys(from.name), {
      caseId,
      destination: file,
      audience: PASS,
      omit: [],
      to: 'the holder of the words',
    });
  } finally {
    vault.close();
  }
  return file;
}

const receive = (to: Holder, file: string) =>
  importInto(to.ef, testKeys(to.name), { file, passphrase: PASS.passphrase });

async function handedOver() {
  const A = { ef: await evidenceFile(), name: 'Passphrase A' };
  const B = { ef: await evidenceFile(), name: 'Passphrase B' };
  const handOver = await caseToHandOver(A.ef);
  await receive(B, await sendForPassphrase(A, handOver.theCase.id, 'first.casefile'));
  return { A, B, ...handOver };
}

const description = async (holder: Holder, itemId: string) =>
  (await holder.ef.call('evidence.get', { itemId })).description;
const storage = async (holder: Holder, itemId: string) =>
  (await holder.ef.call('evidence.get', { itemId })).storageLocation;

describe('hand-overs for a passphrase', () => {
  it('a second one from the same sender takes what only the sender changed and keeps what only we did', async () => {
    const { A, B, theCase, item, copy } = await handedOver();
    await A.ef.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    await B.ef.call('evidence.update', { itemId: copy.id, changes: { storageLocation: 'Safe 2' } });
    const second = await receive(B, await sendForPassphrase(A, theCase.id, 'second.casefile'));
    expect(second.conflicts).toEqual([]);
    expect(second.tables.find((t) => t.table === 'evidence_items')).toMatchObject({ changed: 1, kept: 1 });
    expect(await description(B, item.id)).toBe('CCTV export, camera 2');
    expect(await storage(B, copy.id)).toBe('Safe 2');
  });

  it('an answer to one: the sender takes what only the receiver changed since, without a conflict', async () => {
    const { A, B, theCase, item, copy } = await handedOver();
    await B.ef.call('evidence.update', { itemId: copy.id, changes: { storageLocation: 'Safe 2' } });
    await A.ef.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    const answer = await receive(A, await sendForPassphrase(B, theCase.id, 'answer.casefile'));
    expect(answer.conflicts).toEqual([]);
    expect(answer.tables.find((t) => t.table === 'evidence_items')).toMatchObject({ changed: 1, kept: 1 });
    expect(await storage(A, copy.id)).toBe('Safe 2');
    expect(await description(A, item.id)).toBe('CCTV export, camera 2');
  });

  it('an answer to one: a field both changed is still a conflict, kept as here', async () => {
    const { A, B, theCase, item } = await handedOver();
    await B.ef.call('evidence.update', { itemId: item.id, changes: { description: 'Camera 1, as B sees it' } });
    await A.ef.call('evidence.update', { itemId: item.id, changes: { description: 'Camera 1, as A sees it' } });
    const answer = await receive(A, await sendForPassphrase(B, theCase.id, 'answer.casefile'));
    expect(answer.conflicts.map((c) => c.key)).toEqual([`evidence_items:${item.id}`]);
    expect(answer.conflicts[0]!.fields).toEqual([{ column: 'description', outcome: 'conflict' }]);
    expect(await description(A, item.id)).toBe('Camera 1, as A sees it');
  });

  it('an answer after a direct hand-over and a later one for a passphrase: a value put back here is kept', async () => {
    const A = { ef: await evidenceFile(), name: 'Passphrase A' };
    const B = { ef: await evidenceFile(), name: 'Passphrase B' };
    const { theCase, item } = await caseToHandOver(A.ef);
    const first = await description(A, item.id);
    // First to B's key (the version both hold, directly), then a newer one for a passphrase B imports.
    await importInto(B.ef, testKeys(B.name), {
      file: await sendCase(A.ef, { from: A.name, to: B.name }, theCase.id, 'direct.casefile'),
    });
    A.ef.clock.advance(60_000);
    await A.ef.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    await receive(B, await sendForPassphrase(A, theCase.id, 'words.casefile'));
    // A puts the first description back; B changes nothing and answers.
    A.ef.clock.advance(60_000);
    await A.ef.call('evidence.update', { itemId: item.id, changes: { description: first } });
    const answer = await receive(A, await sendForPassphrase(B, theCase.id, 'answer.casefile'));
    // Against the passphrase bundle's version (the newer common one), only A changed it since: kept, no conflict.
    expect(answer.conflicts).toEqual([]);
    expect(answer.tables.find((t) => t.table === 'evidence_items')).toMatchObject({ changed: 0, kept: 1 });
    expect(await description(A, item.id)).toBe(first);
  });

  it('merges against the newer of the direct and the passphrase bundle’s version, the direct one when untimed', () => {
    const version = (sha: string, at: string | null) => ({ sha256: sha.repeat(64), fields: null, at });
    const [older, newer] = [version('a', '2026-05-01T08:00:00.000Z'), version('b', '2026-05-02T08:00:00.000Z')];
    expect(newerBase(older, newer)).toBe(newer);
    expect(newerBase(newer, older)).toBe(newer);
    const untimed = version('c', null);
    expect(newerBase(untimed, newer)).toBe(untimed);
    expect(newerBase(undefined, older)).toBe(older);
    expect(newerBase(older, undefined)).toBe(older);
  });

  it('keeps the versions of the last eight passphrase bundles of a case, and forgets older ones', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    const base = { table: 'cases', key: theCase.id, sha256: 'a'.repeat(64), fields: {} };
    const kept = await ef.rawDatabase((db) => {
      for (let day = 10; day < 20; day += 1) {
        const bundle = { at: `2026-05-${day}T08:00:00.000Z`, manifestSha256: String(day % 10).repeat(64) };
        db.transaction(() => recordPassphraseBases(db, theCase.id, bundle, [base]))();
      }
      return db.prepare(`SELECT peer FROM bundle_row_bases WHERE case_id = ? ORDER BY peer`).pluck().all(theCase.id);
    });
    expect(kept).toHaveLength(8);
    expect(kept[0]).toBe(`passphrase:2026-05-12T08:00:00.000Z:${'2'.repeat(64)}`);
    expect(kept.at(-1)).toBe(`passphrase:2026-05-19T08:00:00.000Z:${'9'.repeat(64)}`);
  });
});
