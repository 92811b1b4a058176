import { z } from 'zod';
import { WrittenReason } from '../domain/primitives.js';

/**
 * Why a report received is kept out of the published count (A/72/751, footnote 11). Recorded on the
 * case as a fact with its reason in words; an excluded case stays in the file, it is only not counted.
 */
export const EXCLUSION_GROUNDS = [
  /** Not enough information to investigate. */
  'insufficient_information',
  /** Sexual assault between UN personnel, no beneficiary of assistance involved. */
  'between_personnel',
  /** Harassment, a paternity claim or a breach of local law, with nothing pointing to SEA. */
  'no_indication_of_sea',
  /** A breach of a non-fraternisation policy, with nothing pointing to SEA. */
  'non_fraternisation',
  /** The same matter as an allegation already counted. */
  'already_counted',
] as const;
export const ExclusionGround = z.enum(EXCLUSION_GROUNDS);
export type ExclusionGround = z.infer<typeof ExclusionGround>;

export const CountExclusion = z.object({ ground: ExclusionGround, reason: WrittenReason }).strict();
export type CountExclusion = z.infer<typeof CountExclusion>;
