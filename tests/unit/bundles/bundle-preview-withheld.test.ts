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
    // Any column that can name a person, in any conflict: only the marker.
    for (const c of preview.conflicts) {
      for (const column of ['identity', 'file_name', 'recipient_name', 'overrides', 'member_state_contact']) {
        if (column in c.ours) expect(c.ours[column]).toMatchObject({ withheld: true });
      }
    }
    const words = conflictInWords(conflict, 'en').fields.find((field) => field.label === 'Identity')!;
    expect(words.ours).toBe('The identities differ: open the person to compare them');
    expect(conflictInWords(conflict, 'fr').fields.find((field) => field.label === 'Identité')!.ours).toMatch(
      /^Les identités diffèrent/,
    );
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
