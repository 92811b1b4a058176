import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useVaultsBefore } from './vault-before.js';

const { vaultBefore, migrateThrough } = useVaultsBefore();

// The words the hand-overs of a case bundle were recorded with before migration 0030, as shipped.
const SENT = 'Handed over in an encrypted case bundle; every file checked against its SHA-256.';
const RECEIVED = 'Received in an encrypted case bundle; every file checked against its SHA-256.';

describe('migration 0030: the hand-overs of case bundles keep codes, not English words', () => {
  it('rewrites the shipped wording to codes, leaves what a person wrote, and custody stays unchangeable', () => {
    const db = vaultBefore(30);
    db.pragma('foreign_keys = OFF'); // the events alone: their item does not matter to this rewrite
    const insert = db.prepare(
      `INSERT INTO custody_events (id, item_id, sequence, kind, at, from_holder, to_holder, persons, purpose,
         hash_checks, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, '2026-03-01T10:00:00.000Z', ?, ?, '[]', ?, '[]', '2026-03-01T10:00:00.000Z', 'someone')`,
    );
    const item = randomUUID();
    const events = [
      ['handed_over', 'Casefile vault 87e2 1073 4c5a b748', 'Legal Officer', SENT],
      ['handed_over', 'the holder of the bundle passphrase', 'this Casefile vault', RECEIVED],
      ['handed_over', 'unknown sender 11aa 22bb', 'Casefile vault 33cc 44dd', RECEIVED],
      ['handed_over', 'this vault', 'Casefile vault 55ee', RECEIVED],
      // Written by a person: the same words in another kind of event, and a hand-over of their own.
      ['examined', null, null, SENT],
      ['handed_over', 'Casefile vault room', 'Officer B', 'Moved to the safe'],
    ] as const;
    const ids = events.map(([kind, from, to, purpose], index) => {
      const id = randomUUID();
      insert.run(id, item, index + 1, kind, from, to, purpose);
      return id;
    });
    db.pragma('foreign_keys = ON');

    migrateThrough(db);
    const rows = ids.map((id) =>
      db
        .prepare(
          `SELECT purpose, purpose_code, from_holder, from_role, to_holder, to_role FROM custody_events WHERE id = ?`,
        )
        .get(id),
    );
    expect(rows).toEqual([
      {
        purpose: '',
        purpose_code: 'bundle_sent',
        from_holder: '87e2 1073 4c5a b748',
        from_role: 'vault',
        to_holder: 'Legal Officer',
        to_role: null,
      },
      {
        purpose: '',
        purpose_code: 'bundle_received',
        from_holder: null,
        from_role: 'passphrase_holder',
        to_holder: null,
        to_role: 'vault',
      },
      {
        purpose: '',
        purpose_code: 'bundle_received',
        from_holder: '11aa 22bb',
        from_role: 'unknown_sender',
        to_holder: '33cc 44dd',
        to_role: 'vault',
      },
      {
        purpose: '',
        purpose_code: 'bundle_received',
        from_holder: null,
        from_role: 'vault',
        to_holder: '55ee',
        to_role: 'vault',
      },
      { purpose: SENT, purpose_code: null, from_holder: null, from_role: null, to_holder: null, to_role: null },
      {
        purpose: 'Moved to the safe',
        purpose_code: null,
        from_holder: 'Casefile vault room',
        from_role: null,
        to_holder: 'Officer B',
        to_role: null,
      },
    ]);
    // The rewrite lifted the guard for itself only: an event is never changed afterwards.
    expect(() => db.prepare(`UPDATE custody_events SET purpose = 'changed' WHERE id = ?`).run(ids[0])).toThrow(
      /custody events are never changed/,
    );
  });
});
