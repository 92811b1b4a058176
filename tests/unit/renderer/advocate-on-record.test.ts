import { describe, expect, it } from 'vitest';
import { advocateOnRecord } from '../../../renderer/letters/advocate-on-record.js';

const referral = (personId: string, offeredAt: string, advocate?: string) => ({
  personId,
  offeredAt,
  ...(advocate === undefined ? {} : { advocate }),
});

describe('the victims’ rights advocate a closure letter starts with', () => {
  it('is the one of the victim’s most recent referral that names one', () => {
    const referrals = [
      referral('v1', '2026-03-01T10:00:00.000Z', 'Marie Ngaba'),
      referral('v1', '2026-05-01T10:00:00.000Z', 'VRA, Bangui field office'),
      // Later, but naming nobody: the last advocate named stays.
      referral('v1', '2026-06-01T10:00:00.000Z'),
      // Another victim's advocate is never hers.
      referral('v2', '2026-07-01T10:00:00.000Z', 'Someone else'),
    ];
    expect(advocateOnRecord(referrals, 'v1')).toBe('VRA, Bangui field office');
    expect(advocateOnRecord(referrals, 'v2')).toBe('Someone else');
  });

  it('is none where her assistance records name nobody', () => {
    expect(advocateOnRecord([referral('v1', '2026-03-01T10:00:00.000Z')], 'v1')).toBeUndefined();
    expect(advocateOnRecord([], 'v1')).toBeUndefined();
  });
});
