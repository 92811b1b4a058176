import {
  AssistanceReferral,
  type AssistanceService,
  type AssistanceStatus,
  type AssistanceStep,
} from '../../../shared/domain/assistance.js';
import { CasefileError } from '../../../shared/contract/index.js';
import type { Referral } from '../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { caseRows } from '../kernel/db/case-rows.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** An assistance referral as stored (migration 0017); its steps are in assistance_steps. */
export interface ReferralRow {
  id: string;
  case_id: string;
  person_id: string;
  service: AssistanceService;
  provider: string | null;
  advocate: string | null;
  status: AssistanceStatus;
  offered_at: string;
  referred_at: string | null;
  recorded_at: string;
  updated_at: string;
}

interface StepRow {
  referral_id: string;
  status: AssistanceStatus;
  at: string;
  reason: string | null;
  recorded_at: string;
}

const toStep = (row: StepRow): AssistanceStep => ({
  status: row.status,
  at: row.at,
  ...presentOnly({ reason: row.reason }),
  recordedAt: row.recorded_at,
});

function toReferral(row: ReferralRow, steps: readonly StepRow[]): AssistanceReferral {
  return AssistanceReferral.parse({
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    service: row.service,
    ...presentOnly({ provider: row.provider, advocate: row.advocate }),
    status: row.status,
    offeredAt: row.offered_at,
    ...presentOnly({ referredAt: row.referred_at }),
    history: steps.map(toStep),
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
  });
}

/** The referral rows of a case (or of one victim), oldest offer first. */
function referralRows(db: VaultDatabase, caseId: string, personId?: string): ReferralRow[] {
  const query = {
    select: 'SELECT * FROM assistance_referrals',
    table: 'assistance_referrals',
    order: 'ORDER BY offered_at, seq',
  };
  return caseRows<ReferralRow>(db, query, caseId, personId);
}

function stepsOf(db: VaultDatabase, referralIds: readonly string[]): Map<string, StepRow[]> {
  const byReferral = new Map<string, StepRow[]>();
  const select = db.prepare('SELECT * FROM assistance_steps WHERE referral_id = ? ORDER BY seq');
  for (const id of referralIds) byReferral.set(id, select.all(id) as StepRow[]);
  return byReferral;
}

/** The referrals of a case (by id), or of one victim in it, with their histories. */
export function listReferrals(db: VaultDatabase, caseId: string, personId?: string): AssistanceReferral[] {
  const rows = referralRows(db, caseId, personId);
  const steps = stepsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toReferral(row, steps.get(row.id) ?? []));
}

/** One referral; NOT_FOUND when there is none. */
export function getReferral(db: VaultDatabase, referralId: string): AssistanceReferral {
  const row = db.prepare('SELECT * FROM assistance_referrals WHERE id = ?').get(referralId) as ReferralRow | undefined;
  if (!row) throw new CasefileError('NOT_FOUND', 'assistance.notFound');
  return toReferral(row, stepsOf(db, [row.id]).get(row.id) ?? []);
}

/** A victim's referrals as the principles read them (R1, R2, R8, R9, R15): pseudonym only, no identity leaves. */
export function loadReferralsForPrinciples(db: VaultDatabase, caseId: string): Referral[] {
  return referralRows(db, caseId).map(toPrinciplesReferral);
}

export function toPrinciplesReferral(
  row: Pick<ReferralRow, 'id' | 'person_id' | 'service' | 'status' | 'offered_at' | 'referred_at' | 'provider'>,
): Referral {
  return {
    id: row.id,
    personId: row.person_id,
    service: row.service,
    status: row.status,
    offeredAt: row.offered_at,
    ...presentOnly({ referredAt: row.referred_at, recipient: row.provider }),
    disclosures: [],
  };
}

/** A person's pseudonym code (V-01), for titles and audit labels. */
export function personCode(db: VaultDatabase, personId: string): string {
  const row = db.prepare('SELECT code FROM people WHERE id = ?').get(personId) as { code: string } | undefined;
  return row?.code ?? '';
}
