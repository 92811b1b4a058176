import { describe, expect, it } from 'vitest';
import {
  r07VictimCentredInterview,
  r08AssistanceOffered,
  r10StaffSubjectDueProcess,
} from '../../../shared/principles/index.js';
import type { Interview } from '../../../shared/domain/interview.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import {
  cleanSnapshot,
  conducted,
  hoursAfter,
  makeInterpreter,
  makeInterview,
  makeSubject,
  makeVictim,
  makeWitness,
  summary,
  T0,
} from './factories.js';

const t = (hours: number) => hoursAfter(T0, hours);
const with_ = (changes: Partial<CaseSnapshot>): CaseSnapshot => ({ ...cleanSnapshot(), ...changes });

describe('R7 victim-centred interview', () => {
  it('passes when everything was offered, in private, with a vetted interpreter and a mixed team', () => {
    const interview = conducted(makeInterview({ interpreterPersonId: 'i1' }));
    expect(
      r07VictimCentredInterview.evaluate(
        with_({ people: [...cleanSnapshot().people, makeInterpreter()], interviews: [interview] }),
      ),
    ).toEqual([]);
  });

  it('warns on each missing safeguard', () => {
    const interview = conducted(
      makeInterview({
        genderPreference: { offered: false },
        supportPerson: { offered: false, present: false },
        place: { type: 'un_office', private: false },
        interpreterPersonId: 'i1',
        team: [
          { name: 'Investigator One', gender: 'male', role: 'lead', trainedInChildInterviewing: false },
          { name: 'Investigator Two', gender: 'male', role: 'note_taker', trainedInChildInterviewing: false },
        ],
      }),
    );
    const people = [...cleanSnapshot().people, makeInterpreter({ vetting: { vetted: false } })];
    expect(summary(r07VictimCentredInterview.evaluate(with_({ people, interviews: [interview] })))).toEqual([
      'R7_GENDER_PREFERENCE_NOT_OFFERED:warn',
      'R7_SUPPORT_PERSON_NOT_OFFERED:warn',
      'R7_SETTING_NOT_PRIVATE:warn',
      'R7_INTERPRETER_NOT_VETTED:warn',
      'R7_TEAM_SINGLE_GENDER:info',
    ]);
  });

  it('counts an interpreter who is not recorded as one as not vetted', () => {
    const interview = conducted(makeInterview({ interpreterPersonId: 'w1' }));
    expect(summary(r07VictimCentredInterview.evaluate(with_({ interviews: [interview] })))).toEqual([
      'R7_INTERPRETER_NOT_VETTED:warn',
    ]);
  });

  it('does not apply to a witness', () => {
    const interview = conducted(makeInterview({ personId: 'w1', place: { type: 'un_office', private: false } }));
    expect(
      r07VictimCentredInterview.evaluate(with_({ people: [makeVictim(), makeWitness()], interviews: [interview] })),
    ).toEqual([]);
  });
});

