import { describe, expect, it } from 'vitest';
import { intake, MINUTE, useCaseFiles } from './case-file-fixture.js';

const caseFile = useCaseFiles();

describe('cases.update', () => {
  it('changes only the fields given, bumps updatedAt, and leaves the others as they were', async () => {
    const cf = await caseFile();
    const created = await cf.call(
      'cases.create',
      intake({
        summary: 'First account.',
        urgent: true,
        category: 'SE',
        location: { text: 'Site A', confidentiality: 'strictly_confidential' },
      }),
    );
    cf.clock.advance(5 * MINUTE);
    const updated = await cf.call('cases.update', {
      caseId: created.id,
      changes: { title: 'Renamed', investigatingEntity: 'oios' },
    });
    expect(updated).toEqual({
      ...created,
      title: 'Renamed',
      investigatingEntity: 'oios',
      updatedAt: '2026-03-10T09:05:00.000Z',
    });
  });

  it('writes nothing when nothing changes (no new updatedAt, no audit row)', async () => {
    const cf = await caseFile();
    const created = await cf.call(
      'cases.create',
      intake({ summary: 'Same', incidentDates: [{ precision: 'month', from: '2025-06' }] }),
    );
    cf.clock.advance(MINUTE);
    const same = await cf.call('cases.update', {
      caseId: created.id,
      changes: {
        summary: 'Same',
        title: created.title,
        incidentDates: [{ precision: 'month', from: '2025-06' }],
        urgent: false,
      },
    });
    expect(same).toEqual(created);
    expect((await cf.call('audit.list', { caseId: created.id })).items.map((e) => e.action)).toEqual(['case.create']);
  });

  it('stamps the acknowledgement of the obligation to report once, and refuses to withdraw it (CONFLICT)', async () => {
    const cf = await caseFile();
    const created = await cf.call('cases.create', intake());
    cf.clock.advance(MINUTE);
    const acknowledged = await cf.call('cases.update', {
      caseId: created.id,
      changes: { reportingObligationAcknowledged: true },
    });
    expect(acknowledged.reportingObligationAcknowledgedAt).toBe('2026-03-10T09:01:00.000Z');
    cf.clock.advance(MINUTE);
    const again = await cf.call('cases.update', {
      caseId: created.id,
      changes: { reportingObligationAcknowledged: true },
    });
    expect(again.reportingObligationAcknowledgedAt).toBe('2026-03-10T09:01:00.000Z');
    const withdrawal = await cf.refusal('cases.update', {
      caseId: created.id,
      changes: { reportingObligationAcknowledged: false },
    });
    expect(withdrawal.code).toBe('CONFLICT');
    expect(withdrawal.message).toMatch(/cannot be withdrawn/);
  });

  it('audits the names of the fields changed, with from → to only for enumerated values', async () => {
    const cf = await caseFile();
    const created = await cf.call('cases.create', intake());
    await cf.call('cases.update', {
      caseId: created.id,
      changes: {
        summary: 'New account naming a place',
        category: 'SA',
        urgent: true,
        location: { text: 'Secret site' },
      },
    });
    const [entry] = (await cf.call('audit.list', { caseId: created.id, limit: 1 })).items;
    expect(entry).toMatchObject({
      action: 'case.update',
      actor: 'test',
      target: { kind: 'case', id: created.id, label: 'CF-2026-0001' },
      details: {
        fields: ['summary', 'location', 'category', 'urgent'],
        values: { category: { from: null, to: 'SA' }, urgent: { from: false, to: true } },
      },
    });
    expect(JSON.stringify(entry)).not.toMatch(/Secret site|naming a place/);
  });

  it('refuses unknown fields and blank required text (VALIDATION), and unknown cases (NOT_FOUND)', async () => {
    const cf = await caseFile();
    const created = await cf.call('cases.create', intake());
    expect((await cf.refusal('cases.update', { caseId: created.id, changes: { title: '   ' } })).code).toBe(
      'VALIDATION',
    );
    expect(
      (await cf.refusal('cases.update', { caseId: created.id, changes: { status: 'substantiated' } as never })).code,
    ).toBe('VALIDATION');
    expect((await cf.refusal('cases.update', { caseId: 'no-such-case', changes: { title: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('cases.changeStatus', () => {
  it(
    'moves along the allowed transitions, each change dated and reasoned in the ' + 'history, closing with a ground',
    async () => {
      const cf = await caseFile();
      const { id } = await cf.call('cases.create', intake());
      cf.clock.advance(MINUTE);
      await cf.call('cases.changeStatus', {
        caseId: id,
        to: 'under_investigation',
        reason: 'Credible and specific',
        at: '2026-03-10T09:00:30.000Z',
      });
      cf.clock.advance(MINUTE);
      await cf.call('cases.changeStatus', {
        caseId: id,
        to: 'not_substantiated',
        reason: 'No corroboration',
        closureGround: 'insufficient_evidence',
      });
      cf.clock.advance(MINUTE);
      const reopened = await cf.call('cases.changeStatus', {
        caseId: id,
        to: 'under_investigation',
        reason: 'New witness came forward',
      });
      expect(reopened.status).toBe('under_investigation');
      expect(reopened.updatedAt).toBe('2026-03-10T09:03:00.000Z');
      expect(reopened.statusHistory).toEqual([
        {
          from: null,
          to: 'preliminary_assessment',
          at: '2026-03-10T09:00:00.000Z',
          reason: { code: 'opened_at_intake' },
        },
        {
          from: 'preliminary_assessment',
          to: 'under_investigation',
          at: '2026-03-10T09:00:30.000Z',
          reason: 'Credible and specific',
        },
        {
          from: 'under_investigation',
          to: 'not_substantiated',
          at: '2026-03-10T09:02:00.000Z',
          reason: 'No corroboration',
          closureGround: 'insufficient_evidence',
        },
        {
          from: 'not_substantiated',
          to: 'under_investigation',
          at: '2026-03-10T09:03:00.000Z',
          reason: 'New witness came forward',
        },
      ]);
      const actions = (await cf.call('audit.list', { caseId: id })).items.map((e) => [e.action, e.details['to']]);
      expect(actions).toEqual([
        ['case.status.change', 'under_investigation'],
        ['case.status.change', 'not_substantiated'],
        ['case.status.change', 'under_investigation'],
        ['case.create', undefined],
      ]);
    },
  );

  it('refuses a move the transitions do not allow (CONFLICT), naming where the case may go', async () => {
    const cf = await caseFile();
    const { id } = await cf.call('cases.create', intake());
    const refused = await cf.refusal('cases.changeStatus', {
      caseId: id,
      to: 'substantiated',
      reason: 'x',
      closureGround: 'facts_established',
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused).toMatchObject({
      reason: 'cases.statusTransition',
      params: {
        from: 'preliminary_assessment',
        to: 'substantiated',
        allowed: ['under_review', 'under_investigation', 'pending_member_state', 'closed_other'],
      },
    });
    // In words, never the statuses' code names.
    expect(refused.message).toMatch(/cannot go from “Preliminary assessment” to “Substantiated”/);
    expect(refused.message).toMatch(
      new RegExp(
        'Under review \\(limited information\\), Under investigation, Pending Member State investigation ' +
          'or Closed \\(other circumstances\\)\\.$',
      ),
    );
    expect(
      (await cf.refusal('cases.changeStatus', { caseId: id, to: 'preliminary_assessment', reason: 'x' })).code,
    ).toBe('CONFLICT');
  });

  it(
    'refuses a closing move without a fitting ground, a ground on a non-closing ' + 'move, and bad dates (VALIDATION)',
    async () => {
      const cf = await caseFile();
      const { id } = await cf.call('cases.create', intake());
      cf.clock.advance(MINUTE);
      const noGround = await cf.refusal('cases.changeStatus', { caseId: id, to: 'closed_other', reason: 'x' });
      expect(noGround).toMatchObject({ code: 'VALIDATION' });
      expect(noGround.message).toBe('Closing a case as “Closed (other circumstances)” needs a closure ground.');
      expect(
        (
          await cf.refusal('cases.changeStatus', {
            caseId: id,
            to: 'closed_other',
            reason: 'x',
            closureGround: 'facts_established',
          })
        ).message,
      ).toMatch(/does not fit a case closed as “Closed \(other circumstances\)”/);
      expect(
        (
          await cf.refusal('cases.changeStatus', {
            caseId: id,
            to: 'under_review',
            reason: 'x',
            closureGround: 'other',
          })
        ).message,
      ).toMatch(/Only a status that closes the case takes a closure ground/);
      const future = await cf.refusal('cases.changeStatus', {
        caseId: id,
        to: 'under_review',
        reason: 'x',
        at: '2026-03-10T09:05:00.000Z',
      });
      expect(future).toMatchObject({ code: 'VALIDATION', message: 'A status change cannot be dated in the future.' });
      const early = await cf.refusal('cases.changeStatus', {
        caseId: id,
        to: 'under_review',
        reason: 'x',
        at: '2026-03-09T09:00:00.000Z',
      });
      expect(early.message).toMatch(/before the previous one/);
      expect((await cf.refusal('cases.changeStatus', { caseId: id, to: 'under_review', reason: '  ' })).code).toBe(
        'VALIDATION',
      );
      expect((await cf.call('cases.get', { caseId: id })).statusHistory).toHaveLength(1);
    },
  );
});

describe('cases.archive', () => {
  it(
    'takes a case off the default list and freezes it; bringing it back restores ' + 'both; each move is audited',
    async () => {
      const cf = await caseFile();
      const { id } = await cf.call('cases.create', intake());
      cf.clock.advance(MINUTE);
      const archived = await cf.call('cases.archive', {
        caseId: id,
        archived: true,
        reason: 'Duplicate of CF-2025-0012',
      });
      expect(archived.archived).toEqual({ at: '2026-03-10T09:01:00.000Z', reason: 'Duplicate of CF-2025-0012' });
      expect((await cf.call('cases.list', {})).items).toEqual([]);
      expect((await cf.call('cases.list', { includeArchived: true })).items.map((c) => [c.id, c.archived])).toEqual([
        [id, true],
      ]);

      expect((await cf.refusal('cases.update', { caseId: id, changes: { title: 'x' } })).code).toBe('CONFLICT');
      expect((await cf.refusal('cases.changeStatus', { caseId: id, to: 'under_review', reason: 'x' })).code).toBe(
        'CONFLICT',
      );
      expect((await cf.refusal('cases.archive', { caseId: id, archived: true, reason: 'again' })).message).toMatch(
        /already archived/,
      );

      cf.clock.advance(MINUTE);
      const restored = await cf.call('cases.archive', {
        caseId: id,
        archived: false,
        reason: 'Not a duplicate after all',
      });
      expect(restored.archived).toBeNull();
      expect((await cf.call('cases.list', {})).items.map((c) => c.id)).toEqual([id]);
      await cf.call('cases.update', { caseId: id, changes: { title: 'Editable again' } });
      expect((await cf.call('audit.list', { caseId: id })).items.map((e) => [e.action, e.details['reason']])).toEqual([
        ['case.update', undefined],
        ['case.unarchive', 'Not a duplicate after all'],
        ['case.archive', 'Duplicate of CF-2025-0012'],
        ['case.create', undefined],
      ]);
    },
  );
});
