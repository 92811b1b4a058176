import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertCase, insertPerson, migrateTo, tableNames, useMigrationDatabases } from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

function withVictim() {
  const db = freshDatabase();
  migrateTo(db, 17);
  const caseId = insertCase(db);
  const personId = insertPerson(db, caseId, 'V-01', 'victim');
  return { db, caseId, personId };
}

const insertReferral = (db: ReturnType<typeof freshDatabase>) =>
  db.prepare(
    `INSERT INTO assistance_referrals
       (id, case_id, person_id, service, provider, advocate, status, offered_at, referred_at, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, 't', ?, 't', 't')`,
  );

describe('migration 0017 (victim assistance and contacts)', () => {
  it('adds the referrals, their steps and the contacts, linked to the case and the person', () => {
    const { db, caseId, personId } = withVictim();
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['assistance_referrals', 'assistance_steps', 'victim_contacts']),
    );
    const id = randomUUID();
    insertReferral(db).run(id, caseId, personId, 'medical', null, 'offered', null);
    expect(() => insertReferral(db).run(randomUUID(), caseId, randomUUID(), 'medical', null, 'offered', null)).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => insertReferral(db).run(randomUUID(), caseId, personId, 'safety', null, 'offered', null)).toThrow(
      /CHECK/,
    );
  });

  it('keeps a referral made with its provider and date, and the histories append-only', () => {
    const { db, caseId, personId } = withVictim();
    expect(() => insertReferral(db).run(randomUUID(), caseId, personId, 'legal', null, 'in_progress', 't')).toThrow(
      /CHECK/,
    );
    const id = randomUUID();
    insertReferral(db).run(id, caseId, personId, 'legal', 'Centre', 'in_progress', 't');
    const step = db.prepare(
      'INSERT INTO assistance_steps (referral_id, status, at, reason, recorded_at) VALUES (?, ?, ?, ?, ?)',
    );
    step.run(id, 'offered', 't', null, 't');
    expect(() => step.run(id, 'not_completed', 't', null, 't')).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM assistance_steps').run()).toThrow(/append-only/);

    const contact = db.prepare(
      `INSERT INTO victim_contacts (id, case_id, person_id, at, by, channel, language, told, recorded_at)
       VALUES (?, ?, ?, 't', 'Investigator', ?, 'fr', ?, 't')`,
    );
    contact.run(randomUUID(), caseId, personId, 'phone', '["progress"]');
    expect(() => contact.run(randomUUID(), caseId, personId, 'pigeon', '["progress"]')).toThrow(/CHECK/);
    expect(() => contact.run(randomUUID(), caseId, personId, 'phone', '[]')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE victim_contacts SET by = 'x'").run()).toThrow(/append-only/);
  });
});
