import { describe, expect, it } from 'vitest';
import { hoursAgo } from '../../clock.js';
import { casefile, today, useTempDirs, utcMinuteFromNow, vaultWith } from '../deadlines/cli-fixture.js';

const tempDir = useTempDirs();

/** A case with two camera recordings and one CCTV request that names both (closing their preservation clock). */
async function caseWithCctvRequest(root: string) {
  return vaultWith(root, async (call) => {
    const created = await call('cases.create', {
      title: 'Allegation at the gate',
      dateReceived: today(),
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      incidentDates: [{ precision: 'exact', from: utcMinuteFromNow(-10), timeZone: 'UTC' }],
    });
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
