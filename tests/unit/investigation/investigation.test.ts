import { describe, expect, it } from 'vitest';
import { byClock, deadlinesOf, intake, useCaseFiles, type CaseFile } from '../deadlines/deadlines-fixture.js';

const open = useCaseFiles();
const START = '2026-03-10T09:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(START) + minutes * 60_000).toISOString();

/** A case whose incident was last night: the forensic, PEP and contraception windows are open. */
async function recentCase(file: CaseFile) {
  const record = await file.call(
    'cases.create',
    intake({
      dateReceived: '2026-03-10',
      incidentDates: [{ precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' }],
    }),
  );
  const victim = await file.call('people.add', {
    caseId: record.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });
  const subject = await file.call('people.add', {
    caseId: record.id,
    profile: { role: 'subject', personnelCategory: 'military_mc', nationality: 'XYZ' },
  });
  return { caseId: record.id, victimId: victim.id, subjectId: subject.id };
}

const auditOf = async (file: CaseFile, caseId: string) =>
  (await file.call('audit.list', { caseId, limit: 1000 })).items.reverse();

describe('investigative actions', () => {
  it('records an examination requested, then done by a qualified provider; the trail keeps no free text', async () => {
    const file = await open({ startAt: START });
    const { caseId, victimId } = await recentCase(file);
    const requested = await file.call('investigation.record', {
      caseId,
      kind: 'forensic_medical_exam',
      personId: victimId,
      description: 'Examination at the district hospital, Dr Secret',
      requestedAt: at(-30),
      requestedBy: 'Lead investigator',
    });
    expect(requested).toMatchObject({ status: 'requested', personCode: 'V-01', closedDeadlines: [] });
    expect(requested.outcome).toBeUndefined();

    file.clock.advance(60_000);
    const done = await file.call('investigation.conclude', {
      actionId: requested.id,
      outcome: { status: 'done', at: at(0), result: 'Injuries documented', providerQualified: true },
    });
    expect(done).toMatchObject({
      status: 'done',
      outcome: { status: 'done', at: at(0), result: 'Injuries documented', providerQualified: true },
      closedDeadlines: ['Forensic medical examination'],
    });
    expect((await file.call('investigation.list', { caseId })).items).toEqual([done]);

    const trail = await auditOf(file, caseId);
    const actions = trail.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['investigation.record', 'investigation.conclude']));
    const concluded = trail.find((row) => row.action === 'investigation.conclude');
    expect(concluded?.details).toMatchObject({ kind: 'forensic_medical_exam', status: 'done', person: 'V-01' });
    expect(JSON.stringify(trail)).not.toMatch(/Secret|Injuries/);
  });

  it('closes the forensic deadline when the examination is refused, with the action as the reason', async () => {
    const file = await open({ startAt: START });
    const { caseId, victimId } = await recentCase(file);
    const forensic = byClock(await deadlinesOf(file, caseId), 'forensic_exam');
    const refused = await file.call('investigation.record', {
      caseId,
      kind: 'forensic_medical_exam',
      personId: victimId,
      requestedAt: at(-60),
      requestedBy: 'Lead investigator',
      outcome: { status: 'refused', at: at(-30), reason: 'V-01 declined; treatment offered' },
    });
    expect(refused.closedDeadlines).toEqual(['Forensic medical examination']);
    const closed = byClock(await deadlinesOf(file, caseId, true), 'forensic_exam');
    expect(closed).toMatchObject({
      id: forensic.id,
      state: 'closed',
      closedAt: at(-30),
      closedAction: 'Investigative action recorded: Forensic medical examination (Refused)',
    });
    // Treatment clocks are not the examination's: they stay open.
    expect(byClock(await deadlinesOf(file, caseId), 'hiv_pep').state).not.toBe('closed');
    const closing = (await auditOf(file, caseId)).find((row) => row.action === 'deadline.close');
    expect(closing?.details).toMatchObject({ answeredBy: { kind: 'investigative_action', id: refused.id } });
  });

  it('closes the CCTV request clock of the linked item when the request is sent', async () => {
    const file = await open({ startAt: START });
    const { caseId } = await recentCase(file);
    const camera = await file.call('evidence.create', {
      caseId,
      type: 'photo_video',
      description: 'Camera at the gate',
      markers: ['cctv'],
      identifiedAt: at(-120),
    });
    expect(byClock(await deadlinesOf(file, caseId), 'cctv_request').state).not.toBe('closed');
    const request = await file.call('investigation.record', {
      caseId,
      kind: 'cctv_request',
      requestedAt: at(-10),
      requestedBy: 'Lead investigator',
      evidenceIds: [camera.id],
    });
    expect(request).toMatchObject({ evidenceNumbers: [camera.number], closedDeadlines: ['CCTV preservation request'] });
    expect(byClock(await deadlinesOf(file, caseId, true), 'cctv_request')).toMatchObject({ closedAt: at(-10) });
    // The overwriting clock waits for the copy, not for the request.
    expect(byClock(await deadlinesOf(file, caseId), 'cctv_overwrite').closedAt).toBeNull();
  });

  it('appears on the chronology, requested and concluded, with its evidence as source', async () => {
    const file = await open({ startAt: START });
    const { caseId, victimId } = await recentCase(file);
    const action = await file.call('investigation.record', {
      caseId,
      kind: 'forensic_medical_exam',
      personId: victimId,
      requestedAt: at(-60),
      requestedBy: 'Lead investigator',
      outcome: { status: 'done', at: at(-20), providerQualified: true },
    });
    const { dated } = await file.call('timeline.list', { caseId, locale: 'fr' });
    const mine = dated.filter((event) => event.derivedFrom?.kind === 'investigative_action');
    expect(mine.map((event) => [event.id, event.kind, event.title])).toEqual([
      [`inv:${action.id}:requested`, 'investigative_action', 'Examen médico-légal (V-01) : Demandé'],
      [`inv:${action.id}:concluded`, 'investigative_action', 'Examen médico-légal (V-01) : Effectué'],
    ]);
  });

  it('refuses what cannot be: a missing or wrong person, a foreign item, a refusal without reason, twice', async () => {
    const file = await open({ startAt: START });
    const { caseId, victimId, subjectId } = await recentCase(file);
    const base = { caseId, requestedAt: at(-60), requestedBy: 'Lead investigator' };
    const noPerson = await file.refusal('investigation.record', { ...base, kind: 'forensic_medical_exam' });
    expect(noPerson).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Choose the person') });
    const wrongRole = await file.refusal('investigation.record', {
      ...base,
      kind: 'reputation_restoration',
      personId: victimId,
    });
    expect(wrongRole.message).toContain('recorded as Subject');
    const foreign = await file.refusal('investigation.record', { ...base, kind: 'site_visit', evidenceIds: ['nope'] });
    expect(foreign.message).toBe("A linked evidence item is not one of this case's.");
    const future = await file.refusal('investigation.record', { ...base, kind: 'site_visit', requestedAt: at(5) });
    expect(future.message).toMatch(/future/);
    const noReason = await file.refusal('investigation.record', {
      ...base,
      kind: 'subject_reference_sample',
      personId: subjectId,
      outcome: { status: 'refused', at: at(-1) },
    });
    expect(noReason.message).toBe('Write why the action was refused or could not be done.');
    const visit = await file.call('investigation.record', { ...base, kind: 'site_visit' });
    const notRefusable = await file.refusal('investigation.conclude', {
      actionId: visit.id,
      outcome: { status: 'refused', at: at(-1), reason: 'Owner said no' },
    });
    expect(notRefusable.code).toBe('VALIDATION');
    const before = await file.refusal('investigation.conclude', {
      actionId: visit.id,
      outcome: { status: 'done', at: at(-90) },
    });
    expect(before.message).toContain('cannot end before it was asked for');
    await file.call('investigation.conclude', { actionId: visit.id, outcome: { status: 'done', at: at(-1) } });
    expect(
      (await file.refusal('investigation.conclude', { actionId: visit.id, outcome: { status: 'done', at: at(-1) } }))
        .code,
    ).toBe('CONFLICT');
    expect((await file.call('investigation.list', { caseId })).items).toHaveLength(1);
  });
});

