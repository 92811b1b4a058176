import { describe, expect, it } from 'vitest';
import { CaseIntake, CaseRecord } from '../../../shared/contract/cases.js';
import {
  emptyIntakeDraft,
  draftFromCase,
  intakeChanges,
  intakeFromDraft,
  type IntakeDraft,
} from '../../../renderer/cases/intake/intake-draft.js';
import {
  emptyDateDraft,
  uncertainDateFromDraft,
  draftFromUncertainDate,
} from '../../../renderer/components/uncertain-date-draft.js';
import { errorsUnder, fieldErrors } from '../../../renderer/components/validation.js';
import { catalogT } from './i18n-instance.js';

const ZONE = 'Africa/Bangui';

function filledDraft(): IntakeDraft {
  return {
    ...emptyIntakeDraft('2026-03-02', ZONE),
    title: '  Mission Alpha, report of March  ',
    summary: 'V-01 reported an exchange of food for sex.',
    reportingChannel: 'hotline',
    entity: 'MINUSCA',
    location: { text: 'Camp Kilo, water point', confidentiality: 'strictly_confidential' },
    subtype: 'transactional_sex',
    category: 'SE',
    allegedExchange: ['goods'],
    incidentDates: [{ ...emptyDateDraft('range', ZONE), from: '2016-06', to: '2016-08' }],
    investigatingEntity: 'oios',
    urgent: true,
    reportingObligationAcknowledged: true,
    paternity: {
      claimed: true,
      status: 'pending',
      dnaPermittedByNationalLaw: 'unknown',
      dnaSampleTaken: false,
      memberStateNotifiedOn: '',
      nationalFocalPoint: ' Focal point, Ministry of Justice ',
      wishesOfMotherOrGuardian: '',
    },
  };
}

describe('the intake draft', () => {
  it('becomes exactly the CaseIntake the contract accepts', () => {
    const parsed = CaseIntake.parse(intakeFromDraft(filledDraft()));
    expect(parsed).toEqual({
      title: 'Mission Alpha, report of March',
      summary: 'V-01 reported an exchange of food for sex.',
      dateReceived: '2026-03-02',
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      location: { text: 'Camp Kilo, water point', confidentiality: 'strictly_confidential' },
      category: 'SE',
      subtype: 'transactional_sex',
      incidentDates: [{ precision: 'range', from: '2016-06', to: '2016-08', timeZone: ZONE }],
      investigatingEntity: 'oios',
      urgent: true,
      reportingObligationAcknowledged: true,
      allegedExchange: ['goods'],
      // Blank optional fields are left out, not sent empty.
      paternityClaim: {
        claimed: true,
        status: 'pending',
        dnaPermittedByNationalLaw: 'unknown',
        dnaSampleTaken: false,
        nationalFocalPoint: 'Focal point, Ministry of Justice',
      },
      confidentiality: 'confidential',
    });
  });

  it('starts strictly confidential for the location and unknown for the incident date', () => {
    const draft = emptyIntakeDraft('2026-03-02', ZONE);
    expect(draft.location.confidentiality).toBe('strictly_confidential');
    expect(intakeFromDraft(draft)['incidentDates']).toEqual([{ precision: 'unknown' }]);
  });

  it('names each missing required field, in the user’s language', async () => {
    const result = CaseIntake.safeParse(intakeFromDraft(emptyIntakeDraft('2026-03-02', ZONE)));
    expect(result.success).toBe(false);
    const english = fieldErrors(await catalogT('en'), result.error!);
    expect(english).toEqual({
      title: 'This is required.',
      reportingChannel: 'Choose one of the options.',
      entity: 'This is required.',
    });
    const french = fieldErrors(await catalogT('fr'), result.error!);
    expect(french['title']).toBe('Ce champ est obligatoire.');
  });

  it('reports a reversed range and a claim without status on their own fields', async () => {
    const draft = filledDraft();
    draft.incidentDates = [
      emptyDateDraft('unknown', ZONE),
      { ...emptyDateDraft('range', ZONE), from: '2016-08', to: '2016-06' },
    ];
    draft.paternity = { ...draft.paternity, status: '' };
    const result = CaseIntake.safeParse(intakeFromDraft(draft));
    const errors = fieldErrors(await catalogT('en'), result.error!);
    expect(errors).toEqual({
      'incidentDates.1.to': 'The end of the range must not come before its start.',
      'paternityClaim.status': 'Choose one of the options.',
    });
    expect(errorsUnder(errors, 'incidentDates.1')).toEqual({
      to: 'The end of the range must not come before its start.',
    });
    expect(errorsUnder(errors, 'incidentDates.0')).toEqual({});
  });

  it('round-trips a stored case, and an edit sends only what changed', () => {
    const intake = CaseIntake.parse(intakeFromDraft(filledDraft()));
    const { reportingObligationAcknowledged: _acknowledged, ...fields } = intake;
    const record = CaseRecord.parse({
      ...fields,
      id: 'case-1',
      reference: 'CF-2026-0001',
      reportingObligationAcknowledgedAt: '2026-03-02T09:00:00.000Z',
      status: 'preliminary_assessment',
      statusHistory: [
        { from: null, to: 'preliminary_assessment', at: '2026-03-02T09:00:00.000Z', reason: 'Opened at intake' },
      ],
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      archived: null,
    });
    const before = CaseIntake.parse(intakeFromDraft(draftFromCase(record, ZONE)));
    expect(before).toEqual(intake);
    expect(intakeChanges(before, before)).toEqual({});

    const edited = draftFromCase(record, ZONE);
    edited.urgent = false;
    edited.incidentDates = [...edited.incidentDates, { ...emptyDateDraft('month', ZONE), month: '2016-09' }];
    const after = CaseIntake.parse(intakeFromDraft(edited));
    expect(intakeChanges(before, after)).toEqual({
      urgent: false,
      incidentDates: [
        { precision: 'range', from: '2016-06', to: '2016-08', timeZone: ZONE },
        { precision: 'month', from: '2016-09', timeZone: ZONE },
      ],
    });
  });

  it('sends the reporting acknowledgement only when newly given, never to withdraw it', () => {
    const acknowledged = CaseIntake.parse(intakeFromDraft(filledDraft()));
    const notYet = { ...acknowledged, reportingObligationAcknowledged: false };
    expect(intakeChanges(notYet, acknowledged)).toEqual({ reportingObligationAcknowledged: true });
    expect(intakeChanges(acknowledged, notYet)).toEqual({});
  });
});

