import { describe, expect, it } from 'vitest';
import { currentConsentStates } from '../../../renderer/consents/consent-states.js';
import {
  arrangementsFromDraft,
  draftFromArrangements,
  emptyArrangementsDraft,
} from '../../../renderer/interviews/arrangements-draft.js';
import { draftFromIdentity, emptyIdentityDraft, identityFromDraft } from '../../../renderer/people/identity-draft.js';
import { instantFromLocal, localFromInstant } from '../../../renderer/people/local-time.js';
import {
  draftFromProfile,
  emptyProfileDraft,
  investigatingEntityShown,
  profileFromDraft,
} from '../../../renderer/people/profile-draft.js';
import type { ConsentDecision } from '../../../shared/domain/consent.js';

const NOW = '2026-03-05T10:00:00.000Z';

describe('local moments', () => {
  it('read a day and time on the clocks of the place, both ways', () => {
    expect(instantFromLocal({ day: '2026-03-05', time: '09:30' }, 'Africa/Bangui')).toBe('2026-03-05T08:30:00.000Z');
    expect(localFromInstant('2026-03-05T08:30:00.000Z', 'Africa/Bangui')).toEqual({ day: '2026-03-05', time: '09:30' });
    expect(instantFromLocal({ day: '2026-07-01', time: '12:00' }, 'America/Port-au-Prince')).toBe(
      '2026-07-01T16:00:00.000Z',
    );
  });

  it('refuse incomplete or impossible moments and unknown zones', () => {
    expect(instantFromLocal({ day: '2026-03-05', time: '' }, 'UTC')).toBeNull();
    expect(instantFromLocal({ day: '2026-02-30', time: '10:00' }, 'UTC')).toBeNull();
    expect(instantFromLocal({ day: '2026-03-05', time: '10:00' }, 'Mars/Olympus')).toBeNull();
  });
});

describe('the profile form', () => {
  it('builds a victim profile with the guardian exception dated once', () => {
    const draft = {
      ...emptyProfileDraft('victim'),
      sex: 'female' as const,
      ageBand: 'minor' as const,
      language: 'sg',
      guardianImplicated: true,
      exceptionJustification: 'The father is the subject.',
    };
    const checked = profileFromDraft(draft, 'UTC', NOW);
    expect(checked).toEqual({
      ok: true,
      profile: {
        role: 'victim',
        confidentiality: 'confidential',
        sex: 'female',
        ageBand: 'minor',
        language: 'sg',
        guardianConsentException: {
          reason: 'guardian_implicated',
          justification: 'The father is the subject.',
          recordedAt: NOW,
        },
      },
    });
    if (!checked.ok) return;
    // Saving again later keeps the date the exception was first recorded.
    const again = profileFromDraft(draftFromProfile(checked.profile, 'UTC'), 'UTC', '2026-04-01T00:00:00.000Z');
    expect(again.ok && again.profile.role === 'victim' && again.profile.guardianConsentException?.recordedAt).toBe(NOW);
  });

  it('keeps the subjects a victim alleges against as ticked, and none ticked as no link', () => {
    const linked = profileFromDraft({ ...emptyProfileDraft('victim'), allegedSubjectIds: ['s-2', 's-1'] }, 'UTC', NOW);
    expect(linked.ok && linked.profile.role === 'victim' && linked.profile.allegedSubjectIds).toEqual(['s-2', 's-1']);
    if (!linked.ok) return;
    expect(draftFromProfile(linked.profile, 'UTC').allegedSubjectIds).toEqual(['s-2', 's-1']);
    const none = profileFromDraft(emptyProfileDraft('victim'), 'UTC', NOW);
    expect(none.ok && 'allegedSubjectIds' in none.profile).toBe(false);
  });

  it('points at the inputs the contract refuses', () => {
    const victim = profileFromDraft(
      {
        ...emptyProfileDraft('victim'),
        language: 'French!',
        guardianImplicated: true,
        firstContact: { day: '2026-03-01', time: '' },
      },
      'UTC',
      NOW,
    );
    expect(victim.ok ? [] : [...victim.invalid].sort()).toEqual(['exceptionJustification', 'firstContact', 'language']);
    const subject = profileFromDraft({ ...emptyProfileDraft('subject'), nationality: 'France' }, 'UTC', NOW);
    expect(subject.ok ? [] : [...subject.invalid].sort()).toEqual(['nationality', 'personnelCategory']);
    const interpreter = profileFromDraft(emptyProfileDraft('interpreter'), 'UTC', NOW);
    expect(interpreter.ok ? [] : interpreter.invalid).toEqual(['languages']);
  });

  it('normalises what is typed: nationality upper case, language lists split, blanks left out', () => {
    const subject = profileFromDraft(
      { ...emptyProfileDraft('subject'), personnelCategory: 'military_mc', nationality: 'npl', unitOrContingent: '  ' },
      'UTC',
      NOW,
    );
    expect(subject).toEqual({
      ok: true,
      profile: {
        role: 'subject',
        confidentiality: 'confidential',
        personnelCategory: 'military_mc',
        nationality: 'NPL',
        // Not chosen: the category's usual investigating entity, as the form shows it.
        investigatingEntity: 'tcc_pcc',
      },
    });
    const chosen = profileFromDraft(
      {
        ...emptyProfileDraft('subject'),
        personnelCategory: 'civilian_int',
        rankOrGrade: ' P-3 ',
        investigatingEntity: 'agency_investigators',
      },
      'UTC',
      NOW,
    );
    expect(chosen.ok && chosen.profile).toMatchObject({
      rankOrGrade: 'P-3',
      investigatingEntity: 'agency_investigators',
    });
    const staff = { ...emptyProfileDraft('subject'), personnelCategory: 'civilian_int' as const };
    expect([investigatingEntityShown(emptyProfileDraft('subject')), investigatingEntityShown(staff)]).toEqual([
      '',
      'oios',
    ]);
    const interpreter = profileFromDraft(
      { ...emptyProfileDraft('interpreter'), languages: 'fr, sg;ln', vetted: true, vettedOn: '2026-01-15' },
      'UTC',
      NOW,
    );
    expect(interpreter.ok && interpreter.profile.role === 'interpreter' && interpreter.profile).toMatchObject({
      languages: ['fr', 'sg', 'ln'],
      vetting: { vetted: true, vettedOn: '2026-01-15' },
    });
  });
});

