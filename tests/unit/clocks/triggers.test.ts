import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS, type ClockDefinition } from '../../../shared/clocks/clock.js';
import { deadlineState } from '../../../shared/clocks/deadline.js';
import {
  clocksTriggeredBy,
  deadlinesStartedBy,
  triggerKey,
  type CaseFacts,
  type EvidenceLogged,
  type TriggeredClock,
} from '../../../shared/clocks/triggers.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';

const incident: UncertainDate = { precision: 'exact', from: '2026-03-02T22:00', timeZone: 'Africa/Bangui' };
const summary = (triggers: TriggeredClock[]) =>
  triggers.map((t) => ({ clock: t.clock.id, start: t.start, concerns: t.concerns }));
const ids = (triggers: TriggeredClock[]) => triggers.map((t) => t.clock.id);

const evidence = (overrides: Partial<EvidenceLogged>): EvidenceLogged => ({
  kind: 'evidence_logged',
  evidenceId: 'ev-1',
  evidenceType: 'physical',
  collectedAt: '2026-03-03T08:00:00.000Z',
  incidentDates: [incident],
  ...overrides,
});

const facts = (overrides: Partial<CaseFacts>): CaseFacts => ({
  kind: 'case_facts',
  incidentDates: [incident],
  urgent: false,
  subjectRotationDates: [],
  ...overrides,
});

describe('clocksTriggeredBy: evidence logged', () => {
  it('biological evidence starts the forensic exam, PEP and emergency contraception from the incident', () => {
    expect(summary(clocksTriggeredBy(evidence({ evidenceType: 'biological' })))).toEqual(
      ['forensic_exam', 'hiv_pep', 'emergency_contraception'].map((clock) => ({
        clock,
        start: incident,
        concerns: { kind: 'incident', index: 0 },
      })),
    );
  });

  it('biological evidence of a case whose incident date was not passed counts from an unknown start', () => {
    const triggers = clocksTriggeredBy(evidence({ evidenceType: 'biological', incidentDates: undefined }));
    expect(triggers.map((t) => t.start)).toEqual([
      { precision: 'unknown' },
      { precision: 'unknown' },
      { precision: 'unknown' },
    ]);
  });

  it('CCTV footage starts the request from identification and overwriting from the recording', () => {
    const triggers = clocksTriggeredBy(
      evidence({ evidenceType: 'photo_video', markers: ['cctv'], identifiedAt: '2026-03-03T07:30:00.000Z' }),
    );
    expect(summary(triggers)).toEqual([
      { clock: 'cctv_request', start: '2026-03-03T07:30:00.000Z', concerns: { kind: 'evidence', evidenceId: 'ev-1' } },
      { clock: 'cctv_overwrite', start: incident, concerns: { kind: 'evidence', evidenceId: 'ev-1' } },
    ]);
  });

  it('uses the recording time when known, and does not guess it between several incidents', () => {
    const recordedAt: UncertainDate = { precision: 'day', from: '2026-02-20', timeZone: 'Africa/Bangui' };
    const withRecording = clocksTriggeredBy(evidence({ evidenceType: 'photo_video', markers: ['cctv'], recordedAt }));
    expect(withRecording.find((t) => t.clock.id === 'cctv_overwrite')?.start).toEqual(recordedAt);
    const twoIncidents = clocksTriggeredBy(
      evidence({
        evidenceType: 'photo_video',
        markers: ['cctv'],
        incidentDates: [incident, { precision: 'year', from: '2025' }],
      }),
    );
    expect(twoIncidents.find((t) => t.clock.id === 'cctv_overwrite')?.start).toEqual({ precision: 'unknown' });
    // Without identification time the request counts from when the item was logged.
    expect(twoIncidents.find((t) => t.clock.id === 'cctv_request')?.start).toBe('2026-03-03T08:00:00.000Z');
  });

  it('phone data starts preservation at once; other digital items and unmarked photos start nothing', () => {
    expect(summary(clocksTriggeredBy(evidence({ evidenceType: 'digital', markers: ['phone_data'] })))).toEqual([
      {
        clock: 'phone_data_preservation',
        start: '2026-03-03T08:00:00.000Z',
        concerns: { kind: 'evidence', evidenceId: 'ev-1' },
      },
    ]);
    expect(clocksTriggeredBy(evidence({ evidenceType: 'digital' }))).toEqual([]);
    expect(clocksTriggeredBy(evidence({ evidenceType: 'photo_video' }))).toEqual([]);
    expect(clocksTriggeredBy(evidence({ evidenceType: 'documentary', markers: ['cctv'] }))).toEqual([]);
  });
});

