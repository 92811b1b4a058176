import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../core/helpers.js';
import { intake, useCaseFiles } from './case-file-fixture.js';

const caseFile = useCaseFiles();

describe('cases.create', () => {
  it(
    'opens a case with every intake field, the opening entry of its history, and the ' +
      'obligation acknowledged at intake',
    async () => {
      const cf = await caseFile({ startAt: '2026-03-10T09:00:00.000Z' });
      const created = await cf.call(
        'cases.create',
        intake({
          summary: 'Le témoin rapporte des faits près de l’école.',
          location: { text: 'Quartier Boy-Rabe, near the market', confidentiality: 'strictly_confidential' },
          category: 'SA',
          subtype: 'sexual_activity_with_minor',
          incidentDates: [
            { precision: 'range', from: '2025-06', to: '2025-08', timeZone: 'Africa/Bangui' },
            { precision: 'exact', from: '2025-09-14T22:30', timeZone: 'Africa/Bangui' },
          ],
          investigatingEntity: 'oios',
          urgent: true,
          reportingObligationAcknowledged: true,
          allegedExchange: ['money', 'assistance'],
          paternityClaim: {
            claimed: true,
            status: 'pending',
            dnaPermittedByNationalLaw: 'unknown',
            dnaSampleTaken: false,
          },
          confidentiality: 'strictly_confidential',
        }),
      );
      expect(created).toMatchObject({
        reference: 'CF-2026-0001',
        title: 'Allegation at the distribution site',
        dateReceived: '2026-03-09',
        reportingChannel: 'community_based_complaint_mechanism',
        entity: 'MINUSCA',
        location: { text: 'Quartier Boy-Rabe, near the market', confidentiality: 'strictly_confidential' },
        category: 'SA',
        subtype: 'sexual_activity_with_minor',
        investigatingEntity: 'oios',
        urgent: true,
        reportingObligationAcknowledgedAt: '2026-03-10T09:00:00.000Z',
        allegedExchange: ['money', 'assistance'],
        paternityClaim: {
          claimed: true,
          status: 'pending',
          dnaPermittedByNationalLaw: 'unknown',
          dnaSampleTaken: false,
        },
        status: 'preliminary_assessment',
        statusHistory: [
          {
            from: null,
            to: 'preliminary_assessment',
            at: '2026-03-10T09:00:00.000Z',
            reason: { code: 'opened_at_intake' },
          },
        ],
        confidentiality: 'strictly_confidential',
        createdAt: '2026-03-10T09:00:00.000Z',
        updatedAt: '2026-03-10T09:00:00.000Z',
        archived: null,
      });
      expect(created.incidentDates).toHaveLength(2);
      expect(await cf.call('cases.get', { caseId: created.id })).toEqual(created);
    },
  );

  it(
    'fills the defaults: unknown incident date, no classification, location strictly ' +
      'confidential, not acknowledged',
    async () => {
      const cf = await caseFile();
      const created = await cf.call('cases.create', intake());
      expect(created).toMatchObject({
        summary: '',
        location: { text: '', confidentiality: 'strictly_confidential' },
        category: null,
        subtype: null,
        incidentDates: [{ precision: 'unknown' }],
        investigatingEntity: null,
        urgent: false,
        reportingObligationAcknowledgedAt: null,
        allegedExchange: [],
        paternityClaim: { claimed: false },
        confidentiality: 'confidential',
      });
    },
  );

  it('numbers references on the year the case is opened (not the year received), per year, never twice', async () => {
    const cf = await caseFile({ startAt: '2026-12-31T23:59:59.000Z' });
    const a = await cf.call('cases.create', intake({ dateReceived: '2025-11-30' }));
    const b = await cf.call('cases.create', intake({ dateReceived: '2026-12-31' }));
    cf.clock.advance(1000); // 2027-01-01T00:00:00Z
    const c = await cf.call('cases.create', intake({ dateReceived: '2026-12-31' }));
    expect([a.reference, b.reference, c.reference]).toEqual(['CF-2026-0001', 'CF-2026-0002', 'CF-2027-0001']);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('skips a number already taken by a case that did not come from the counter', async () => {
    const cf = await caseFile();
    const first = await cf.call('cases.create', intake());
    // A case with the next number arrives by another way (as an import would bring it).
    cf.ws.lock('user');
    await cf.rawDatabase((db) => {
      db.prepare(`DELETE FROM case_reference_counters`).run();
    });
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const second = await cf.call('cases.create', intake());
    expect(first.reference).toBe('CF-2026-0001');
    expect(second.reference).toBe('CF-2026-0002');
  });

  it('refuses intake without its required fields, or with unknown ones (VALIDATION)', async () => {
    const cf = await caseFile();
    expect((await cf.refusal('cases.create', { title: 'x' } as never)).code).toBe('VALIDATION');
    expect((await cf.refusal('cases.create', { ...intake(), victimName: 'x' } as never)).code).toBe('VALIDATION');
    expect((await cf.refusal('cases.create', intake({ incidentDates: [] }))).code).toBe('VALIDATION');
    expect((await cf.call('cases.list', {})).items).toEqual([]);
  });
});

describe('cases.get', () => {
  it('finds a case by id or by reference, and answers NOT_FOUND otherwise', async () => {
    const cf = await caseFile();
    const created = await cf.call('cases.create', intake());
    expect((await cf.call('cases.get', { caseId: 'CF-2026-0001' })).id).toBe(created.id);
    expect((await cf.refusal('cases.get', { caseId: 'CF-2026-0002' })).code).toBe('NOT_FOUND');
    expect((await cf.refusal('cases.get', { caseId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('needs the vault unlocked', async () => {
    const cf = await caseFile();
    const created = await cf.call('cases.create', intake());
    cf.ws.lock('user');
    expect((await cf.refusal('cases.get', { caseId: created.id })).code).toBe('VAULT_LOCKED');
  });
});
