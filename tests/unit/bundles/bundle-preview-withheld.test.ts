import { describe, expect, it } from 'vitest';
import { conflictSides } from '../../../electron/core/bundles/conflict-sides.js';
import { conflictInWords } from '../../../shared/bundles/record-words.js';
import { useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, sendCase, importInto, SECRET_NAME, testKeys } from './bundle-fixture.js';

// A preview goes to the renderer and to the command line's --json: a conflict on a person must say that
// the identities differ, never carry them (people.revealIdentity is the one audited way to read them).
const evidenceFile = useEvidenceFiles();

const send = (from: EvidenceFile, fromName: string, toName: string, caseId: string, file: string) =>
  sendCase(from, { from: fromName, to: toName }, caseId, file);

describe('a conflict on a person in the preview', () => {
  it('says the identities differ and carries neither name, file name nor recipient', async () => {
    const [a, b] = [await evidenceFile(), await evidenceFile()];
    const { theCase } = await caseToHandOver(a);
    await importInto(b, testKeys('B'), { file: await send(a, 'A', 'B', theCase.id, 'first.casefile') });
    const victimRecord = (await a.call('people.list', { caseId: theCase.id })).items.find((p) => p.code === 'V-01')!;
    const OTHER_NAME = 'Bintou Othername';
    await a.call('people.setIdentity', {
      personId: victimRecord.id,
      identity: { fullName: OTHER_NAME, address: 'Rue 40, Bangui', confidentiality: 'strictly_confidential' },
    });
    b.clock.advance(60_000);
    await b.call('people.setIdentity', {
      personId: victimRecord.id,
      identity: {
        fullName: `${SECRET_NAME} Junior`,
        address: 'Rue 12, Bangui',
        confidentiality: 'strictly_confidential',
      },
    });

    const preview = await importInto(b, testKeys('B'), {
      file: await send(a, 'A', 'B', theCase.id, 'second.casefile'),
      dryRun: true,
      takeTheirs: new Map(),
    });
    const conflict = preview.conflicts.find((c) => c.key === `people:${victimRecord.id}`)!;
    expect(conflict.fields).toContainEqual({ column: 'identity', outcome: 'conflict' });
    expect(conflict.ours.identity).toEqual({ withheld: true, same: false });
    expect(conflict.theirs.identity).toEqual({ withheld: true, same: false });
    const json = JSON.stringify(preview);
    for (const secret of [SECRET_NAME, OTHER_NAME, 'Rue 12', 'Rue 40', 'camera-export.mp4', 'camera-log.txt']) {
      expect(json).not.toContain(secret);
    }
    const words = conflictInWords(conflict, 'en').fields.find((field) => field.label === 'Identity')!;
    expect(words.ours).toBe('The identities differ: open the person to compare them');
    expect(conflictInWords(conflict, 'fr').fields.find((field) => field.label === 'Identité')!.ours).toMatch(
      /^Les identités diffèrent/,
    );
  });

  it('carries no file name, recipient, name given despite the rule or national contact of a conflict', async () => {
    const [a, b] = [await evidenceFile(), await evidenceFile()];
    const { theCase } = await caseToHandOver(a);
    const [mother, father] = (await a.call('people.list', { caseId: theCase.id })).items;
    const [letterId, childId] = ['00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000c001'];
    // A letter and a child as the forms record them (the rows as stored), so the first bundle carries them.
    await a.rawDatabase((db) => {
      const template = { id: 'referral-letter', version: 1 };
      db.prepare(
        `INSERT INTO letter_templates (id, version, kind, origin, source, created_at, author)
         VALUES (?, ?, 'referral', 'shipped', '{}', '2026-05-04T09:00:00.000Z', 'Casefile')`,
      ).run(template.id, template.version);
      db.prepare(
        `INSERT INTO letters (id, case_id, kind, recipient, recipient_name, template_id, template_version, language,
           page_size, author, created_at, disclosures, withheld, overrides)
         VALUES (?, ?, 'referral', 'member_state', 'Recipient First', ?, ?, 'en', 'A4', 'Investigator One',
           '2026-05-04T10:00:00.000Z', '{}', '[]', '[]')`,
      ).run(letterId, theCase.id, template.id, template.version);
      db.prepare(
        `INSERT INTO paternity_children (id, case_id, code, mother_id, subject_id, birth, reported_on, status,
           member_state_contact, support, confidentiality, created_at, updated_at)
         VALUES (?, ?, 'C-01', ?, ?, '{"precision":"unknown"}', '2026-05-01', 'reported', '{"name":"Contact First"}',
           '{}', 'confidential', '2026-05-04T10:00:00.000Z', '2026-05-04T10:00:00.000Z')`,
      ).run(childId, theCase.id, mother!.id, father!.id);
    });
    await importInto(b, testKeys('B'), { file: await send(a, 'A', 'B', theCase.id, 'first.casefile') });
    const rename = (side: string) => (db: Parameters<Parameters<EvidenceFile['rawDatabase']>[0]>[0]) => {
      // A file's name never changes in the app: as a bundle from another version of Casefile might hold it.
      const fixed = db
        .prepare(`SELECT sql FROM sqlite_master WHERE name = 'evidence_contents_hash_fixed'`)
        .pluck()
        .get() as string;
      db.exec(`DROP TRIGGER evidence_contents_hash_fixed`);
      db.prepare(`UPDATE evidence_contents SET file_name = ? WHERE file_name = 'camera-export.mp4'`).run(
        `amina-${side}.mp4`,
      );
      db.exec(fixed);
      db.prepare(`UPDATE letters SET recipient_name = ?, overrides = ? WHERE id = ?`).run(
        `Recipient ${side}`,
        JSON.stringify([{ personId: father!.id, name: `Override ${side}` }]),
        letterId,
      );
      db.prepare(`UPDATE paternity_children SET member_state_contact = ? WHERE id = ?`).run(
        JSON.stringify({ name: `Contact ${side}` }),
        childId,
      );
    };
    await a.rawDatabase(rename('There'));
    await b.rawDatabase(rename('Here'));

    const preview = await importInto(b, testKeys('B'), {
      file: await send(a, 'A', 'B', theCase.id, 'second.casefile'),
      dryRun: true,
    });
    const withheld = { withheld: true, same: false };
    const expected: Record<string, string[]> = {
      evidence_contents: ['file_name'],
      letters: ['recipient_name', 'overrides'],
      paternity_children: ['member_state_contact'],
    };
    for (const [table, columns] of Object.entries(expected)) {
      const conflict = preview.conflicts.find((c) => c.table === table);
      expect(conflict, table).toBeDefined();
      for (const column of columns) {
        expect(conflict!.fields).toContainEqual({ column, outcome: 'conflict' });
        expect(conflict!.ours[column]).toEqual(withheld);
        expect(conflict!.theirs[column]).toEqual(withheld);
      }
    }
    expect(JSON.stringify(preview)).not.toMatch(/amina|Recipient (There|Here)|Override|Contact (There|Here)/);
  });

  it('withholds a part of a structured detail that can name someone, and says whether it differs', async () => {
    const [a, b] = [await evidenceFile(), await evidenceFile()];
    const { theCase } = await caseToHandOver(a);
    await importInto(b, testKeys('B'), { file: await send(a, 'A', 'B', theCase.id, 'first.casefile') });
    const claim = (focalPoint: string, status: 'pending' | 'established') => ({
      paternityClaim: {
        claimed: true as const,
        status,
        dnaPermittedByNationalLaw: 'yes' as const,
        dnaSampleTaken: false,
        nationalFocalPoint: focalPoint,
      },
    });
    await a.call('cases.update', { caseId: theCase.id, changes: claim('Colonel Focalpoint-There', 'established') });
    await b.call('cases.update', { caseId: theCase.id, changes: claim('Major Focalpoint-Here', 'pending') });

    const preview = await importInto(b, testKeys('B'), {
      file: await send(a, 'A', 'B', theCase.id, 'second.casefile'),
      dryRun: true,
    });
    const conflict = preview.conflicts.find((c) => c.table === 'cases')!;
    expect(conflict.fields).toContainEqual({ column: 'paternity_claim', outcome: 'conflict' });
    expect(JSON.stringify(preview)).not.toMatch(/Focalpoint/);
    const lines = (language: 'en' | 'fr') =>
      conflictInWords(conflict, language).fields.filter((f) =>
        f.label.startsWith(language === 'en' ? 'Paternity' : 'Demande'),
      );
    expect(lines('en')).toEqual([
      { label: 'Paternity claim: Status', ours: 'Pending', theirs: 'Paternity established', outcome: 'conflict' },
      {
        label: 'Paternity claim: National focal point',
        ours: 'Not shown (it can name a person)',
        theirs: 'Not shown (it can name a person)',
        outcome: 'conflict',
      },
    ]);
    expect(lines('fr').map((f) => f.label)).toEqual([
      'Demande de paternité : Statut',
      'Demande de paternité : Point focal national',
    ]);
  });

  it('never carries a file name a custody event’s fingerprint checks hold', () => {
    const check = (fileName: string, result: string) => ({
      contentId: '00000000-0000-4000-8000-000000000001',
      fileName,
      sha256: 'a'.repeat(64),
      result,
      checkedAt: '2026-05-04T10:30:00.000Z',
    });
    const row = (fileName: string, result: string) => ({
      id: 'event',
      hash_checks: JSON.stringify([check(fileName, result)]),
    });
    const sides = conflictSides('custody_events', row('amina-here.jpg', 'match'), row('amina-there.jpg', 'failed'));
    expect(JSON.stringify(sides)).not.toMatch(/amina/);
    const line = conflictInWords(
      {
        table: 'custody_events',
        key: 'custody_events:event',
        token: '0'.repeat(64),
        ...sides,
        fields: [{ column: 'hash_checks', outcome: 'conflict' }],
        names: {},
      },
      'en',
    ).fields[0]!;
    expect(line.label).toBe('Fingerprint checks');
    expect(line.ours).toMatch(/File name: Not shown \(it can name a person\).*Result: Matches/);
    expect(line.theirs).toMatch(/Result: Does not match/);
  });
});