describe('R8 assistance offered at first contact', () => {
  const offer = (offeredAt: string) => [
    {
      id: 'ref-1',
      personId: 'v1',
      service: 'psychosocial' as const,
      status: 'refused' as const,
      offeredAt,
      disclosures: [],
    },
  ];

  it('passes with an offer at the first contact, even one the victim declined', () => {
    expect(r08AssistanceOffered.evaluate(with_({ referrals: offer(t(2)) }))).toEqual([]);
  });

  it('warns when the victim was contacted and nothing was offered', () => {
    const findings = r08AssistanceOffered.evaluate(with_({ referrals: [] }));
    expect(summary(findings)).toEqual(['R8_ASSISTANCE_NOT_OFFERED:warn']);
    expect(findings[0]?.target).toEqual({ kind: 'person', id: 'v1' });
  });

  it('warns when the offer came after the first contact', () => {
    expect(summary(r08AssistanceOffered.evaluate(with_({ referrals: offer(t(40)) })))).toEqual([
      'R8_ASSISTANCE_NOT_OFFERED:warn',
    ]);
  });

  it('takes the window from the settings', () => {
    expect(
      r08AssistanceOffered.evaluate(with_({ referrals: offer(t(40)) }), {
        forensicExamWindowHours: 72,
        firstContactOfferWindowHours: 48,
      }),
    ).toEqual([]);
  });

  it('counts a first contact that was not an interview', () => {
    const people = [makeVictim({ firstContactAt: t(-30) }), makeWitness(), makeSubject()];
    expect(summary(r08AssistanceOffered.evaluate(with_({ people, referrals: offer(t(2)) })))).toEqual([
      'R8_ASSISTANCE_NOT_OFFERED:warn',
    ]);
  });

  it('reminds before any contact', () => {
    expect(summary(r08AssistanceOffered.evaluate(with_({ interviews: [makeInterview()], referrals: [] })))).toEqual([
      'R8_OFFER_AT_FIRST_CONTACT:info',
    ]);
  });

  it('counts a contact the team logged as a contact, earlier than the interview', () => {
    const victimContacts = [{ id: 'contact-1', personId: 'v1', at: t(-30) }];
    expect(summary(r08AssistanceOffered.evaluate(with_({ victimContacts, referrals: offer(t(2)) })))).toEqual([
      'R8_ASSISTANCE_NOT_OFFERED:warn',
    ]);
    expect(r08AssistanceOffered.evaluate(with_({ victimContacts, referrals: offer(t(-29)) }))).toEqual([]);
  });

  it("ignores another victim's contacts and offers", () => {
    const victimContacts = [{ id: 'contact-1', personId: 'w1', at: t(-30) }];
    const elsewhere = offer(t(2)).map((r) => ({ ...r, personId: 'w1' }));
    expect(summary(r08AssistanceOffered.evaluate(with_({ victimContacts, referrals: elsewhere })))).toEqual([
      'R8_ASSISTANCE_NOT_OFFERED:warn',
    ]);
    expect(r08AssistanceOffered.evaluate(with_({ victimContacts, referrals: offer(t(2)) }))).toEqual([]);
  });
});

describe('R10 due process for a UN staff subject', () => {
  const staff = () => [makeVictim(), makeSubject({ personnelCategory: 'civilian_int' })];
  const subjectInterview = (subjectNotice?: Interview['subjectNotice']) =>
    conducted(makeInterview({ id: 'int-s', personId: 's1', ...(subjectNotice ? { subjectNotice } : {}) }), t(50));

  it('passes with written notice before the interview and an observer offered', () => {
    const interview = subjectInterview({ writtenNoticeGivenAt: t(24), observerOffered: true, observerPresent: false });
    expect(r10StaffSubjectDueProcess.evaluate(with_({ people: staff(), interviews: [interview] }))).toEqual([]);
  });

  it('blocks an interview held without notice or the offer of an observer', () => {
    const findings = r10StaffSubjectDueProcess.evaluate(with_({ people: staff(), interviews: [subjectInterview()] }));
    expect(summary(findings)).toEqual(['R10_WRITTEN_NOTICE_MISSING:block', 'R10_OBSERVER_NOT_OFFERED:block']);
    expect(findings[0]?.params).toEqual({ person: 'S-01', category: 'civilian_int' });
  });

  it('blocks notice given only after the interview', () => {
    const interview = subjectInterview({ writtenNoticeGivenAt: t(60), observerOffered: true });
    expect(summary(r10StaffSubjectDueProcess.evaluate(with_({ people: staff(), interviews: [interview] })))).toEqual([
      'R10_WRITTEN_NOTICE_MISSING:block',
    ]);
  });

  it('warns before a planned interview', () => {
    const planned = makeInterview({ id: 'int-s', personId: 's1' });
    expect(summary(r10StaffSubjectDueProcess.evaluate(with_({ people: staff(), interviews: [planned] })))).toEqual([
      'R10_WRITTEN_NOTICE_MISSING:warn',
      'R10_OBSERVER_NOT_OFFERED:warn',
    ]);
  });

  it('does not apply to a contingent member', () => {
    expect(r10StaffSubjectDueProcess.evaluate(with_({ interviews: [subjectInterview()] }))).toEqual([]);
  });
});
