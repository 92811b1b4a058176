import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import type { ClockSettings } from '../../../shared/clocks/clock.js';
import type { ClockConfiguration, MissionCalendar } from '../../../shared/contract/deadlines.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import { changedFields } from '../kernel/audit/changed-fields.js';
import type { CaseFileContext } from '../kernel/context.js';
import { clearClockSettings, readClockConfiguration, writeClockSettings } from './clock-settings.js';
import { refreshAllCases } from './deadline-triggers.js';

/**
 * Changing the clocks or the calendar recomputes every open deadline of every case not
 * archived, in the same transaction; closed deadlines keep the values they were closed against.
 */

type ConfigurationWithCount = ClockConfiguration & { recomputed: number };

/** Ids of the clocks added, removed or changed, for the audit trail (never the texts themselves). */
function clockIdsChanged(
  before: ClockSettings,
  after: ClockSettings,
): { added: string[]; removed: string[]; changed: string[] } {
  const byId = (clocks: ClockSettings) => new Map(clocks.map((clock) => [clock.id, JSON.stringify(clock)]));
  const was = byId(before);
  const now = byId(after);
  return {
    added: [...now.keys()].filter((id) => !was.has(id)),
    removed: [...was.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => was.has(id) && was.get(id) !== now.get(id)),
  };
}

function applyClockChange(ctx: CaseFileContext, action: AuditAction, write: () => void): ConfigurationWithCount {
  const db = ctx.db();
  return db
    .transaction((): ConfigurationWithCount => {
      const before = readClockConfiguration(db);
      write();
      const after = readClockConfiguration(db);
      const clocks = clockIdsChanged(before.clocks, after.clocks);
      const calendar = changedFields(before.calendar, after.calendar, ['weekendDays', 'holidays', 'timeZone']);
      const changed = calendar.length > 0 || Object.values(clocks).some((ids) => ids.length > 0);
      const recomputed = changed ? refreshAllCases(ctx, db) : 0;
      if (changed || before.isDefault !== after.isDefault) {
        appendAudit(ctx, {
          action,
          caseId: null,
          target: { kind: 'settings', id: 'clocks' },
          details: { clocks, calendar, recomputed },
        });
      }
      return { ...after, recomputed };
    })
    .immediate();
}

export function updateClockSettings(
  ctx: CaseFileContext,
  change: { clocks?: ClockSettings | undefined; calendar?: MissionCalendar | undefined },
): ConfigurationWithCount {
  const db = ctx.db();
  const atIso = new Date(ctx.now()).toISOString();
  return applyClockChange(ctx, 'clocks.update', () =>
    writeClockSettings(
      db,
      {
        ...(change.clocks ? { clocks: change.clocks } : {}),
        ...(change.calendar ? { calendar: change.calendar } : {}),
      },
      atIso,
    ),
  );
}

export function resetClockSettings(ctx: CaseFileContext): ConfigurationWithCount {
  const db = ctx.db();
  return applyClockChange(ctx, 'clocks.reset', () => clearClockSettings(db));
}
