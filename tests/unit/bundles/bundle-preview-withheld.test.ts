import { describe, expect, it } from 'vitest';
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
});
