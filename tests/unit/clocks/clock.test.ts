import { describe, expect, it } from 'vitest';
import {
  ClockDefinition,
  ClockSettings,
  clockById,
  DEFAULT_CLOCKS,
  effectiveDuration,
  type ClockDefinition as ClockDefinitionT,
} from '../../../shared/clocks/clock.js';

const defaultClock = (id: string): ClockDefinitionT => {
  const clock = clockById(DEFAULT_CLOCKS, id);
  if (!clock) throw new Error(`no default clock ${id}`);
  return clock;
};
/** A mutable copy, as the settings screen edits one. */
const editable = (id: string): ClockDefinitionT => structuredClone(defaultClock(id));

describe('DEFAULT_CLOCKS (domain.md §3)', () => {
  it('is valid settings data', () => {
    expect(ClockSettings.safeParse(DEFAULT_CLOCKS).success).toBe(true);
  });

  it.each<[string, string, number, string, string | null, string]>([
    ['forensic_exam', 'incident', 72, 'hours', null, 'binding'],
    ['hiv_pep', 'incident', 72, 'hours', null, 'binding'],
    ['emergency_contraception', 'incident', 120, 'hours', null, 'binding'],
    ['toxicology_blood_urine', 'incident', 24, 'hours', null, 'target'],
    ['toxicology_urine', 'incident', 120, 'hours', null, 'target'],
    ['cctv_request', 'cctv_identified', 24, 'hours', null, 'advisory'],
    ['cctv_overwrite', 'footage_recorded', 28, 'days', null, 'advisory'],
    ['phone_data_preservation', 'phone_data_identified', 0, 'hours', null, 'target'],
    ['subject_reference_sample', 'subject_rotation_date', 0, 'days', null, 'binding'],
    ['subject_interview', 'subject_rotation_date', 0, 'days', null, 'binding'],
    ['un_investigation', 'referral_for_investigation', 6, 'months', '3 months', 'target'],
    ['tcc_investigation', 'notification_to_tcc', 90, 'days', null, 'target'],
    ['nio_appointment', 'notification_to_tcc', 10, 'working_days', '5 working_days', 'target'],
  ])('%s: from %s, %d %s (urgent %s), %s', (id, startEvent, amount, unit, urgent, firmness) => {
    const clock = defaultClock(id);
    expect(clock.startEvent).toBe(startEvent);
    expect(clock.duration).toEqual({ amount, unit });
    expect(clock.urgentDuration ? `${clock.urgentDuration.amount} ${clock.urgentDuration.unit}` : null).toBe(urgent);
    expect(clock.firmness).toBe(firmness);
    expect(clock.source.length).toBeGreaterThan(0);
    expect(clock.action.length).toBeGreaterThan(0);
  });

  it('notes the 120-hour forensic window that local protocols may allow', () => {
    expect(defaultClock('forensic_exam').note).toMatch(/120 hours/);
  });

  it('cannot be changed in place: edits go through a copy', () => {
    expect(() => {
      (defaultClock('forensic_exam').duration as { amount: number }).amount = 1;
    }).toThrow(TypeError);
    expect(defaultClock('forensic_exam').duration.amount).toBe(72);
  });
});

describe('ClockDefinition: every number is editable, within reason', () => {
  it('accepts an edited clock (the 120-hour local protocol)', () => {
    const clock = editable('forensic_exam');
    clock.duration.amount = 120;
    expect(ClockDefinition.parse(clock).duration.amount).toBe(120);
  });

  it('accepts a new clock counted from evidence collection', () => {
    const lab: ClockDefinitionT = {
      id: 'lab_submission',
      name: 'Sample sent to the laboratory',
      enabled: true,
      startEvent: 'evidence_collected',
      duration: { amount: 2, unit: 'working_days' },
      wholeDays: true,
      appliesTo: { evidence: [{ type: 'biological' }], caseFacts: null },
      firmness: 'target',
      source: 'Mission standard operating procedure',
      action: 'sample sent to the laboratory',
    };
    expect(ClockSettings.safeParse([...DEFAULT_CLOCKS, lab]).success).toBe(true);
  });

  const refusals: [string, (clock: ClockDefinitionT) => void][] = [
    [
      'a negative duration',
      (c) => {
        c.duration.amount = -1;
      },
    ],
    [
      'a fractional duration',
      (c) => {
        c.duration.amount = 1.5;
      },
    ],
    [
      'a duration past ten years',
      (c) => {
        c.duration = { amount: 200, unit: 'months' };
      },
    ],
    [
      'an urgent duration in another unit',
      (c) => {
        c.urgentDuration = { amount: 60, unit: 'days' };
      },
    ],
    [
      'whole days on an hour clock',
      (c) => {
        c.duration = { amount: 72, unit: 'hours' };
        c.urgentDuration = undefined;
      },
    ],
    [
      'evidence starting a clock that counts from a referral',
      (c) => {
        c.appliesTo.evidence = [{ type: 'documentary' }];
      },
    ],
    [
      'an unknown start event',
      (c) => {
        (c as { startEvent: string }).startEvent = 'full_moon';
      },
    ],
    [
      'an unknown firmness',
      (c) => {
        (c as { firmness: string }).firmness = 'strict';
      },
    ],
    [
      'a blank source',
      (c) => {
        c.source = '  ';
      },
    ],
    [
      'an id with spaces',
      (c) => {
        c.id = 'UN investigation';
      },
    ],
  ];
  it.each(refusals)('refuses %s', (_, edit) => {
    const clock = editable('un_investigation');
    edit(clock);
    expect(ClockDefinition.safeParse(clock).success).toBe(false);
  });

  it('refuses case facts starting a clock they cannot date', () => {
    const clock = editable('cctv_request');
    clock.appliesTo.caseFacts = { requires: [] };
    expect(ClockDefinition.safeParse(clock).success).toBe(false);
  });

  it('refuses two clocks with the same id', () => {
    expect(ClockSettings.safeParse([...DEFAULT_CLOCKS, defaultClock('hiv_pep')]).success).toBe(false);
  });
});

describe('effectiveDuration', () => {
  it('uses the urgent duration only for an urgent case that has one', () => {
    expect(effectiveDuration(defaultClock('un_investigation'), true)).toEqual({
      duration: { amount: 3, unit: 'months' },
      urgentApplied: true,
    });
    expect(effectiveDuration(defaultClock('un_investigation'), false)).toEqual({
      duration: { amount: 6, unit: 'months' },
      urgentApplied: false,
    });
    expect(effectiveDuration(defaultClock('hiv_pep'), true)).toEqual({
      duration: { amount: 72, unit: 'hours' },
      urgentApplied: false,
    });
  });
});
