import { describe, expect, it } from 'vitest';
import {
  r11ContributingCountryNotified,
  r12DigitalEvidenceIntegrity,
  r13OutcomeLetter,
  r14ReputationRestored,
  r15ForensicExam,
  type EvidenceItem,
  type Letter,
} from '../../../shared/principles/index.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import { cleanSnapshot, closedCase, hoursAfter, makeSubject, makeVictim, summary, T0 } from './factories.js';

const t = (hours: number) => hoursAfter(T0, hours);
const with_ = (changes: Partial<CaseSnapshot>): CaseSnapshot => ({ ...cleanSnapshot(), ...changes });

describe('R11 the contributing country is notified for a contingent member', () => {
  it('passes once the notification is issued', () => {
    expect(r11ContributingCountryNotified.evaluate(cleanSnapshot())).toEqual([]);
  });

  it('warns for a contingent member or formed police unit member with no notification', () => {
    const people = [
      makeVictim(),
      makeSubject(),
      makeSubject({ id: 's2', code: 'S-02', personnelCategory: 'police_fpu' }),
    ];
    const findings = r11ContributingCountryNotified.evaluate(with_({ people, letters: [] }));
    expect(summary(findings)).toEqual([
      'R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED:warn',
      'R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED:warn',
    ]);
    // The category as a value the UI shows through its label, never as English words fixed in the core.
    expect(findings.map((f) => f.params?.category)).toEqual(['military_mc', 'police_fpu']);
    expect(findings[0]?.message).toContain('S-01 (Military (MC) — contingent member)');
  });

  it('does not apply to civilian staff', () => {
    expect(
      r11ContributingCountryNotified.evaluate(
        with_({ people: [makeSubject({ personnelCategory: 'civilian_ns' })], letters: [] }),
      ),
    ).toEqual([]);
  });
});

describe('R12 digital evidence integrity', () => {
  const HASH = 'a'.repeat(64);
  const original = (overrides: Partial<EvidenceItem> = {}): EvidenceItem => ({
    id: 'ev-1',
    number: 'E-0001',
    type: 'digital',
    copyRole: 'evidentiary_original',
    sha256AtCollection: HASH,
    collectedAt: t(5),
    storageLocation: 'Vault objects',
    custodyEvents: [
      { at: t(5), kind: 'collected' },
      { at: t(5), kind: 'sealed' },
      { at: t(6), kind: 'copied' },
    ],
    ...overrides,
  });
  const copy = (overrides: Partial<EvidenceItem> = {}): EvidenceItem => ({
    id: 'ev-2',
    number: 'E-0002',
    type: 'digital',
    copyRole: 'working_copy',
    originalId: 'ev-1',
    collectedAt: t(6),
    storageLocation: 'Analysis laptop',
    custodyEvents: [{ at: t(6), kind: 'collected' }],
    ...overrides,
  });

  it('passes for a hashed, untouched original and a logged copy kept apart', () => {
    expect(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [original(), copy()] }))).toEqual([]);
  });

  it('blocks an original without its collection hash, or changed after collection', () => {
    expect(
      summary(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [original({ sha256AtCollection: undefined })] }))),
    ).toEqual(['R12_HASH_MISSING:block']);
    expect(
      summary(
        r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [original({ sha256AtCollection: 'not-a-hash' })] })),
      ),
    ).toEqual(['R12_HASH_MISSING:block']);
    // Its files no longer hash as collected (the last verification failed): the original was changed.
    const changed = original({ integrity: 'failed' });
    expect(summary(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [changed] })))).toEqual([
      'R12_ORIGINAL_CHANGED:block',
    ]);
    expect(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [original({ integrity: 'verified' })] }))).toEqual(
      [],
    );
    expect(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [original({ integrity: 'unchecked' })] }))).toEqual(
      [],
    );
  });

  it('warns on working copies that are unlinked, unlogged or stored with the original', () => {
    expect(
      summary(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [original(), copy({ originalId: undefined })] }))),
    ).toEqual(['R12_COPY_NOT_LINKED:warn']);
    const unlogged = original({ custodyEvents: [{ at: t(5), kind: 'collected' }] });
    expect(summary(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [unlogged, copy()] })))).toEqual([
      'R12_COPY_NOT_LOGGED:warn',
    ]);
    expect(
      summary(
        r12DigitalEvidenceIntegrity.evaluate(
          with_({ evidence: [original(), copy({ storageLocation: 'Vault objects' })] }),
        ),
      ),
    ).toEqual(['R12_COPY_NOT_APART:warn']);
  });

  it('warns on a custody log that does not start with collection or is out of order', () => {
    const noCollection = original({ custodyEvents: [{ at: t(6), kind: 'handed_over' }] });
    expect(summary(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [noCollection] })))).toEqual([
      'R12_COLLECTION_NOT_LOGGED:warn',
    ]);
    const disordered = original({
      custodyEvents: [
        { at: t(5), kind: 'collected' },
        { at: t(9), kind: 'handed_over' },
        { at: t(8), kind: 'examined' },
      ],
    });
    expect(summary(r12DigitalEvidenceIntegrity.evaluate(with_({ evidence: [disordered] })))).toEqual([
      'R12_CUSTODY_NOT_CHRONOLOGICAL:warn',
    ]);
  });

  it('does not apply to physical evidence', () => {
    expect(
      r12DigitalEvidenceIntegrity.evaluate(
        with_({ evidence: [original({ type: 'physical', sha256AtCollection: undefined })] }),
      ),
    ).toEqual([]);
  });
});