describe('the identity form', () => {
  it('sends only what was typed, strictly confidential, with the date of birth at its precision', () => {
    const draft = {
      ...emptyIdentityDraft(),
      fullName: '  Amina K.  ',
      birthPrecision: 'month' as const,
      birthDate: '2011-01',
    };
    expect(identityFromDraft(draft)).toEqual({
      ok: true,
      identity: {
        fullName: 'Amina K.',
        dateOfBirth: { precision: 'month', from: '2011-01' },
        confidentiality: 'strictly_confidential',
      },
    });
    expect(identityFromDraft({ ...draft, birthPrecision: 'day', birthDate: '2011-02-30' })).toEqual({
      ok: false,
      invalid: ['dateOfBirth'],
    });
    const identity = identityFromDraft(draft);
    expect(identity.ok).toBe(true);
    if (!identity.ok) return;
    // The edit form opens on what was saved.
    expect(draftFromIdentity(identity.identity)).toEqual({ ...draft, fullName: 'Amina K.' });
  });
});

describe('the plan form', () => {
  it('converts times in the place zone, drops unnamed team rows and keeps the subject notice for subjects only', () => {
    const draft = {
      ...emptyArrangementsDraft('Africa/Bangui'),
      scheduled: { day: '2026-03-10', time: '14:00' },
      withRiskAssessment: true,
      riskAssessed: { day: '2026-03-09', time: '09:00' },
      riskLevel: 'low' as const,
      risks: 'Being seen at the office.',
      proceed: 'yes' as const,
      observerOffered: true,
    };
    draft.team = [
      { ...draft.team[0]!, name: 'Investigator Okafor', trained: true },
      { ...draft.team[0]!, key: 99, name: '  ' },
    ];
    const forVictim = arrangementsFromDraft(draft, 'victim');
    expect(forVictim.ok).toBe(true);
    if (!forVictim.ok) return;
    expect(forVictim.arrangements.scheduledAt).toBe('2026-03-10T13:00:00.000Z');
    expect(forVictim.arrangements.riskAssessment?.assessedAt).toBe('2026-03-09T08:00:00.000Z');
    expect(forVictim.arrangements.team).toEqual([
      { name: 'Investigator Okafor', gender: 'female', role: 'lead', trainedInChildInterviewing: true },
    ]);
    expect(forVictim.arrangements.subjectNotice).toBeUndefined();
    const forSubject = arrangementsFromDraft(draft, 'subject');
    expect(forSubject.ok && forSubject.arrangements.subjectNotice).toEqual({ observerOffered: true });
    // Round trip: the edit form shows what was saved.
    const back = draftFromArrangements(forVictim.arrangements, 'UTC');
    expect(back.scheduled).toEqual({ day: '2026-03-10', time: '14:00' });
    expect(back.timeZone).toBe('Africa/Bangui');
  });

  it('reports an incomplete date and an unwritten risk', () => {
    const draft = {
      ...emptyArrangementsDraft('UTC'),
      scheduled: { day: '2026-03-10', time: '' },
      withRiskAssessment: true,
      risks: '  ',
    };
    const checked = arrangementsFromDraft(draft, 'victim');
    // Ticked, the assessment asks for everything it records: nothing was chosen for the person.
    expect(checked.ok ? [] : [...checked.invalid].sort()).toEqual([
      'proceed',
      'riskAssessed',
      'riskLevel',
      'risks',
      'scheduled',
    ]);
  });

  it('starts neutral: no do-no-harm assessment ticked, and none assumed once ticked', () => {
    const draft = emptyArrangementsDraft('Africa/Bangui');
    expect(draft.withRiskAssessment).toBe(false);
    // Planned as it opens, the interview saves: no pre-ticked assessment turns into an error.
    const planned = arrangementsFromDraft(draft, 'victim');
    expect(planned.ok).toBe(true);
    expect(planned.ok && planned.arrangements.riskAssessment).toBeUndefined();
    // Ticking it dates nothing "now" (which R3 refuses for an interview already held) and picks no level or conclusion.
    expect({ riskAssessed: draft.riskAssessed, riskLevel: draft.riskLevel, proceed: draft.proceed }).toEqual({
      riskAssessed: { day: '', time: '' },
      riskLevel: '',
      proceed: '',
    });
    // An interview saved without an assessment is edited from a neutral assessment too.
    const back = draftFromArrangements(planned.ok ? planned.arrangements : ({} as never), 'UTC');
    expect([back.withRiskAssessment, back.riskLevel, back.proceed, back.riskAssessed]).toEqual([
      false,
      '',
      '',
      { day: '', time: '' },
    ]);
  });
});

