import { describe, expect, it } from 'vitest';
import { custodyRowsInCodes } from '../../../electron/core/bundles/bundle-custody.js';
import { statusChangeRowsInCodes } from '../../../electron/core/bundles/bundle-status-reasons.js';
import { useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, sendCase, importInto, testKeys } from './bundle-fixture.js';

// Bundles between Casefile versions: a bundle an older Casefile made (its hand-overs worded in English,
// before migration 0030) merges with this vault's coded events instead of conflicting on each of them.
const evidenceFile = useEvidenceFiles();

// The wording an older Casefile recorded its hand-overs with, as shipped (migration 0030).
const SENT = 'Handed over in an encrypted case bundle; every file checked against its SHA-256.';
const RECEIVED = 'Received in an encrypted case bundle; every file checked against its SHA-256.';

interface Holder {
  ef: EvidenceFile;
  name: string;
}

const send = (from: Holder, to: Holder, caseId: string, file: string) =>
  sendCase(from.ef, { from: from.name, to: to.name }, caseId, file);

/** The vault's hand-overs put back in the English wording an older Casefile wrote, codes empty. */
const OLDER_WORDING = `
  DROP TRIGGER custody_events_no_update;
  UPDATE custody_events SET
    purpose = CASE purpose_code WHEN 'bundle_sent' THEN '${SENT}' ELSE '${RECEIVED}' END,
    from_holder = CASE from_role WHEN 'vault' THEN 'Casefile vault ' || from_holder
      WHEN 'unknown_sender' THEN 'unknown sender ' || from_holder
      WHEN 'passphrase_holder' THEN 'the holder of the bundle passphrase' ELSE from_holder END,
    to_holder = CASE to_role WHEN 'vault' THEN 'Casefile vault ' || to_holder
      WHEN 'unknown_sender' THEN 'unknown sender ' || to_holder
      WHEN 'passphrase_holder' THEN 'the holder of the bundle passphrase' ELSE to_holder END,
    purpose_code = NULL, from_role = NULL, to_role = NULL
  WHERE purpose_code IS NOT NULL;
  CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events
  BEGIN SELECT RAISE(ABORT, 'custody events are never changed'); END;`;

describe('a bundle made by an older Casefile', () => {
  it('finds its hand-overs in English wording the same as the coded ones here: no conflict', async () => {
    const [A, B] = [
      { ef: await evidenceFile(), name: 'A' },
      { ef: await evidenceFile(), name: 'B' },
    ];
    const { theCase } = await caseToHandOver(A.ef);
    await importInto(B.ef, testKeys(B.name), { file: await send(A, B, theCase.id, 'first.casefile') });
    // A now holds B's 'received' events (and B its own), in codes.
    await importInto(A.ef, testKeys(A.name), { file: await send(B, A, theCase.id, 'reply.casefile') });
    B.ef.clock.advance(60_000);
    const worded = await B.ef.rawDatabase((db) => {
      db.exec(OLDER_WORDING);
      return db.prepare(`SELECT count(*) FROM custody_events WHERE purpose IN (?, ?)`).pluck().get(SENT, RECEIVED);
    });
    expect(worded).toBeGreaterThan(0);

    const preview = await importInto(A.ef, testKeys(A.name), {
      file: await send(B, A, theCase.id, 'older.casefile'),
      dryRun: true,
    });
    expect(preview.conflicts.filter((conflict) => conflict.table === 'custody_events')).toEqual([]);
    const custody = preview.tables.find((table) => table.table === 'custody_events')!;
    // B's 'received' events, worded in English in this bundle, are the ones A holds in codes.
    expect(custody).toMatchObject({ conflicting: 0, changed: 0, kept: 0 });
    expect(custody.same).toBeGreaterThanOrEqual(2);
  });

  it('reads its custody rows without the code columns as this vault keeps them, in its column order', async () => {
    const ef = await evidenceFile();
    const older = {
      id: 'e1',
      kind: 'handed_over',
      from_holder: 'the holder of the bundle passphrase',
      to_holder: 'this Casefile vault',
      purpose: RECEIVED,
    };
    const examined = { id: 'e2', kind: 'examined', from_holder: null, to_holder: null, purpose: SENT };
    const [handOver, other] = await ef.rawDatabase((db) => custodyRowsInCodes(db, [older, examined]));
    expect(handOver).toEqual({
      ...older,
      purpose: '',
      from_holder: null,
      to_holder: null,
      purpose_code: 'bundle_received',
      from_role: 'passphrase_holder',
      to_role: 'vault',
    });
    // Not a hand-over: a person's words, kept; the code columns it lacks are empty.
    expect(other).toEqual({ ...examined, purpose_code: null, from_role: null, to_role: null });
    expect(Object.keys(handOver!)).toEqual([
      'id',
      'kind',
      'from_holder',
      'to_holder',
      'purpose',
      'purpose_code',
      'from_role',
      'to_role',
    ]);
  });

  it('keeps a reason a person wrote in the shipped English words as written: no conflict on the way back', async () => {
    const [A, B] = [
      { ef: await evidenceFile(), name: 'A' },
      { ef: await evidenceFile(), name: 'B' },
    ];
    const { theCase } = await caseToHandOver(A.ef);
    // The investigator's own words happen to be those the core gives a case it opens.
    await A.ef.call('cases.changeStatus', {
      caseId: theCase.id,
      to: 'under_investigation',
      reason: 'Opened at intake',
    });
    await importInto(B.ef, testKeys(B.name), { file: await send(A, B, theCase.id, 'first.casefile') });
    const typed = await B.ef.rawDatabase((db) =>
      db
        .prepare(`SELECT reason, reason_code FROM case_status_changes WHERE case_id = ? AND position = 2`)
        .get(theCase.id),
    );
    expect(typed).toEqual({ reason: 'Opened at intake', reason_code: null });
    B.ef.clock.advance(60_000);
    const preview = await importInto(A.ef, testKeys(A.name), {
      file: await send(B, A, theCase.id, 'reply.casefile'),
      dryRun: true,
    });
    expect(preview.conflicts.filter((conflict) => conflict.table === 'case_status_changes')).toEqual([]);
    expect(preview.tables.find((table) => table.table === 'case_status_changes')).toMatchObject({
      conflicting: 0,
      changed: 0,
    });
  });

  it('reads status changes without the code column as this vault keeps them, a person’s words as written', async () => {
    const ef = await evidenceFile();
    const opened = { case_id: 'c', position: 1, reason: 'Opened at intake', closure_ground: null };
    const moved = { case_id: 'c', position: 2, reason: 'Credible and specific', closure_ground: null };
    const [first, second] = await ef.rawDatabase((db) => statusChangeRowsInCodes(db, [opened, moved]));
    expect(first).toEqual({ ...opened, reason: null, reason_code: 'opened_at_intake' });
    expect(second).toEqual({ ...moved, reason_code: null });
    expect(Object.keys(first!)).toEqual(['case_id', 'position', 'reason', 'closure_ground', 'reason_code']);
  });
});
