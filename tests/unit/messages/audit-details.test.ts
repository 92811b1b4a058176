import { describe, expect, it } from 'vitest';
import { auditActionText, auditDetailsText } from '../../../renderer/case/audit-text.js';
import { customConsentPurpose, DISCIPLINARY_SHARING_PURPOSE } from '../../../shared/domain/consent.js';
import {
  arrangements,
  at,
  auditOf,
  consent,
  openCase,
  START,
  useCaseFiles,
  victim,
  witness,
} from '../people/people-fixture.js';
import { catalogT } from '../renderer/i18n-instance.js';

const caseFile = useCaseFiles();

describe("the audit trail's details, as the core records them", () => {
  it('read in French: every field and value in words, no key or code of the core, none left unworded', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    await cf.call('cases.update', { caseId, changes: { urgent: true, title: 'Autre titre', category: 'SE' } });
    await cf.call('cases.changeStatus', { caseId, to: 'under_review', reason: 'Peu d’informations' });
    await cf.call('cases.archive', { caseId, archived: true, reason: 'Fusionné' });
    await cf.call('cases.archive', { caseId, archived: false, reason: 'Séparé' });
    const v = await cf.call('people.add', { caseId, profile: victim() });
    const w = await cf.call('people.add', { caseId, profile: witness(), identity: { fullName: 'Nom secret' } });
    await cf.call('people.setIdentity', {
      personId: w.id,
      identity: { fullName: 'Nom secret', address: 'Rue 12', confidentiality: 'strictly_confidential' },
    });
    await cf.call('consents.record', consent(w.id, at(START, -90)));
    await cf.call('consents.record', consent(v.id, at(START, -80), { purpose: 'recording', decision: 'refused' }));
    await cf.call('consents.record', consent(v.id, at(START, -75), { purpose: DISCIPLINARY_SHARING_PURPOSE }));
    await cf.call(
      'consents.record',
      consent(v.id, at(START, -74), { purpose: customConsentPurpose('photos du site') }),
    );
    const planned = await cf.call('interviews.plan', { caseId, personId: w.id, arrangements: arrangements() });
    await cf.call('interviews.markConducted', { interviewId: planned.id, conductedAt: at(START, -60) });

    const fr = await catalogT('fr');
    const rows = await auditOf(cf, caseId);
    expect(rows.length).toBeGreaterThan(10);
    const read = rows.map(
      (row) =>
        `${auditActionText(fr, row.action)} — ${auditDetailsText(fr, 'fr', 'Africa/Bangui', row.action, row.details)}`,
    );
    for (const line of read) {
      expect(line).not.toMatch(/autres? détails?|un autre champ/);
      // No key of the core (camelCase or snake_case) and no enum code is left in the words.
      expect(line).not.toMatch(/\b[a-z]+[A-Z]\w*\b|\b[a-z]+_[a-z_]+\b/);
      expect(line).not.toContain('Nom secret');
    }
    expect(read).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Modifié : Titre, Catégorie et Urgent · Catégorie : de .+ à Exploitation sexuelle/),
        expect.stringMatching(
          new RegExp(
            '^Statut changé — Date : 10 mars 2026, 10:00 \\(fuseau Africa/Bangui\\) · ' +
              'Ancien statut : Évaluation préliminaire · Motif : Peu d’informations · Nouveau statut : En examen',
          ),
        ),
        'Dossier archivé — Motif : Fusionné',
        expect.stringMatching(/^Décision de consentement enregistrée — .*Pour un seul destinataire : Non/),
        // A purpose named by the app in the reader's words, a custom one as its author wrote it.
        expect.stringMatching(
          /^Décision de consentement enregistrée — .*Communication à la procédure disciplinaire de l’ONU/,
        ),
        expect.stringMatching(/^Décision de consentement enregistrée — .*photos du site/),
        'Identité enregistrée — Modifié : Adresse ou lieu précis · Code : W-01 · ' +
          'Éléments d’identité enregistrés : Nom complet et Adresse ou lieu précis',
      ]),
    );
  });

  it("word the reason the core gave a status change of its own in the reader's language, not as its code", async () => {
    const details = { from: 'under_investigation', to: 'substantiated', reasonCode: 'closed_by_findings' };
    const [fr, ar] = [await catalogT('fr'), await catalogT('ar')];
    expect(auditDetailsText(fr, 'fr', 'Africa/Bangui', 'case.status.change', details)).toContain(
      'Motif : Conclusions enregistrées pour chaque personne mise en cause.',
    );
    expect(auditDetailsText(ar, 'ar', 'Africa/Bangui', 'case.status.change', details)).toContain(
      'سُجِّلت نتيجة التحقيق بشأن كل شخص معني.',
    );
  });
});
