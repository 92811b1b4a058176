import { describe, expect, it } from 'vitest';
import { hoursAgo } from '../../clock.js';
import { casefile, today, useTempDirs, utcMinuteFromNow, vaultWith } from '../deadlines/cli-fixture.js';

const tempDir = useTempDirs();

/** The intake of the cases below: received today, an incident ten hours ago. */
const intake = () => ({
  title: 'Allegation at the gate',
  dateReceived: today(),
  reportingChannel: 'hotline' as const,
  entity: 'MINUSCA',
  incidentDates: [{ precision: 'exact' as const, from: utcMinuteFromNow(-10), timeZone: 'UTC' }],
});

/** A case with two camera recordings and one CCTV request that names both (closing their preservation clock). */
async function caseWithCctvRequest(root: string) {
  return vaultWith(root, async (call) => {
    const created = await call('cases.create', intake());
    const recording = (description: string) =>
      call('evidence.create', {
        caseId: created.id,
        type: 'photo_video',
        description,
        markers: ['cctv'],
        identifiedAt: hoursAgo(5),
      });
    const gate = await recording('Camera at the gate');
    const yard = await recording('Camera in the yard');
    await call('investigation.record', {
      caseId: created.id,
      kind: 'cctv_request',
      requestedAt: hoursAgo(2),
      requestedBy: 'Lead investigator',
      evidenceIds: [gate.id, yard.id],
    });
    return created.reference;
  });
}

describe('casefile investigation list writes its lists in the command line’s language', () => {
  it('separates evidence numbers with the Arabic comma in Arabic, a comma in English and French', async () => {
    const setup = await caseWithCctvRequest(tempDir());
    const ref = setup.prepared;
    const arabic = await casefile(setup, ['--ui-lang', 'ar', 'investigation', 'list', '--case', ref]);
    expect(arabic.status).toBe(0);
    expect(arabic.stdout).toContain('الأدلة E-0001، E-0002');
    expect(arabic.stdout).not.toContain('E-0001, E-0002');
    const english = await casefile(setup, ['investigation', 'list', '--case', ref]);
    expect(english.stdout).toContain('E-0001, E-0002');
    const french = await casefile(setup, ['--ui-lang', 'fr', 'investigation', 'list', '--case', ref]);
    expect(french.stdout).toContain('E-0001, E-0002');
  });
});

/** A case with one subject and one action taken about him (repatriated, as the mission decided). */
async function caseWithSubjectAction(root: string) {
  return vaultWith(root, async (call) => {
    const created = await call('cases.create', intake());
    const subject = await call('people.add', {
      caseId: created.id,
      profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'URY' },
    });
    await call('subjectActions.record', {
      personId: subject.id,
      kind: 'repatriation',
      takenAt: hoursAgo(1),
      source: 'mission',
    });
    return created.reference;
  });
}

describe('a listed line is put together in the command line’s language', () => {
  it('investigation list: its parts, the colon and the id word as each language writes them', async () => {
    const setup = await caseWithCctvRequest(tempDir());
    const ref = setup.prepared;
    const run = (...lang: string[]) => casefile(setup, [...lang, 'investigation', 'list', '--case', ref]);
    const [english, french, arabic] = [await run(), await run('--ui-lang', 'fr'), await run('--ui-lang', 'ar')];
    expect(english.stdout).toMatch(/: requested; evidence E-0001, E-0002; closed: .+\. Id: [\w-]+\n?$/);
    expect(french.stdout).toMatch(/ : demandé ; preuves E-0001, E-0002 ; clos : .+\. Id : [\w-]+\n?$/);
    expect(arabic.stdout).toContain('؛ الأدلة E-0001، E-0002؛ أُغلق: ');
    expect(arabic.stdout).toMatch(/\. المعرّف: [\w-]+\n?$/);
    expect(arabic.stdout).not.toMatch(/Id:|; /);
  });

  it('investigation list: a request closing two deadlines of one clock names it once, with how many', async () => {
    const setup = await caseWithCctvRequest(tempDir());
    const ref = setup.prepared;
    const run = (...lang: string[]) => casefile(setup, [...lang, 'investigation', 'list', '--case', ref]);
    const [english, french, arabic] = [await run(), await run('--ui-lang', 'fr'), await run('--ui-lang', 'ar')];
    expect(english.stdout).toMatch(/closed: CCTV preservation request \(2 deadlines\)\. Id: /);
    expect(french.stdout).toMatch(/clos : .+ \(2 délais\)\. Id : /);
    expect(arabic.stdout).toMatch(/أُغلق: .+ \(مهلتان\)\. المعرّف: /);
  });

  it('action list: the colon after the subject’s code and the id word in French and Arabic', async () => {
    const setup = await caseWithSubjectAction(tempDir());
    const ref = setup.prepared;
    const run = (...lang: string[]) => casefile(setup, [...lang, 'action', 'list', '--case', ref]);
    const [english, french, arabic] = [await run(), await run('--ui-lang', 'fr'), await run('--ui-lang', 'ar')];
    expect(english.stdout).toMatch(/ S-01: .+ \(.+\)\. Id: [\w-]+\n?$/);
    expect(french.stdout).toMatch(/ S-01 : .+ \(.+\)\. Id : [\w-]+\n?$/);
    expect(arabic.stdout).toMatch(/ S-01: .+ \(.+\)\. المعرّف: [\w-]+\n?$/);
    expect(arabic.stdout).not.toContain('Id:');
  });
});
