import type { AssistanceReferral } from '../../shared/domain/assistance.js';

/**
 * The victims' rights advocate the case's assistance records name for a victim: the one of her
 * most recent referral that names one (a name or a role, as recorded). Those records hold no
 * telephone or e-mail: the officer adds how to reach the advocate.
 */
export function advocateOnRecord(
  referrals: readonly Pick<AssistanceReferral, 'personId' | 'advocate' | 'offeredAt'>[],
  victimId: string,
): string | undefined {
  const named = referrals.filter((referral) => referral.personId === victimId && referral.advocate !== undefined);
  // ISO instants sort as text.
  const latest = named.reduce<(typeof named)[number] | undefined>(
    (best, referral) => (best === undefined || referral.offeredAt > best.offeredAt ? referral : best),
    undefined,
  );
  return latest?.advocate;
}