describe('the uncertain-date draft', () => {
  it('keeps only the chosen precision’s fields', () => {
    const draft = {
      ...emptyDateDraft('exact', ZONE),
      day: '2026-03-01',
      time: '10:30',
      month: '2015-03',
      year: '2015',
      from: '2016',
      to: '2017',
    };
    expect(uncertainDateFromDraft(draft)).toEqual({ precision: 'exact', from: '2026-03-01T10:30', timeZone: ZONE });
    expect(uncertainDateFromDraft({ ...draft, precision: 'day' })).toEqual({
      precision: 'day',
      from: '2026-03-01',
      timeZone: ZONE,
    });
    expect(uncertainDateFromDraft({ ...draft, precision: 'month' })).toEqual({
      precision: 'month',
      from: '2015-03',
      timeZone: ZONE,
    });
    expect(uncertainDateFromDraft({ ...draft, precision: 'year' })).toEqual({
      precision: 'year',
      from: '2015',
      timeZone: ZONE,
    });
    expect(uncertainDateFromDraft({ ...draft, precision: 'range' })).toEqual({
      precision: 'range',
      from: '2016',
      to: '2017',
      timeZone: ZONE,
    });
    expect(uncertainDateFromDraft({ ...draft, precision: 'unknown' })).toEqual({ precision: 'unknown' });
  });

  it('leaves an exact date without its time invalid rather than guessing midnight', () => {
    expect(uncertainDateFromDraft({ ...emptyDateDraft('exact', ZONE), day: '2026-03-01' })['from']).toBe('');
  });

  it('edits a stored date from the same fields', () => {
    expect(
      draftFromUncertainDate({ precision: 'exact', from: '2026-03-01T10:30:15', timeZone: 'UTC' }, ZONE),
    ).toMatchObject({
      precision: 'exact',
      day: '2026-03-01',
      time: '10:30',
      timeZone: 'UTC',
    });
    // A stored date without a zone is edited in the fallback zone (the place's, by default this computer's).
    expect(draftFromUncertainDate({ precision: 'year', from: '2015' }, ZONE)).toMatchObject({
      year: '2015',
      timeZone: ZONE,
    });
  });
});