// A bundle's rows are read for their envelope only (bundle-read.ts), never against the forms' schemas: a
// signed bundle from another version of Casefile may hold a name where this one expects none.
describe('a structured detail that holds a withheld part, not as this version expects', () => {
  const FOCAL = 'Colonel Focalpoint';
  const sidesOf = (table: string, column: string, ours: unknown, theirs: unknown) =>
    conflictSides(table, { id: 'r', [column]: JSON.stringify(ours) }, { id: 'r', [column]: JSON.stringify(theirs) });
  const claim = { claimed: true, status: 'pending', nationalFocalPoint: 'Major Here' };

  it.each([
    ['a list where an object is expected', [{ nationalFocalPoint: FOCAL }]],
    ['a part it does not name', { ...claim, focalPointName: FOCAL }],
    ['an object where a single value is expected', { ...claim, status: { nationalFocalPoint: FOCAL } }],
    ['a list where a single value is expected', { ...claim, wishesOfMotherOrGuardian: [FOCAL] }],
    ['text where an object is expected', FOCAL],
  ])('withholds %s', (_, theirs) => {
    const sides = sidesOf('cases', 'paternity_claim', claim, theirs);
    expect(JSON.stringify(sides)).not.toContain('Focalpoint');
    expect(JSON.stringify(sides)).not.toContain('Major Here');
    // What is as expected still shows: the claim's status on this side.
    expect(JSON.parse(sides.ours.paternity_claim as string)).toMatchObject({ status: 'pending' });
  });

  it('withholds an unexpected part of a fingerprint check, and checks that are not a list', () => {
    const check = { contentId: 'c', fileName: 'amina.jpg', result: 'match', fileNames: ['amina-copy.jpg'] };
    const list = sidesOf('custody_events', 'hash_checks', [check], { 0: { fileName: 'amina-there.jpg' } });
    expect(JSON.stringify(list)).not.toMatch(/amina/);
    expect(JSON.parse(list.ours.hash_checks as string)).toEqual([
      {
        contentId: 'c',
        fileName: { withheld: true, same: false },
        result: 'match',
        fileNames: { withheld: true, same: false },
      },
    ]);
    expect(list.theirs.hash_checks).toEqual({ withheld: true, same: false });
    const line = conflictInWords(
      {
        table: 'custody_events',
        key: 'custody_events:r',
        token: '0'.repeat(64),
        ...list,
        fields: [{ column: 'hash_checks', outcome: 'conflict' }],
        names: {},
      },
      'en',
    ).fields[0]!;
    expect(line.theirs).toBe('Not shown (it can name a person)');
  });

  it('withholds a team member’s part it does not name in an interview’s arrangements', () => {
    const team = (extra: object) => ({ team: [{ name: 'Investigator One', role: 'lead', ...extra }] });
    const sides = sidesOf('interviews', 'arrangements', team({}), team({ contactOfTheFocalPoint: FOCAL }));
    expect(JSON.stringify(sides)).not.toContain('Focalpoint');
    expect(JSON.parse(sides.theirs.arrangements as string)).toEqual(
      team({ contactOfTheFocalPoint: { withheld: true, same: false } }),
    );
  });
});