describe('R13 every victim receives an outcome letter at closure', () => {
  const outcome = (overrides: Partial<Letter> = {}): Letter => ({
    id: 'letter-out',
    kind: 'victim_outcome',
    recipientKind: 'addressee_person',
    recipient: 'V-01',
    concernsPersonId: 'v1',
    issuedAt: t(24 * 91),
    deliveredAt: t(24 * 92),
    deliveryMethod: 'oral',
    disclosures: [],
    ...overrides,
  });
  const closed = closedCase('not_substantiated', 'insufficient_evidence');

  it('passes with a delivered letter, whatever the outcome', () => {
    expect(r13OutcomeLetter.evaluate(with_({ case: closed, letters: [outcome()] }))).toEqual([]);
  });

  it('warns when a victim has no letter, or it is not delivered', () => {
    expect(summary(r13OutcomeLetter.evaluate(with_({ case: closed, letters: [] })))).toEqual([
      'R13_OUTCOME_LETTER_MISSING:warn',
    ]);
    expect(
      summary(r13OutcomeLetter.evaluate(with_({ case: closed, letters: [outcome({ deliveredAt: undefined })] }))),
    ).toEqual(['R13_OUTCOME_LETTER_NOT_DELIVERED:warn']);
  });

  it('says nothing while the case is open', () => {
    expect(r13OutcomeLetter.evaluate(with_({ letters: [] }))).toEqual([]);
  });
});

describe('R14 reputation restored after an unfounded allegation', () => {
  const unfounded = closedCase('not_substantiated', 'unfounded');
  const staff = [makeVictim(), makeSubject({ personnelCategory: 'civilian_int' })];

  it('passes once the steps are recorded', () => {
    const actions = [
      {
        id: 'act-1',
        kind: 'reputation_restoration' as const,
        personId: 's1',
        at: t(24 * 95),
        description: 'Outcome letter to the staff member and the head of office',
      },
    ];
    expect(r14ReputationRestored.evaluate(with_({ case: unfounded, people: staff, actions }))).toEqual([]);
  });

  it('warns when none are recorded', () => {
    expect(summary(r14ReputationRestored.evaluate(with_({ case: unfounded, people: staff, actions: [] })))).toEqual([
      'R14_REPUTATION_STEPS_MISSING:warn',
    ]);
  });

  it('does not apply when the allegation was not found unfounded, nor to a contractor', () => {
    expect(
      r14ReputationRestored.evaluate(
        with_({ case: closedCase('not_substantiated', 'insufficient_evidence'), people: staff }),
      ),
    ).toEqual([]);
    expect(
      r14ReputationRestored.evaluate(
        with_({ case: unfounded, people: [makeSubject({ personnelCategory: 'contractor' })] }),
      ),
    ).toEqual([]);
  });
});

