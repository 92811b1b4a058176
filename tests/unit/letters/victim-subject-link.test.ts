import { describe, expect, it } from 'vitest';
import { victimOutcome, type LetterVictim } from '../../../shared/documents/closure-applicability.js';
import type { LetterFacts, LetterSubject } from '../../../shared/documents/letter-applicability.js';
import { buildMergeData, MergeDataError } from '../../../shared/documents/merge-data.js';
import type { TemplateKind } from '../../../shared/documents/template.js';
import { guardian1, letterFor, snapshotFor, subject1, victim1, victim2 } from '../documents-model/fixtures.js';
import { openCase, useEvidenceFiles } from '../evidence/evidence-fixture.js';

/**
 * Issue 11, item 1: a closure letter per victim once HER subjects' findings are recorded. A victim's
 * allegation names the subjects it is against; her letter tells the outcome of their findings, dated
 * by the latest of them, and waits only for theirs. Without the link, every subject of the case is hers.
 */

const subject = (id: string, code: string, extra: Partial<LetterSubject> = {}): LetterSubject => ({
  id,
  code,
  category: 'police_unpol',
  outcome: null,
  ...extra,
});
const victim = (id: string, code: string, subjectIds?: string[]): LetterVictim => ({
  id,
  code,
  ...(subjectIds ? { subjectIds } : {}),
  closure: null,
});

const MIXED: LetterSubject[] = [
  subject('s1', 'S-01', { outcome: 'substantiated', decidingEntity: 'oios', decidedOn: '2026-05-20' }),
  subject('s2', 'S-02', { outcome: 'not_substantiated', decidingEntity: 'mission_siu', decidedOn: '2026-06-01' }),
];
const facts = (subjects: LetterSubject[], victims: LetterVictim[]): LetterFacts => ({
  status: 'substantiated',
  subjects,
  victims,
});

describe('victimOutcome with the victim-subject link', () => {
  it('gives each victim the outcome of her own subjects, and the date they were decided', () => {
    const v1 = victim('v1', 'V-01', ['s1']);
    const v2 = victim('v2', 'V-02', ['s2']);
    const both = facts(MIXED, [v1, v2]);
    expect(victimOutcome(both, v1)).toEqual({
      kind: 'closure_substantiated',
      ground: null,
      decidedBy: ['oios'],
      decidedOn: '2026-05-20',
    });
    expect(victimOutcome(both, v2)).toEqual({
      kind: 'closure_not_substantiated',
      ground: null,
      decidedBy: ['mission_siu'],
      decidedOn: '2026-06-01',
    });
  });

  it('without the link, keeps the case rule: any substantiated finding, dated by the latest finding', () => {
    const v1 = victim('v1', 'V-01');
    const v2 = victim('v2', 'V-02');
    const unlinked = facts(MIXED, [v1, v2]);
    for (const each of [v1, v2]) {
      expect(victimOutcome(unlinked, each)).toEqual({
        kind: 'closure_substantiated',
        ground: null,
        decidedBy: ['oios'],
        decidedOn: '2026-06-01',
      });
    }
  });

  it('waits only for her own subjects, and names only them', () => {
    const awaiting = [MIXED[0]!, subject('s2', 'S-02'), subject('s3', 'S-03')];
    const v1 = victim('v1', 'V-01', ['s1']);
    const v2 = victim('v2', 'V-02', ['s2', 's3']);
    const v3 = victim('v3', 'V-03');
    const some = facts(awaiting, [v1, v2, v3]);
    expect(victimOutcome(some, v1)).toMatchObject({ kind: 'closure_substantiated', decidedOn: '2026-05-20' });
    expect(victimOutcome(some, v2)).toEqual({
      kind: null,
      because: { reason: 'letters.closureAwaitsFindings', params: { person: 'V-02', missing: ['S-02', 'S-03'] } },
    });
    expect(victimOutcome(some, v3)).toMatchObject({ kind: null, because: { params: { missing: ['S-02', 'S-03'] } } });
  });

  it('dates her own closure record by its decision, while her subjects are awaited', () => {
    const v1: LetterVictim = {
      ...victim('v1', 'V-01', ['s2']),
      closure: { ground: 'victim_declined_to_participate', decidedBy: 'oios', decidedOn: '2026-04-11' },
    };
    expect(victimOutcome(facts([MIXED[0]!, subject('s2', 'S-02')], [v1]), v1)).toEqual({
      kind: 'closure_other',
      ground: 'victim_declined_to_participate',
      decidedBy: ['oios'],
      decidedOn: '2026-04-11',
    });
  });
});

