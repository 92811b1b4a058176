import { describe, expect, it } from 'vitest';
import { errorSummary, fieldErrorsOf } from '../../../renderer/api/errors.js';
import { receivedDateProblem } from '../../../shared/domain/case-received.js';
import i18next, { type TFunction } from 'i18next';
import { LABEL_CATALOGUES } from '../../../shared/i18n/labels.js';
import { MESSAGE_CATALOGUES, messageText, registerMessageFormatters } from '../../../shared/i18n/messages.js';
import { readCatalog } from '../renderer/renderer-sources.js';
import { intake, useCaseFiles } from './case-file-fixture.js';

const caseFile = useCaseFiles();

/** The screens' translations as renderer/i18n sets them up: their catalog, the labels, the core's messages. */
async function screenT(language: 'en' | 'fr'): Promise<TFunction> {
  const instance = i18next.createInstance();
  const translation = {
    ...readCatalog(language),
    labels: LABEL_CATALOGUES[language],
    messages: MESSAGE_CATALOGUES[language],
  };
  await instance.init({
    resources: { [language]: { translation } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  registerMessageFormatters(instance);
  return instance.t;
}

/** 22:30 UTC on 9 March: already 10 March in Nairobi (UTC+3), still 9 March on a UTC mission calendar. */
const LATE_EVENING = '2026-03-09T22:30:00.000Z';

describe('a case received in the future is refused, "now" from the injected clock', () => {
  it('in the domain: after today is refused, today and before are not', () => {
    expect(receivedDateProblem('2026-03-11', '2026-03-10')).toEqual({
      path: 'dateReceived',
      reason: 'cases.receivedInFuture',
    });
    expect(receivedDateProblem('2026-03-10', '2026-03-10')).toBeNull();
    expect(receivedDateProblem('2025-12-31', '2026-03-10')).toBeNull();
  });

  it('at intake, on the mission calendar, marking the field and keeping nothing', async () => {
    const utc = await caseFile({ startAt: LATE_EVENING });
    const reply = await utc.attempt('cases.create', intake({ dateReceived: '2026-03-10' }));
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error).toMatchObject({
      code: 'VALIDATION',
      reason: 'cases.receivedInFuture',
      message: messageText('en', 'errors.cases.receivedInFuture'),
      fields: [{ path: ['dateReceived'], problem: 'invalid' }],
    });
    expect((await utc.call('cases.list', {})).items).toEqual([]);
    expect((await utc.call('cases.create', intake({ dateReceived: '2026-03-09' }))).dateReceived).toBe('2026-03-09');

    // The same instant is the next day in Nairobi: a report received there "today" is accepted.
    const nairobi = await caseFile({ startAt: LATE_EVENING, timeZone: 'Africa/Nairobi' });
    expect((await nairobi.call('cases.create', intake({ dateReceived: '2026-03-10' }))).dateReceived).toBe(
      '2026-03-10',
    );
  });

  it('when the date is changed later, leaving the stored date as it was', async () => {
    const cf = await caseFile({ startAt: LATE_EVENING });
    const created = await cf.call('cases.create', intake({ dateReceived: '2026-03-08' }));
    const refusal = await cf.refusal('cases.update', { caseId: created.id, changes: { dateReceived: '2026-03-10' } });
    expect(refusal.code).toBe('VALIDATION');
    expect((await cf.call('cases.get', { caseId: created.id })).dateReceived).toBe('2026-03-08');
    // Today is not the future.
    const updated = await cf.call('cases.update', { caseId: created.id, changes: { dateReceived: '2026-03-09' } });
    expect(updated.dateReceived).toBe('2026-03-09');
  });

  it('shows on the intake form beside the date received, in the screen language', async () => {
    const cf = await caseFile({ startAt: LATE_EVENING });
    const reply = await cf.attempt('cases.create', intake({ dateReceived: '2026-03-12' }));
    if (reply.ok) throw new Error('expected a refusal');
    // What IntakeForm does with the core's refusal: the alert's sentence, and the field marked.
    for (const language of ['en', 'fr'] as const) {
      const t = await screenT(language);
      expect(errorSummary(t, reply.error)).toBe(messageText(language, 'errors.cases.receivedInFuture'));
      expect(Object.keys(fieldErrorsOf(t, reply.error))).toEqual(['dateReceived']);
      expect(fieldErrorsOf(t, reply.error)['dateReceived']).toBe(messageText(language, 'fields.invalid'));
    }
    expect(messageText('fr', 'errors.cases.receivedInFuture')).toContain('futur');
  });
});