describe('a place’s description in a conflict', () => {
  it.each([
    ['cases', 'location', (text: string) => ({ text, confidentiality: 'confidential' })],
    ['evidence_items', 'collected_where', (text: string) => ({ text, confidentiality: 'confidential' })],
    [
      'interviews',
      'arrangements',
      (text: string) => ({ place: { type: 'office', details: { text, confidentiality: 'confidential' } } }),
    ],
  ])('is only said to differ in %s.%s, with where to compare them', (table, column, value) => {
    const sides = conflictSides(
      table,
      { id: 'r', [column]: JSON.stringify(value('Near the water point')) },
      { id: 'r', [column]: JSON.stringify(value('Market of PK5')) },
    );
    expect(JSON.stringify(sides)).not.toMatch(/water point|PK5/);
    const conflict = {
      table,
      key: `${table}:r`,
      token: '0'.repeat(64),
      ...sides,
      fields: [{ column, outcome: 'conflict' as const }],
      names: {},
    };
    for (const [language, words] of [
      ['en', 'Not shown here (sensitive): open the record to compare'],
      ['fr', 'Non affiché ici (sensible) : ouvrez la fiche pour comparer'],
    ] as const) {
      const lines = conflictInWords(conflict, language).fields;
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ ours: words, theirs: words, outcome: 'conflict' });
    }
  });
});
