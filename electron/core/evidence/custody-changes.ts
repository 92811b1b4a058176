import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import type { CustodyEntry } from '../../../shared/contract/custody.js';
import {
  custodyFieldProblems,
  isFinalEvidenceStatus,
  RECHECK_BY_DEFAULT,
  STATUS_AFTER_CUSTODY_EVENT,
  type CustodyEvent,
  type CustodyEventFields,
  type CustodyEventKind,
  type CustodyHashCheck,
  type EvidenceStatus,
} from '../../../shared/domain/evidence.js';
import { caseChange } from '../kernel/audit/case-change.js';
import type { CaseFileContext } from '../kernel/context.js';
import { crossFieldRefusal } from '../kernel/record-validation.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { objectsOf, recordVerification, storedObjectOf } from './content-records.js';
import { lastCustodyRow, toCustodyEvent, type CustodyRow } from './custody-store.js';
import { evidenceAudit } from './evidence-changes.js';
import { contentRows, getItemRow, numberOf, type ContentRow, type EvidenceItemRow } from './evidence-store.js';
import { isAbortError, type VerifyResult } from '../kernel/files/objects/index.js';

// An event a little ahead of the core's clock is the renderer's clock, not the future.
const CLOCK_SLACK_MS = 60_000;

/** Every check an event must pass against the log as it stands; run before and again after the re-hash. */
function checkAgainstLog(
  ctx: CaseFileContext,
  db: VaultDatabase,
  item: EvidenceItemRow,
  fields: CustodyEventFields,
): CustodyRow | undefined {
  ctx.ports.cases.forChange(db, item.case_id);
  const number = numberOf(item);
  if (isFinalEvidenceStatus(item.status as EvidenceStatus)) {
    throw new CasefileError('CONFLICT', 'custody.destroyed', { number });
  }
  if (Date.parse(fields.at) > ctx.now() + CLOCK_SLACK_MS) throw new CasefileError('VALIDATION', 'custody.inFuture');
  const last = lastCustodyRow(db, item.id);
  if (last && fields.at < last.at) {
    throw new CasefileError('CONFLICT', 'custody.notChronological', {
      number,
      sequence: last.sequence,
      kind: last.kind as CustodyEventKind,
      lastAt: last.at,
      at: fields.at,
    });
  }
  return last;
}

async function recheckContents(
  ctx: CaseFileContext,
  contents: readonly ContentRow[],
): Promise<{ content: ContentRow; result: VerifyResult; at: string }[]> {
  const objects = objectsOf(ctx);
  const outcomes: { content: ContentRow; result: VerifyResult; at: string }[] = [];
  for (const content of contents) {
    try {
      const result = await objects.verify(storedObjectOf(content));
      outcomes.push({ content, result, at: new Date(ctx.now()).toISOString() });
    } catch (error) {
      if (isAbortError(error)) throw new CasefileError('VAULT_LOCKED', 'custody.lockedDuringCheck');
      throw error;
    }
  }
  return outcomes;
}

/**
 * Appends an event to an item's chain of custody. Where the item holds files and a re-check is
 * asked for (by default at hand-overs, openings, copies, examinations and returns), each file is
 * decrypted and re-hashed first and the outcome is kept on the event; a failure also flags the
 * file. Events are append-only and in chronological order; the item's status follows the events
 * that set one (sent to lab, returned, destroyed).
 */
export async function addCustodyEvent(ctx: CaseFileContext, input: CustodyEntry): Promise<CustodyEvent> {
  const { itemId, recheckHash, ...fields } = input;
  const problems = custodyFieldProblems(fields);
  if (problems.length > 0) throw crossFieldRefusal(problems);
  const db = ctx.db();
  const item = getItemRow(db, itemId);
  checkAgainstLog(ctx, db, item, fields);
  const recheck = recheckHash ?? RECHECK_BY_DEFAULT.includes(fields.kind);
  const outcomes = recheck ? await recheckContents(ctx, contentRows(db, item.id)) : [];

  return caseChange(ctx, ({ db: vaultDb, at, record }): CustodyEvent => {
    // The log may have moved while the files were being hashed.
    const current = getItemRow(vaultDb, item.id);
    const last = checkAgainstLog(ctx, vaultDb, current, fields);
    const hashChecks: CustodyHashCheck[] = outcomes.map(({ content, result, at: checkedAt }) => ({
      contentId: content.id,
      fileName: content.file_name,
      sha256: content.sha256,
      result: result.ok ? 'match' : 'failed',
      ...(result.ok ? {} : { problem: result.problem }),
      checkedAt,
    }));
    for (const { content, result, at: checkedAt } of outcomes)
      recordVerification(ctx, content, current, result, checkedAt, 'custody');
    const id = randomUUID();
    const sequence = (last?.sequence ?? 0) + 1;
    vaultDb
      .prepare(
        `INSERT INTO custody_events (id, item_id, sequence, kind, at, time_zone, from_holder, to_holder, persons,
            purpose, seal_number,
           location, note, hash_checks, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        current.id,
        sequence,
        fields.kind,
        fields.at,
        fields.timeZone ?? null,
        fields.from ?? null,
        fields.to ?? null,
        JSON.stringify(fields.persons),
        fields.purpose,
        fields.sealNumber ?? null,
        fields.location ?? null,
        fields.note ?? null,
        JSON.stringify(hashChecks),
        at,
        ctx.actor,
      );
    const status = STATUS_AFTER_CUSTODY_EVENT[fields.kind];
    vaultDb
      .prepare('UPDATE evidence_items SET status = coalesce(?, status), updated_at = ? WHERE id = ?')
      .run(status ?? null, at, current.id);
    record(
      evidenceAudit('custody.add', current, {
        kind: fields.kind,
        sequence,
        at: fields.at,
        ...(status ? { status } : {}),
        hashChecks: hashChecks.map(({ contentId, result, problem }) => ({
          contentId,
          result,
          ...(problem ? { problem } : {}),
        })),
      }),
    );
    return toCustodyEvent(vaultDb.prepare('SELECT * FROM custody_events WHERE id = ?').get(id) as CustodyRow);
  });
}
