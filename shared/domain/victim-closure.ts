import { z } from 'zod';
import { CalendarDate } from './calendar.js';
import { InvestigatingEntity } from './case.js';
import { WithoutInvestigationGround } from './finding.js';
import { Instant, RecordId } from './primitives.js';

/**
 * Why the matter closed for one victim before the facts could be established (issue 11, item 6).
 * A case "closed for other reasons" may have closed for different reasons for each victim: one
 * chose not to take part any further, for another the person she named could not be identified.
 * Her closure letter says her own ground, never the case's; who decided it is said in the letter.
 * The latest record of a victim is the one in force; earlier ones stay as history.
 */
export const VictimClosureInput = z
  .object({
    caseId: RecordId,
    personId: RecordId,
    ground: WithoutInvestigationGround,
    /**
     * For the ground 'other': why, in plain words for her (the letter prints it as written, so it
     * is written to her). Refused for the other grounds, whose words the letter has.
     */
    reasonToVictim: z.string().trim().min(1).max(2_000).optional(),
    /** Who decided that the matter closes for her. */
    decidedBy: InvestigatingEntity,
    decidedOn: CalendarDate,
  })
  .strict();
export type VictimClosureInput = z.infer<typeof VictimClosureInput>;

export const VictimClosure = VictimClosureInput.omit({ caseId: true }).extend({
  id: RecordId,
  code: z.string(),
  recordedAt: Instant,
  recordedBy: z.string(),
});
export type VictimClosure = z.infer<typeof VictimClosure>;

/** Why a closure record cannot be kept as given (a reason key of errors.letters.*), or null. */
export function victimClosureProblem(
  input: Pick<VictimClosureInput, 'ground' | 'reasonToVictim'>,
): 'letters.closureReasonToVictimMissing' | 'letters.closureReasonToVictimNotOther' | null {
  if (input.ground === 'other' && input.reasonToVictim === undefined) return 'letters.closureReasonToVictimMissing';
  if (input.ground !== 'other' && input.reasonToVictim !== undefined) return 'letters.closureReasonToVictimNotOther';
  return null;
}