describe('clocksTriggeredBy: case facts', () => {
  it(
    'an incident alone starts the incident clocks, one set per incident; nothing ' +
      'waits for a referral not yet made',
    () => {
      const second: UncertainDate = { precision: 'month', from: '2026-02' };
      const triggers = clocksTriggeredBy(facts({ incidentDates: [incident, second] }));
      expect(ids(triggers)).toEqual([
        'forensic_exam',
        'forensic_exam',
        'hiv_pep',
        'hiv_pep',
        'emergency_contraception',
        'emergency_contraception',
      ]);
      expect(triggers.filter((t) => t.clock.id === 'hiv_pep').map((t) => t.concerns)).toEqual([
        { kind: 'incident', index: 0 },
        { kind: 'incident', index: 1 },
      ]);
    },
  );

  it('toxicology only when drug facilitation is suspected', () => {
    expect(ids(clocksTriggeredBy(facts({ conditions: ['drug_facilitation_suspected'] })))).toEqual(
      expect.arrayContaining(['toxicology_blood_urine', 'toxicology_urine']),
    );
    expect(ids(clocksTriggeredBy(facts({})))).not.toContain('toxicology_urine');
  });

  it('referral, notification and rotation dates start the benchmarks and the before-rotation clocks', () => {
    const triggers = clocksTriggeredBy(
      facts({
        urgent: true,
        referredForInvestigationAt: '2026-03-04T10:00:00.000Z',
        tccNotifiedAt: '2026-03-05T09:00:00.000Z',
        subjectRotationDates: [{ subjectId: 'p-7', date: '2026-04-10' }],
      }),
    );
    const caseLevel = triggers.filter((t) => t.concerns.kind !== 'incident');
    expect(summary(caseLevel)).toEqual([
      {
        clock: 'subject_reference_sample',
        start: { precision: 'day', from: '2026-04-10' },
        concerns: { kind: 'subject', subjectId: 'p-7' },
      },
      {
        clock: 'subject_interview',
        start: { precision: 'day', from: '2026-04-10' },
        concerns: { kind: 'subject', subjectId: 'p-7' },
      },
      { clock: 'un_investigation', start: '2026-03-04T10:00:00.000Z', concerns: { kind: 'case' } },
      { clock: 'tcc_investigation', start: '2026-03-05T09:00:00.000Z', concerns: { kind: 'case' } },
      { clock: 'nio_appointment', start: '2026-03-05T09:00:00.000Z', concerns: { kind: 'case' } },
    ]);
    expect(caseLevel.every((t) => t.urgent)).toBe(true);
  });

  it('skips disabled clocks and follows edited settings', () => {
    const clocks: ClockDefinition[] = DEFAULT_CLOCKS.map((clock) => structuredClone(clock));
    for (const clock of clocks) {
      if (clock.id === 'hiv_pep') clock.enabled = false;
      // A team that starts the forensic clock only once biological evidence is logged.
      if (clock.id === 'forensic_exam') clock.appliesTo.caseFacts = null;
    }
    expect(ids(clocksTriggeredBy(facts({}), clocks))).toEqual(['emergency_contraception']);
    expect(ids(clocksTriggeredBy(evidence({ evidenceType: 'biological' }), clocks))).toEqual([
      'forensic_exam',
      'emergency_contraception',
    ]);
  });
});

describe('triggerKey', () => {
  it('is the same for a clock started by the case facts and again by evidence', () => {
    const fromFacts = clocksTriggeredBy(facts({})).map(triggerKey);
    const fromEvidence = clocksTriggeredBy(evidence({ evidenceType: 'biological' })).map(triggerKey);
    expect(fromEvidence).toEqual([
      'forensic_exam:incident:0',
      'hiv_pep:incident:0',
      'emergency_contraception:incident:0',
    ]);
    expect(fromFacts).toEqual(expect.arrayContaining(fromEvidence));
  });

  it('differs between two CCTV items', () => {
    const a = clocksTriggeredBy(evidence({ evidenceId: 'a', evidenceType: 'photo_video', markers: ['cctv'] })).map(
      triggerKey,
    );
    const b = clocksTriggeredBy(evidence({ evidenceId: 'b', evidenceType: 'photo_video', markers: ['cctv'] })).map(
      triggerKey,
    );
    expect(a.some((key) => b.includes(key))).toBe(false);
  });
});

describe('deadlinesStartedBy', () => {
  it('quick capture of a swab: a 72-hour countdown is running at once', () => {
    const capturedAt = Date.parse('2026-03-03T08:00:00.000Z');
    const started = deadlinesStartedBy(evidence({ evidenceType: 'biological' }), DEFAULT_CLOCKS, {
      timeZone: 'Africa/Bangui',
    });
    const forensic = started.find((entry) => entry.clock.id === 'forensic_exam');
    expect(forensic?.key).toBe('forensic_exam:incident:0');
    const deadline = forensic?.computation.deadline;
    expect(deadline?.dueAt).toBe('2026-03-05T21:00:00.000Z');
    expect(deadline && deadlineState(deadline, capturedAt)).toEqual({
      state: 'open',
      remainingMs: Date.parse('2026-03-05T21:00:00.000Z') - capturedAt,
    });
  });

  it('passes urgency on to the benchmarks', () => {
    const started = deadlinesStartedBy(
      facts({ urgent: true, referredForInvestigationAt: '2026-03-04T10:00:00.000Z' }),
      DEFAULT_CLOCKS,
      { timeZone: 'Africa/Bangui' },
    );
    expect(started.find((entry) => entry.clock.id === 'un_investigation')?.computation.deadline?.dueAt).toBe(
      '2026-06-04T22:59:59.999Z',
    );
  });
});
