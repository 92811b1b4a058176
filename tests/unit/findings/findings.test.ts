import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract/index.js';
import { intake, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';
import { subject, victim } from '../people/people-fixture.js';

const openCaseFile = useCaseFiles();

type FindingInput = MethodInput<'findings.record'>;

/** A case under investigation with the given subjects (S-01, S-02…) and one victim. */
async function investigatedCase(cf: CaseFile, categories: Array<'military_mc' | 'police_unpol' | 'civilian_int'>) {
  const opened = await cf.call('cases.create', intake());
  await cf.call('people.add', { caseId: opened.id, profile: victim() });
  const subjects = [];
  for (const personnelCategory of categories) {
    subjects.push(await cf.call('people.add', { caseId: opened.id, profile: { ...subject(), personnelCategory } }));
  }
  await cf.call('cases.changeStatus', { caseId: opened.id, to: 'under_investigation', reason: 'Credible allegation' });
  return { caseId: opened.id, reference: opened.reference, subjects };
}

const substantiated = (personId: string, extra: Partial<FindingInput> = {}): FindingInput => ({
  personId,
  outcome: 'substantiated',
  decidingEntity: 'oios',
  decidedOn: '2026-03-10',
  reportReference: 'OIOS-0042/26',
  ...extra,
});
const withoutInvestigation = (personId: string, extra: Partial<FindingInput> = {}): FindingInput => ({
  personId,
  outcome: 'closed_without_investigation',
  decidingEntity: 'oios',
  decidedOn: '2026-03-10',
  closureGround: 'subject_separated_from_service',
  closureReason: 'Repatriated before the investigation could start',
  ...extra,
});

describe('subjects: category, rank or grade, investigating entity', () => {
  it("records the category's usual investigating entity unless one is chosen, keeps it on edits", async () => {
    const cf = await openCaseFile();
    const { id: caseId } = await cf.call('cases.create', intake());
    const contingent = await cf.call('people.add', {
      caseId,
      profile: { ...subject(), personnelCategory: 'military_mc', rankOrGrade: 'Captain' },
    });
    const staff = await cf.call('people.add', { caseId, profile: { ...subject(), personnelCategory: 'civilian_int' } });
    const joint = await cf.call('people.add', {
      caseId,
      profile: { ...subject(), personnelCategory: 'police_fpu', investigatingEntity: 'joint_tcc_oios' },
    });
    const unknown = await cf.call('people.add', {
      caseId,
      profile: { ...subject(), personnelCategory: 'unknown', investigatingEntity: 'agency_investigators' },
    });
    const entity = (p: { profile: { role: string } }) =>
      (p.profile as { investigatingEntity?: string }).investigatingEntity;
    expect([entity(contingent), entity(staff), entity(joint), entity(unknown)]).toEqual([
      'tcc_pcc',
      'oios',
      'joint_tcc_oios',
      'agency_investigators',
    ]);
    expect(contingent.profile).toMatchObject({ rankOrGrade: 'Captain' });

    // An edit that does not name the entity keeps the one recorded, even if the category changes.
    const edited = await cf.call('people.update', {
      personId: joint.id,
      profile: { ...subject(), personnelCategory: 'civilian_int', rankOrGrade: 'P-3' },
    });
    expect(edited.profile).toMatchObject({ investigatingEntity: 'joint_tcc_oios', rankOrGrade: 'P-3' });
    const refused = await cf.refusal('people.add', {
      caseId,
      profile: { ...subject(), investigatingEntity: 'conduct_and_discipline' as 'oios' },
    });
    expect(refused.code).toBe('VALIDATION');
  });
});

describe('findings per subject', () => {
  it('records a finding, lists it, audits it by code only and puts it on the chronology', async () => {
    const cf = await openCaseFile();
    const { caseId, subjects } = await investigatedCase(cf, ['military_mc', 'police_unpol']);
    const [s1] = subjects;
    const finding = await cf.call('findings.record', substantiated(s1!.id, { decidingEntity: 'tcc_pcc' }));
    expect(finding).toMatchObject({ code: 'S-01', version: 1, outcome: 'substantiated', decidingEntity: 'tcc_pcc' });
    expect((await cf.call('findings.list', { caseId })).items).toEqual([finding]);
    expect((await cf.call('findings.list', { caseId, personId: subjects[1]!.id })).items).toEqual([]);
    // One subject of two has a finding: the case stays under investigation.
    expect((await cf.call('cases.get', { caseId })).status).toBe('under_investigation');

    const [row] = (await cf.call('audit.list', { caseId })).items;
    expect(row).toMatchObject({ action: 'finding.record', target: { kind: 'finding', label: 'S-01' } });
    expect(JSON.stringify(row)).not.toContain('OIOS-0042');

    const timeline = await cf.call('timeline.list', { caseId, locale: 'en' });
    const event = timeline.dated.find((e) => e.derivedFrom?.kind === 'finding');
    expect(event).toMatchObject({
      kind: 'finding',
      title: 'Finding on S-01: Substantiated',
      date: { precision: 'day', from: '2026-03-10' },
    });
    const french = await cf.call('timeline.list', { caseId, locale: 'fr' });
    expect(french.dated.find((e) => e.kind === 'finding')?.title).toBe('Conclusion sur S-01 : Établie');
  });

  it('corrects a finding as a new version with its reason, never overwriting the earlier one', async () => {
    const cf = await openCaseFile();
    const { caseId, subjects } = await investigatedCase(cf, ['military_mc']);
    const id = subjects[0]!.id;
    await cf.call('findings.record', substantiated(id));
    const uncorrected = await cf.refusal('findings.record', substantiated(id, { outcome: 'not_substantiated' }));
    expect(uncorrected.message).toBe(
      'S-01 already has a finding. Correcting it needs the reason for the correction; the earlier finding is kept.',
    );
    const corrected = await cf.call(
      'findings.record',
      substantiated(id, { outcome: 'not_substantiated', correctionReason: 'The report was reissued on appeal' }),
    );
    expect(corrected.version).toBe(2);
    const versions = (await cf.call('findings.list', { caseId })).items;
    expect(versions.map((f) => [f.version, f.outcome])).toEqual([
      [1, 'substantiated'],
      [2, 'not_substantiated'],
    ]);
    const [latest] = (await cf.call('audit.list', { caseId, limit: 10 })).items.filter((r) =>
      r.action.startsWith('finding.'),
    );
    expect(latest).toMatchObject({ action: 'finding.correct', details: { previousOutcome: 'substantiated' } });
    expect(JSON.stringify(latest)).not.toContain('reissued');
    const timeline = await cf.call('timeline.list', { caseId, locale: 'en' });
    // Both on the day decided; the chronology orders same-day events its own way.
    expect(
      timeline.dated
        .filter((e) => e.kind === 'finding')
        .map((e) => e.title)
        .sort(),
    ).toEqual(['Finding on S-01 corrected: Not substantiated', 'Finding on S-01: Substantiated']);
  });

  it('refuses bad findings with words for the person, and records nothing', async () => {
    const cf = await openCaseFile();
    const { caseId, subjects } = await investigatedCase(cf, ['military_mc']);
    const id = subjects[0]!.id;
    const victims = (await cf.call('people.list', { caseId })).items.filter((p) => p.profile.role === 'victim');
    const cases: Array<[FindingInput, string]> = [
      [substantiated(victims[0]!.id), 'Findings are recorded for subjects only; V-01 is not a subject.'],
      [
        substantiated(id, { reportReference: undefined }),
        'A finding reached by an investigation needs the reference of the investigation report.',
      ],
      [
        withoutInvestigation(id, { closureReason: undefined }),
        'A matter closed without investigation needs its ground and the reason, in words.',
      ],
      [
        substantiated(id, { closureReason: 'No reason' }),
        'A ground and reason for closing are given only when there was no investigation.',
      ],
      [substantiated(id, { decidedOn: '2026-03-11' }), 'A finding cannot be dated after today.'],
      [
        substantiated(id, { decidedOn: '2026-03-01' }),
        'A finding cannot be dated before the case was received (9 March 2026).',
      ],
      [
        substantiated(id, { correctionReason: 'Nothing to correct' }),
        'S-01 has no finding yet: record it without a reason for correction.',
      ],
    ];
    for (const [input, message] of cases) {
      expect((await cf.refusal('findings.record', input)).message).toBe(message);
    }
    const badOutcome = await cf.refusal('findings.record', {
      ...substantiated(id),
      outcome: 'cleared' as 'substantiated',
    });
    expect(badOutcome.code).toBe('VALIDATION');
    expect(badOutcome.message).not.toContain('cleared');
    expect((await cf.call('findings.list', { caseId })).items).toEqual([]);
  });

  it('refuses a finding after investigation while the case is not yet investigated, but not a closure', async () => {
    const cf = await openCaseFile();
    const { id: caseId, reference } = await cf.call('cases.create', intake());
    const s1 = await cf.call('people.add', { caseId, profile: subject() });
    const refused = await cf.refusal('findings.record', substantiated(s1.id));
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(refused.message).toBe(
      `A finding reached by an investigation is recorded once ${reference} is under investigation or with the ` +
        'Member State: change the case’s status first.',
    );
    await cf.call('findings.record', withoutInvestigation(s1.id));
    const closed = await cf.call('cases.get', { caseId });
    expect(closed.status).toBe('closed_other');
    expect(closed.statusHistory.at(-1)).toMatchObject({
      from: 'preliminary_assessment',
      to: 'closed_other',
      closureGround: 'subject_separated_from_service',
      reason: { code: 'closed_by_findings' },
    });
  });
});

describe("the case's status follows its subjects' findings", () => {
  type Outcome = 'substantiated' | 'not_substantiated' | 'insufficient_evidence' | 'closed_without_investigation';
  const record = (cf: CaseFile, personId: string, outcome: Outcome, extra: Partial<FindingInput> = {}) =>
    cf.call(
      'findings.record',
      outcome === 'closed_without_investigation'
        ? withoutInvestigation(personId, extra)
        : substantiated(personId, { outcome, ...extra }),
    );

  const combinations: Array<[Outcome, Outcome, string, string]> = [
    ['substantiated', 'not_substantiated', 'substantiated', 'facts_established'],
    ['closed_without_investigation', 'substantiated', 'substantiated', 'facts_established'],
    ['not_substantiated', 'closed_without_investigation', 'not_substantiated', 'unfounded'],
    ['insufficient_evidence', 'not_substantiated', 'not_substantiated', 'insufficient_evidence'],
    ['closed_without_investigation', 'closed_without_investigation', 'closed_other', 'subject_separated_from_service'],
  ];
  it.each(combinations)('%s and %s make the case %s (%s)', async (first, second, status, ground) => {
    const cf = await openCaseFile();
    const { caseId, subjects } = await investigatedCase(cf, ['military_mc', 'police_unpol']);
    await record(cf, subjects[0]!.id, first);
    expect((await cf.call('cases.get', { caseId })).status).toBe('under_investigation');
    await record(cf, subjects[1]!.id, second);
    const closed = await cf.call('cases.get', { caseId });
    expect(closed.status).toBe(status);
    expect(closed.statusHistory.at(-1)).toMatchObject({
      from: 'under_investigation',
      to: status,
      closureGround: ground,
      reason: { code: 'closed_by_findings' },
    });
    expect((await cf.call('audit.list', { caseId, limit: 1 })).items[0]).toMatchObject({
      action: 'case.status.change',
      details: { to: status, reasonCode: 'closed_by_findings' },
    });
  });

  it('closes for other circumstances on the ground "other" when subjects closed on different grounds', async () => {
    const cf = await openCaseFile();
    const { caseId, subjects } = await investigatedCase(cf, ['military_mc', 'police_unpol']);
    await record(cf, subjects[0]!.id, 'closed_without_investigation');
    await record(cf, subjects[1]!.id, 'closed_without_investigation', { closureGround: 'subject_not_identified' });
    expect((await cf.call('cases.get', { caseId })).statusHistory.at(-1)).toMatchObject({
      to: 'closed_other',
      closureGround: 'other',
    });
  });

  it('a correction that changes what the findings make reopens and closes the case, both in its history', async () => {
    const cf = await openCaseFile();
    const { caseId, subjects } = await investigatedCase(cf, ['military_mc']);
    await record(cf, subjects[0]!.id, 'substantiated');
    expect((await cf.call('cases.get', { caseId })).status).toBe('substantiated');
    await record(cf, subjects[0]!.id, 'insufficient_evidence', { correctionReason: 'Witness retracted on appeal' });
    const history = (await cf.call('cases.get', { caseId })).statusHistory.slice(-3);
    expect(history.map((c) => [c.from, c.to, c.reason])).toEqual([
      ['under_investigation', 'substantiated', { code: 'closed_by_findings' }],
      ['substantiated', 'under_investigation', { code: 'reopened_by_correction' }],
      ['under_investigation', 'not_substantiated', { code: 'closed_by_findings' }],
    ]);
  });

  it('refuses closing by hand while a subject has no finding, naming the subjects by code only', async () => {
    const cf = await openCaseFile();
    const { caseId, reference, subjects } = await investigatedCase(cf, ['military_mc', 'police_unpol']);
    const refused = await cf.refusal('cases.changeStatus', {
      caseId,
      to: 'closed_other',
      reason: 'Victim declined',
      closureGround: 'victim_declined_to_participate',
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      `${reference} closes from the findings on its subjects, and none is recorded yet for S-01, S-02. ` +
        'Record a finding for each subject (in the subject’s page): the case then closes by itself.',
    );
    await record(cf, subjects[0]!.id, 'not_substantiated');
    const stillMissing = await cf.refusal('cases.changeStatus', {
      caseId,
      to: 'not_substantiated',
      reason: 'Done',
      closureGround: 'unfounded',
    });
    expect(stillMissing.message).toContain('none is recorded yet for S-02.');
    expect((await cf.call('cases.get', { caseId })).status).toBe('under_investigation');
  });

  it('refuses closing by hand as another status than the findings make; the matching one is allowed', async () => {
    const cf = await openCaseFile();
    const { caseId, reference, subjects } = await investigatedCase(cf, ['military_mc']);
    await record(cf, subjects[0]!.id, 'not_substantiated');
    await cf.call('cases.changeStatus', { caseId, to: 'under_investigation', reason: 'New information received' });
    const contradicting = await cf.refusal('cases.changeStatus', {
      caseId,
      to: 'substantiated',
      reason: 'Established',
      closureGround: 'facts_established',
    });
    expect(contradicting.message).toBe(
      `The findings recorded for the subjects of ${reference} make it “Not substantiated”; it cannot be closed ` +
        'otherwise. If a finding is wrong, correct it in the subject’s page.',
    );
    const matching = await cf.call('cases.changeStatus', {
      caseId,
      to: 'not_substantiated',
      reason: 'Nothing new came of it',
      closureGround: 'insufficient_evidence',
    });
    expect(matching.status).toBe('not_substantiated');
  });

  it('a case without subjects is still closed by hand', async () => {
    const cf = await openCaseFile();
    const { id: caseId } = await cf.call('cases.create', intake());
    await cf.call('people.add', { caseId, profile: victim() });
    const closed = await cf.call('cases.changeStatus', {
      caseId,
      to: 'closed_other',
      reason: 'Subject never identified',
      closureGround: 'subject_not_identified',
    });
    expect(closed.status).toBe('closed_other');
  });
});
