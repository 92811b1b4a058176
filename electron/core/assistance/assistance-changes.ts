import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AssistanceUpdateInput } from '../../../shared/contract/assistance.js';
import { CasefileError } from '../../../shared/contract/index.js';
import {
  assistanceStepProblem,
  type AssistanceOfferFields,
  type AssistanceReferral,
} from '../../../shared/domain/assistance.js';
import { checkReferralCanBeMade } from '../../../shared/principles/guards.js';
import { caseChange, recordAudit, type AuditDetails } from '../kernel/audit/case-change.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { PersonKey } from '../kernel/ports/people-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { getReferral, toPrinciplesReferral, type ReferralRow } from './assistance-store.js';

// A moment typed a few minutes ahead of the computer's clock is a clock difference, not the future.
const CLOCK_TOLERANCE_MS = 5 * 60_000;

function victimOf(ctx: CaseFileContext, db: VaultDatabase, personId: string): PersonKey {
  const person = ctx.ports.people.get(db, personId);
  if (person.role !== 'victim') throw new CasefileError('VALIDATION', 'assistance.notVictim', { person: person.code });
  return person;
}

function notInFuture(ctx: CaseFileContext, at: string): void {
  if (Date.parse(at) > ctx.now() + CLOCK_TOLERANCE_MS) throw new CasefileError('VALIDATION', 'assistance.inFuture');
}

/** The audit row of an offer or a step: the victim named by code. */
function assistanceAudit(
  action: AuditAction,
  victim: Pick<PersonKey, 'caseId' | 'code'>,
  id: string,
  details: AuditDetails,
) {
  const audited = { caseId: victim.caseId, kind: 'assistance', id, label: victim.code };
  return recordAudit(action, audited, { code: victim.code, ...details });
}

/**
 * Records an offer of assistance to a victim. No consent is asked: the offer is made to every
 * victim, whether or not they take part in the investigation (R8); consent is checked when the
 * referral to a provider is made.
 */
export function offerAssistance(ctx: CaseFileContext, input: AssistanceOfferFields): AssistanceReferral {
  return caseChange(ctx, ({ db, at, record }): AssistanceReferral => {
    const victim = victimOf(ctx, db, input.personId);
    notInFuture(ctx, input.offeredAt);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO assistance_referrals
           (id, case_id, person_id, service, provider, advocate, status, offered_at, referred_at, recorded_at,
            updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'offered', ?, NULL, ?, ?)`,
    ).run(
      id,
      victim.caseId,
      victim.id,
      input.service,
      input.provider ?? null,
      input.advocate ?? null,
      input.offeredAt,
      at,
      at,
    );
    db.prepare(
      `INSERT INTO assistance_steps (referral_id, status, at, reason, recorded_at) VALUES (?, 'offered', ?, NULL, ?)`,
    ).run(id, input.offeredAt, at);
    // Provider and advocate are free text that may name people or places: only whether they are given.
    record(
      assistanceAudit('assistance.offer', victim, id, {
        service: input.service,
        offeredAt: input.offeredAt,
        provider: input.provider !== undefined,
        advocate: input.advocate !== undefined,
      }),
    );
    return getReferral(db, id);
  });
}

/**
 * Moves a referral one step on. The steps follow the referral workflow (shared/domain/assistance.ts);
 * the step to "in progress" is the referral to the provider, refused unless the consent that covers
 * that provider is in force at that moment (R1, R2; for a child, the guardian's consent and the assent).
 */
export function updateAssistance(
  ctx: CaseFileContext,
  input: z.output<typeof AssistanceUpdateInput>,
): AssistanceReferral {
  return caseChange(ctx, ({ db, at, record }): AssistanceReferral => {
    const current = getReferral(db, input.referralId);
    const code = ctx.ports.people.get(db, current.personId).code;
    notInFuture(ctx, input.at);
    const provider = input.provider ?? current.provider;
    const advocate = input.advocate ?? current.advocate;
    const problem = assistanceStepProblem(
      { status: current.status, history: current.history, ...(provider === undefined ? {} : { provider }) },
      { status: input.status, at: input.at, reason: input.reason },
    );
    if (problem?.reason === 'assistance.transition') {
      throw new CasefileError('CONFLICT', problem.reason, problem.params);
    }
    if (problem) throw new CasefileError('VALIDATION', problem.reason);
    const referredAt = input.status === 'in_progress' ? input.at : (current.referredAt ?? null);
    const next: Pick<
      ReferralRow,
      'id' | 'person_id' | 'service' | 'status' | 'offered_at' | 'referred_at' | 'provider'
    > = {
      id: current.id,
      person_id: current.personId,
      service: current.service,
      status: input.status,
      offered_at: current.offeredAt,
      referred_at: referredAt,
      provider: provider ?? null,
    };
    if (input.status === 'in_progress') {
      const snapshot = ctx.ports.principles.snapshot(db, current.caseId, ctx.now());
      ctx.ports.principles.refuseBlocking(checkReferralCanBeMade(snapshot, toPrinciplesReferral(next)));
    }
    db.prepare(
      `UPDATE assistance_referrals SET status = ?, provider = ?, advocate = ?, referred_at = ?, updated_at = ?
         WHERE id = ?`,
    ).run(input.status, provider ?? null, advocate ?? null, referredAt, at, current.id);
    db.prepare(
      'INSERT INTO assistance_steps (referral_id, status, at, reason, recorded_at) VALUES (?, ?, ?, ?, ?)',
    ).run(current.id, input.status, input.at, input.reason ?? null, at);
    // The reason, provider and advocate stay out of the trail: free text may name people or places.
    record(
      assistanceAudit('assistance.step', { caseId: current.caseId, code }, current.id, {
        service: current.service,
        from: current.status,
        to: input.status,
        at: input.at,
        reason: input.reason !== undefined,
        providerChanged: input.provider !== undefined && input.provider !== current.provider,
        advocateChanged: input.advocate !== undefined && input.advocate !== current.advocate,
      }),
    );
    return getReferral(db, current.id);
  });
}
