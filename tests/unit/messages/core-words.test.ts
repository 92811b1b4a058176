import { describe, expect, it } from 'vitest';
import { deadlineClosureText } from '../../../shared/i18n/deadline-closures.js';
import { messageText } from '../../../shared/i18n/messages.js';
import type { StatusReason } from '../../../shared/domain/case.js';
import { statusReasonText } from '../../../shared/i18n/status-reasons.js';
import { timelineWords } from '../../../shared/timeline/event-titles.js';

/** Words the core builds for a person to read come from the catalogues: in French, no English is left in them. */
describe("the chronology's custody line", () => {
  const handOver = { purpose: 'Extraction', from: 'Enquêteur Un', to: 'Laboratoire', sealNumber: 'S-7' };

  it('names who handed the item to whom and its seal in the reader’s language', () => {
    expect(timelineWords.custodySummary('fr', handOver)).toBe(
      'de Enquêteur Un à Laboratoire — Extraction — scellé S-7',
    );
    expect(timelineWords.custodySummary('en', handOver)).toBe('Enquêteur Un → Laboratoire — Extraction — seal S-7');
  });
});

describe("a status change's reason", () => {
  const inFrench = (reason: StatusReason) => statusReasonText((key, params) => messageText('fr', key, params), reason);

  it('reads in French when the core gave it (a code), as written when a person did, even in English words', () => {
    expect(inFrench({ code: 'opened_at_intake' })).toBe('Ouvert à l’enregistrement');
    expect(inFrench({ code: 'closed_by_findings' })).toBe(
      'Conclusions enregistrées pour chaque personne mise en cause.',
    );
    expect(inFrench('Crédible et précis')).toBe('Crédible et précis');
    // Only a code is the core's: a person who typed the catalogue's English gets their words back.
    expect(inFrench('Opened at intake')).toBe('Opened at intake');
  });
});

describe('what closed a deadline', () => {
  const inFrench = (action: string) => deadlineClosureText((key, params) => messageText('fr', key, params), action);

  it('reads in French when a recorded act closed it (as stored before too), as written when a person did', () => {
    expect(inFrench('reply received')).toBe('réponse reçue');
    const examination = messageText('en', 'deadlineReasons.investigativeAction', {
      kind: 'forensic_medical_exam',
      status: 'done',
    });
    expect(examination).toMatch(/^Investigative action recorded: /);
    expect(inFrench(examination)).toBe(
      messageText('fr', 'deadlineReasons.investigativeAction', { kind: 'forensic_medical_exam', status: 'done' }),
    );
    expect(inFrench(examination)).toMatch(/^Acte d’enquête enregistré : /);
    expect(inFrench('Examen fait au centre de santé')).toBe('Examen fait au centre de santé');
  });
});