describe('closure merge data with the victim-subject link', () => {
  const subject2 = () => subject1({ id: 's2', code: 'S-02', identity: { confidentiality: 'strictly_confidential' } });
  const snapshot = (kind: TemplateKind) =>
    snapshotFor(kind, {
      people: [
        { ...victim1(), allegedSubjectIds: ['s1'] },
        { ...victim2(), allegedSubjectIds: ['s2'] },
        guardian1(),
        subject1(),
        subject2(),
      ],
      subjectOutcomes: [
        { code: 'S-01', outcome: 'substantiated', decidingEntity: 'oios', decidedOn: '2026-05-20' },
        { code: 'S-02', outcome: 'not_substantiated', decidingEntity: 'mission_siu', decidedOn: '2026-06-01' },
      ],
      victimClosures: [],
    });
  const build = (kind: TemplateKind, victimId: string) =>
    buildMergeData({
      snapshot: snapshot(kind),
      kind,
      language: 'en',
      letter: letterFor(kind, { victimId, paternityClaimantId: undefined }),
    });

  it('tells each victim her subject’s outcome, who decided it and when', () => {
    const v1 = build('closure_substantiated', 'v1').data['outcome'];
    expect(v1).toMatchObject({ closedOn: '20 May 2026', decidedBy: 'Office of Internal Oversight Services (OIOS)' });
    const v2 = build('closure_not_substantiated', 'v2').data['outcome'];
    expect(v2).toMatchObject({ closedOn: '1 June 2026' });
    expect(JSON.stringify(v2)).not.toContain('Internal Oversight');
  });

  it('refuses the other outcome’s letter to each, with the reason in words', () => {
    for (const [kind, victimId, code] of [
      ['closure_not_substantiated', 'v1', 'V-01'],
      ['closure_substantiated', 'v2', 'V-02'],
    ] as const) {
      let refusal: unknown;
      try {
        build(kind, victimId);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(MergeDataError);
      expect((refusal as MergeDataError).refusal).toMatchObject({
        reason: 'letters.closureVictimOtherOutcome',
        params: { person: code },
      });
      expect((refusal as Error).message).toContain(`For ${code}, the matter ended`);
    }
  });
});

describe('the victim-subject link as recorded', () => {
  const open = useEvidenceFiles();

  it('names subjects of her own case only, and the closure letters follow it per victim', async () => {
    const ef = await open();
    const created = await openCase(ef);
    const other = await openCase(ef);
    const add = (caseId: string, profile: Record<string, unknown>) =>
      ef.call('people.add', { caseId, profile: profile as never });
    const officer = { role: 'subject', personnelCategory: 'police_unpol', nationality: null };
    const [s1, s2] = [await add(created.id, officer), await add(created.id, officer)];
    const elsewhere = await add(other.id, officer);
    const witness = await add(created.id, { role: 'witness', sex: 'male', ageBand: 'adult', language: 'fr' });
    const victimOf = (subjects: string[]) => ({
      role: 'victim',
      sex: 'female',
      ageBand: 'adult',
      language: 'fr',
      allegedSubjectIds: subjects,
    });
    for (const wrong of [[elsewhere.id], [witness.id], [s1.id, s1.id]]) {
      const refusal = await ef.refusal('people.add', { caseId: created.id, profile: victimOf(wrong) as never });
      expect(refusal.code).toBe('VALIDATION');
      expect(refusal.message).not.toContain(wrong[0]);
    }
    expect(
      await ef.refusal('people.add', { caseId: created.id, profile: victimOf([elsewhere.id]) as never }),
    ).toMatchObject({ reason: 'people.allegedSubjectRole', message: expect.stringContaining('as a subject') });

    const v1 = await add(created.id, victimOf([s1.id]));
    const v2 = await add(created.id, { ...victimOf([]), allegedSubjectIds: undefined });
    expect(v1.profile).toMatchObject({ allegedSubjectIds: [s1.id] });
    // Linked afterwards: the edit is checked alike.
    const refusedEdit = await ef.refusal('people.update', {
      personId: v2.id,
      profile: { ...v2.profile, allegedSubjectIds: [witness.id] } as never,
    });
    expect(refusedEdit).toMatchObject({ code: 'VALIDATION', reason: 'people.allegedSubjectRole' });
    await ef.call('people.update', {
      personId: v2.id,
      profile: { ...v2.profile, allegedSubjectIds: [s2.id] } as never,
    });

    await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
    await ef.call('findings.record', {
      personId: s1.id,
      outcome: 'substantiated',
      decidingEntity: 'oios',
      decidedOn: '2026-03-09',
      reportReference: 'OIOS-0042/26',
    });
    const entries = Object.fromEntries(
      (await ef.call('letters.applicable', { caseId: created.id, locale: 'en' })).letters.map((entry) => [
        entry.kind,
        entry,
      ]),
    );
    // V-01's subject is decided: her letter is offered although S-02's finding is awaited.
    expect(entries['closure_substantiated']?.victims).toEqual([
      { id: v1.id, code: v1.code, reason: null },
      { id: v2.id, code: v2.code, reason: expect.stringContaining(`no finding is recorded yet on ${s2.code}`) },
    ]);
    expect(entries['closure_substantiated']?.victims[1]?.reason).not.toContain(s1.code);
  });
});