describe("R14 reads each subject's own finding", () => {
  const subjects = [
    makeVictim(),
    makeSubject(),
    makeSubject({ id: 's2', code: 'S-02', personnelCategory: 'police_unpol' }),
  ];
  const substantiated = closedCase('substantiated', 'facts_established');
  const subjectOutcomes = [
    { code: 'S-01', outcome: 'substantiated' as const },
    { code: 'S-02', outcome: 'not_substantiated' as const },
  ];

  it('asks for the steps for a subject cleared in a case substantiated against another', () => {
    const findings = r14ReputationRestored.evaluate(
      with_({ case: substantiated, people: subjects, subjectOutcomes, actions: [] }),
    );
    expect(summary(findings)).toEqual(['R14_REPUTATION_STEPS_MISSING:warn']);
    expect(findings[0]?.target).toEqual({ kind: 'person', id: 's2' });
  });

  it('passes once the step for the cleared subject is recorded', () => {
    const actions = [
      { id: 'act-2', kind: 'reputation_restoration' as const, personId: 's2', at: t(24 * 95), description: 'Letter' },
    ];
    expect(
      r14ReputationRestored.evaluate(with_({ case: substantiated, people: subjects, subjectOutcomes, actions })),
    ).toEqual([]);
  });

  it('does not count a finding of insufficient evidence as clearing the subject', () => {
    const outcomes = [{ code: 'S-01', outcome: 'insufficient_evidence' as const }];
    expect(
      r14ReputationRestored.evaluate(
        with_({ case: substantiated, people: [makeSubject()], subjectOutcomes: outcomes, actions: [] }),
      ),
    ).toEqual([]);
  });
});

describe('R15 forensic medical examination within the window; treatment does not wait', () => {
  // The incident was on 27 February (Bangui); the snapshot is taken on 1 March.
  it('passes with the examination offered and treatment offered', () => {
    expect(r15ForensicExam.evaluate(cleanSnapshot())).toEqual([]);
  });

  it('warns while the window may still be open and nothing was offered', () => {
    const findings = r15ForensicExam.evaluate(with_({ forensicExams: [] }));
    expect(summary(findings)).toEqual(['R15_EXAM_WINDOW_OPEN:warn']);
    expect(findings[0]?.params).toEqual({ person: 'V-01', hours: '72' });
  });

  it('says nothing about the window once it has closed', () => {
    expect(r15ForensicExam.evaluate(with_({ forensicExams: [], asOf: t(24 * 10) }))).toEqual([]);
  });

  it('takes the window from the settings (120 h where local protocol allows)', () => {
    const late = with_({ forensicExams: [], asOf: t(24 * 3) });
    expect(r15ForensicExam.evaluate(late)).toEqual([]);
    expect(
      summary(r15ForensicExam.evaluate(late, { forensicExamWindowHours: 120, firstContactOfferWindowHours: 24 })),
    ).toEqual(['R15_EXAM_WINDOW_OPEN:warn']);
  });

  it('warns when treatment waits on the examination, even after a refusal', () => {
    const refused = [{ id: 'exam-1', personId: 'v1', status: 'refused' as const, at: t(2) }];
    expect(summary(r15ForensicExam.evaluate(with_({ forensicExams: refused, referrals: [] })))).toEqual([
      'R15_TREATMENT_WAITING:warn',
    ]);
  });

  it('warns on an examination by a provider not recorded as qualified, and notes a late one', () => {
    const exam = [{ id: 'exam-1', personId: 'v1', status: 'conducted' as const, at: t(24 * 5) }];
    expect(summary(r15ForensicExam.evaluate(with_({ forensicExams: exam, asOf: t(24 * 6) })))).toEqual([
      'R15_PROVIDER_NOT_QUALIFIED:warn',
      'R15_EXAM_AFTER_WINDOW:info',
    ]);
  });

  it('cannot tell the window of an incident of unknown date', () => {
    const snapshot = with_({ forensicExams: [] });
    snapshot.case = { ...snapshot.case, incidentDates: [{ precision: 'unknown' }] };
    expect(r15ForensicExam.evaluate(snapshot)).toEqual([]);
  });
});