describe('consent in force, per purpose', () => {
  const decision = (overrides: Partial<ConsentDecision>): ConsentDecision => ({
    id: `c${Math.random()}`,
    caseId: 'case',
    personId: 'v1',
    purpose: 'interview',
    decision: 'given',
    decidedAt: '2026-03-01T10:00:00.000Z',
    by: 'self',
    recordedAt: '2026-03-01T10:05:00.000Z',
    ...overrides,
  });

  it("shows a child's guardian consent and assent apart, and a later withdrawal", () => {
    const history = [
      decision({ by: 'guardian', guardianPersonId: 'g1' }),
      decision({ by: 'self' }),
      decision({ by: 'self', decision: 'withdrawn', decidedAt: '2026-03-02T10:00:00.000Z' }),
      decision({
        purpose: 'custom:photographs of injuries',
        by: 'guardian',
        guardianPersonId: 'g1',
        decision: 'refused',
      }),
      decision({ purpose: 'referral_to_services', recipient: 'Clinic A', by: 'guardian', guardianPersonId: 'g1' }),
    ];
    const rows = currentConsentStates(history, true, NOW);
    expect(rows.find((row) => row.purpose === 'interview')?.states).toEqual({ guardian: 'given', assent: 'withdrawn' });
    expect(rows.find((row) => row.purpose === 'recording')?.states).toEqual({ guardian: 'none', assent: 'none' });
    expect(rows.find((row) => row.purpose === 'custom:photographs of injuries')?.states).toEqual({
      guardian: 'refused',
      assent: 'none',
    });
    expect(rows.find((row) => row.recipient === 'Clinic A')?.states).toEqual({ guardian: 'given', assent: 'none' });
    expect(rows.find((row) => row.purpose === 'referral_to_services' && row.recipient === undefined)?.states).toEqual({
      guardian: 'none',
      assent: 'none',
    });
    expect(currentConsentStates(history, false, NOW).find((row) => row.purpose === 'interview')?.states).toEqual({
      self: 'withdrawn',
    });
  });
});
