import { localDateOf } from '../../../shared/clocks/local-time.js';
import type { CalendarDate } from '../../../shared/domain/calendar.js';
import { receivedDateProblem } from '../../../shared/domain/case-received.js';
import type { CaseFileContext } from '../kernel/context.js';
import { crossFieldRefusal } from '../kernel/record-validation.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * Refuses a date received after today on the mission's calendar (the zone case references are
 * numbered in), "now" from the context's clock; the refusal marks the field for the intake form.
 */
export function refuseReceivedInFuture(ctx: CaseFileContext, db: VaultDatabase, dateReceived: CalendarDate): void {
  const today = localDateOf(ctx.now(), ctx.ports.clockConfiguration.read(db).calendar.timeZone);
  const problem = receivedDateProblem(dateReceived, today);
  if (problem) throw crossFieldRefusal([problem]);
}