describe('R14 and R15 read the recorded actions', () => {
  it('R15: an examination offered clears the open window; done by an unqualified provider warns', async () => {
    const file = await open({ startAt: START });
    const { caseId, victimId } = await recentCase(file);
    const codes = async () => (await file.call('principles.check', { caseId })).findings.map((f) => f.code);
    expect(await codes()).toContain('R15_EXAM_WINDOW_OPEN');
    const exam = await file.call('investigation.record', {
      caseId,
      kind: 'forensic_medical_exam',
      personId: victimId,
      requestedAt: at(-30),
      requestedBy: 'Lead investigator',
    });
    expect(await codes()).not.toContain('R15_EXAM_WINDOW_OPEN');
    await file.call('investigation.conclude', {
      actionId: exam.id,
      outcome: { status: 'done', at: at(0), providerQualified: false },
    });
    const findings = (await file.call('principles.check', { caseId })).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'R15_PROVIDER_NOT_QUALIFIED', target: { kind: 'forensic_exam', id: exam.id } }),
    );
  });

  it("R14: a cleared subject's reputation step, once done, satisfies the rule", async () => {
    const file = await open({ startAt: START });
    const record = await file.call('cases.create', intake({ dateReceived: '2026-03-10' }));
    const subject = await file.call('people.add', {
      caseId: record.id,
      profile: { role: 'subject', personnelCategory: 'civilian_int', nationality: 'XYZ' },
    });
    await file.call('cases.changeStatus', { caseId: record.id, to: 'under_investigation', reason: 'Credible' });
    // The case closes from its subject's finding: not substantiated after investigation reads as unfounded.
    await file.call('findings.record', {
      personId: subject.id,
      outcome: 'not_substantiated',
      decidingEntity: 'oios',
      decidedOn: '2026-03-10',
      reportReference: 'OIOS-2026-001',
    });
    const codes = async () => (await file.call('principles.check', { caseId: record.id })).findings.map((f) => f.code);
    expect(await codes()).toContain('R14_REPUTATION_STEPS_MISSING');
    const step = await file.call('investigation.record', {
      caseId: record.id,
      kind: 'reputation_restoration',
      personId: subject.id,
      description: 'Letter to the subject and the head of office',
      requestedAt: at(-5),
      requestedBy: 'Chief of investigations',
    });
    // Planned is not done.
    expect(await codes()).toContain('R14_REPUTATION_STEPS_MISSING');
    await file.call('investigation.conclude', { actionId: step.id, outcome: { status: 'done', at: at(0) } });
    expect(await codes()).not.toContain('R14_REPUTATION_STEPS_MISSING');
  });
});
