import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { CasefileError } from '../../../shared/contract/index.js';
import { nextCaseReference } from '../../../shared/domain/case.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import { ed25519Verify } from '../kernel/identity/ed25519.js';
import type { CaseFileServices } from '../kernel/context.js';
import type { IngestedObject } from '../kernel/files/objects/index.js';
import type { AgeKeys } from './age-header.js';
import type { Manifest } from './bundle-format.js';
import { custodyRowsInCodes, recordTransferCustody, type CustodyParty } from './bundle-custody.js';
import { statusChangeRowsInCodes } from './bundle-status-reasons.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { readBundle } from './bundle-read.js';
import type { SignerCheck, SignerContact } from './bundle-signature.js';
import { CASE_TABLES, columnsOf, fromStoredValue, type CaseTable, type StoredRow } from './case-tables.js';
import { IDENTITY_COLUMNS, isStandInFor } from './identity-columns.js';
import { nameConflictRecords } from './conflict-names.js';
import { conflictSides, type ConflictRow } from './conflict-sides.js';
import { conflictToken } from './conflict-token.js';
import { mergeRecord, type FieldOutcome } from './field-merge.js';
import {
  baseOf,
  basesOf,
  newerBase,
  comparable,
  keyOf,
  passphraseBasesImported,
  peerOfSigner,
  recordBases,
  type RowBase,
} from './row-versions.js';

/**
 * One record the bundle and this vault hold in different versions: both sides, for the user to choose,
 * every field that can name a person withheld (conflict-sides.ts).
 */
export interface BundleConflict {
  table: string;
  key: string;
  ours: ConflictRow;
  theirs: ConflictRow;
  /** Each field that differs (bookkeeping aside) and what happens to it unless the user takes theirs. */
  fields: { column: string; outcome: FieldOutcome }[];
  /** The records the two versions name (people, evidence items, interviews, the case), by id: their codes. */
  names: Record<string, string>;
  /** What a choice to take theirs names with the key (conflict-token.ts). */
  token: string;
}

export interface ImportPreview {
  caseId: string;
  /** The reference the case has in this vault. */
  reference: string;
  /** The sender's reference, when this vault already used it for another case. */
  senderReference?: string;
  createdAt: string;
  signer: SignerCheck;
  omitted: Manifest['omitted'];
  /** The case is already in this vault: the bundle's records are merged into it. */
  caseExists: boolean;
  /**
   * Per table: records new to this vault, newer versions taken, records changed only here since the last
   * exchange (ours kept), conflicts, records identical on both sides.
   */
  tables: { table: string; added: number; changed: number; kept: number; conflicting: number; same: number }[];
  conflicts: BundleConflict[];
  evidenceFiles: number;
  evidenceBytes: number;
}

export interface ImportRequest {
  file: string;
  keys: AgeKeys;
  lookupSigner: (publicKey: Buffer) => SignerContact | null;
  /** A sender not among the verified contacts is refused unless the user said to go on. */
  acceptUnknownSigner: boolean;
  /** Check everything and return the preview; write nothing. */
  dryRun: boolean;
  /**
   * Conflicts (by `table:key`, with the preview's token) for which the user takes the bundle's version; every
   * other conflict keeps ours. A token that no longer matches refuses the import.
   */
  takeTheirs?: ReadonlyMap<string, string>;
  /** Who receives (the custody event's holder). */
  receiver: CustodyParty;
  /** Streams an evidence file into the vault's encrypted object store (the import's encrypted staging). */
  /** Stores one evidence file's bytes; `size` is the entry's, as the signed manifest gives it. */
  stage: (bytes: Readable, fileName: string, size: number) => Promise<IngestedObject>;
  discard: (objectId: string) => Promise<void>;
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
  /**
   * The SHA-256 of the manifest the preview read (it names every entry's SHA-256): a file whose manifest is
   * another (swapped since the preview) is refused before anything is staged.
   */
  previewedManifest?: string;
  /** Told the SHA-256 of the manifest read, once its signature is checked (a preview keeps it for the import). */
  onManifestRead?: (manifestSha256: string) => void;
}

/** The tables whose rows an older Casefile worded in English where this one keeps codes: their conversion. */
const inCodes: ReadonlyMap<string, (db: VaultDatabase, rows: StoredRow[]) => StoredRow[]> = new Map([
  ['custody_events', custodyRowsInCodes],
  ['case_status_changes', statusChangeRowsInCodes],
]);

const sameRow = (a: StoredRow, b: StoredRow) => JSON.stringify(a) === JSON.stringify(b);

function refuseShape(): CasefileError {
  return new CasefileError('VALIDATION', 'bundle.damaged');
}

const changedHereSincePreview = () => new CasefileError('CONFLICT', 'bundle.changedHereSincePreview');

/**
 * Reads and checks the whole bundle (bundle-read.ts), staging each evidence file encrypted in the
 * vault's object store, then — unless a dry run — writes every record in one transaction with the
 * custody events of the transfer, the import record and its audit row. Any refusal or failure
 * before the commit discards what was staged: the vault is as it was. A kill before the commit
 * leaves only staged objects without rows, which the next unlock sweeps.
 */
export async function importBundle(ctx: CaseFileServices, request: ImportRequest): Promise<ImportPreview> {
  const tables = new Map<string, StoredRow[]>();
  const staged = new Map<string, IngestedObject>();
  let evidenceBytes = 0;
  try {
    const reading = await readBundle(request.file, {
      keys: request.keys,
      lookupSigner: request.lookupSigner,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.onBytes ? { onBytes: request.onBytes } : {}),
      onManifest: (manifest, signer, manifestSha256) => {
        if (request.previewedManifest !== undefined && manifestSha256 !== request.previewedManifest) {
          throw new CasefileError('CONFLICT', 'bundle.changedSincePreview');
        }
        request.onManifestRead?.(manifestSha256);
        // A bundle is imported once: the same bundle again (a replay, or a second click) writes nothing.
        if (ctx.db().prepare(`SELECT 1 FROM bundle_imports WHERE bundle_id = ?`).get(manifest.bundleId)) {
          throw new CasefileError('CONFLICT', 'bundle.alreadyImported');
        }
        // A bundle of this case older than one already received from the same sender arrived late: its
        // versions are not the sender's latest, and merged against what was received since they would
        // put older versions back.
        const newer = ctx
          .db()
          .prepare(
            `SELECT 1 FROM bundle_imports WHERE case_id = ? AND signer_key = ? AND bundle_created_at > ? LIMIT 1`,
          )
          .get(manifest.case.id, manifest.sender.signingKey, manifest.createdAt);
        if (newer) throw new CasefileError('CONFLICT', 'bundle.olderThanReceived');
        // Only a verified contact is trusted without a decision: a key swapped during an unchecked card
        // exchange would otherwise import silently.
        const trusted = signer.status === 'contact' && signer.contact.verified;
        if (!request.dryRun && !request.acceptUnknownSigner && !trusted) {
          throw new CasefileError('CONFLICT', 'bundle.unknownSigner');
        }
      },
      onRecords: (table, rows) => {
        if (tables.has(table)) throw refuseShape();
        // A bundle of an older Casefile worded its hand-overs and the core's status reasons in English: as
        // codes, they compare with ours.
        tables.set(table, inCodes.get(table)?.(ctx.db(), rows) ?? rows);
      },
      // An import stages each file in the object store, which hashes it as it writes: once is enough.
      contentHashedByHandler: !request.dryRun,
      onContent: async (entry, bytes) => {
        evidenceBytes += entry.size;
        if (request.dryRun) {
          for await (const _piece of bytes) void _piece; // hashed by the reader
          return;
        }
        const object = await request.stage(Readable.from(bytes, { objectMode: false }), entry.name, entry.size);
        staged.set(entry.name.slice('content/'.length), object);
        // The store hashed what it stored: the only hash of these bytes, checked against the signed manifest.
        if (object.sha256 !== entry.sha256 || object.size !== entry.size) {
          throw new CasefileError('VALIDATION', 'bundle.damaged');
        }
      },
    });
    checkProvenance(tables);
    mapObjectIds(ctx, tables, staged);
    const plan = planImport(ctx, reading.manifest, reading.signer, tables, request.takeTheirs ?? new Map());
    const plannedCopies = new Map(staged);
    plan.preview.evidenceBytes = evidenceBytes;
    if (request.dryRun) return plan.preview;
    applyImport(ctx, request, reading, plan, tables, staged);
    // Committed: from here a failure must never discard a staged object, which now holds imported evidence.
    staged.clear();
    // Content of records this vault already had: the bytes were checked, the copy is not needed (best effort:
    // a copy left behind is swept at the next unlock).
    for (const [contentId, object] of plannedCopies) {
      if (!plan.addedContents.has(contentId)) await request.discard(object.objectId).catch(() => undefined);
    }
    return plan.preview;
  } catch (error) {
    for (const object of staged.values()) await request.discard(object.objectId).catch(() => undefined);
    throw error;
  }
}

/**
 * Every provenance signature the bundle carries is checked against the signer key it names before
 * anything is written, and must speak of the content it is filed under (its id, SHA-256 and item):
 * a signature that fails refuses the whole bundle, so this vault never stores a proof it did not check.
 */
function checkProvenance(tables: Map<string, StoredRow[]>): void {
  const contents = new Map((tables.get('evidence_contents') ?? []).map((content) => [String(content.id), content]));
  for (const row of tables.get('evidence_signatures') ?? []) {
    const refuse = () => new CasefileError('VALIDATION', 'bundle.badProvenance');
    const key = fromStoredValue(row.signer_key ?? null);
    const signature = fromStoredValue(row.signature ?? null);
    const statement = Buffer.from(String(row.statement), 'utf8');
    if (!Buffer.isBuffer(key) || !Buffer.isBuffer(signature) || !ed25519Verify(key, statement, signature)) {
      throw refuse();
    }
    let claimed: { contentId?: unknown; sha256?: unknown; evidenceId?: unknown };
    try {
      claimed = JSON.parse(statement.toString('utf8')) as typeof claimed;
    } catch {
      throw refuse();
    }
    const content = contents.get(String(claimed.contentId));
    if (
      content === undefined ||
      String(content.sha256).toLowerCase() !== String(claimed.sha256).toLowerCase() ||
      content.object_id !== row.object_id ||
      content.item_id !== row.item_id ||
      claimed.evidenceId !== row.item_id
    ) {
      throw refuse();
    }
  }
}

/**
 * Rows that name a content file by the sender's object id (the provenance signatures) are given this
 * vault's: the staged copy's for a file new here, the existing copy's for one this vault already had.
 */
function mapObjectIds(ctx: CaseFileServices, tables: Map<string, StoredRow[]>, staged: Map<string, IngestedObject>) {
  const localObject = ctx.db().prepare(`SELECT object_id FROM evidence_contents WHERE id = ?`).pluck();
  const mapped = new Map<string, string>();
  for (const content of tables.get('evidence_contents') ?? []) {
    const id = String(content.id);
    // A file this vault already had keeps its own copy (the staged one is discarded after the import).
    const mine = (localObject.get(id) as string | undefined) ?? staged.get(id)?.objectId;
    if (mine !== undefined) mapped.set(String(content.object_id), mine);
  }
  const signatures = tables.get('evidence_signatures');
  if (!signatures) return;
  tables.set(
    'evidence_signatures',
    signatures.map((row) => {
      const mine = mapped.get(String(row.object_id));
      // A dry run stages nothing: the preview counts the rows under the sender's ids.
      return mine === undefined ? row : { ...row, object_id: mine };
    }),
  );
}

/**
 * The bundle's row with this vault's values where the bundle does not speak for them: every column that
 * can name a person when the sender left identities out, and, wherever the bundle comes from, a value
 * that is only the stand-in a bundle without identities carries (a withheld identity, a blank
 * recipient, a neutral file name) where this vault holds the real one: a stand-in never replaces it.
 */
function withOurIdentities(
  table: CaseTable,
  row: StoredRow,
  ours: Record<string, unknown>,
  identitiesLeftOut: boolean,
): StoredRow {
  const columns = Object.keys(IDENTITY_COLUMNS[table.table] ?? {});
  const out = { ...row };
  const mine = comparable(table, ours);
  for (const column of columns) {
    if (!(column in out) || !(column in mine)) continue;
    const standIn = isStandInFor(table.table, column, out[column] ?? null, mine[column] ?? null);
    if (identitiesLeftOut || standIn) out[column] = mine[column] ?? null;
  }
  return out;
}

interface ImportPlan {
  preview: ImportPreview;
  /** Per table, the rows to insert and the rows to update (by key). */
  writes: Map<string, { insert: StoredRow[]; update: StoredRow[] }>;
  addedContents: Set<string>;
  /** The version received of every record: the common ancestor of the next exchange. */
  bases: RowBase[];
}

function planImport(
  ctx: CaseFileServices,
  manifest: Manifest,
  signer: SignerCheck,
  tables: Map<string, StoredRow[]>,
  takeTheirs: ReadonlyMap<string, string>,
): ImportPlan {
  const db = ctx.db();
  const caseId = manifest.case.id;
  const known = new Set([...CASE_TABLES.map((table) => table.table), 'audit_log']);
  for (const name of tables.keys()) if (!known.has(name)) throw refuseShape();
  const caseRows = tables.get('cases') ?? [];
  if (caseRows.length !== 1 || caseRows[0]!.id !== caseId) throw refuseShape();
  const caseExists = db.prepare(`SELECT 1 FROM cases WHERE id = ?`).get(caseId) !== undefined;
  // Each vault numbers its own cases, so two laptops both have a CF-2026-0001: a case new here whose
  // reference is taken arrives under the next free one, and the preview names both.
  // A case already here keeps the reference this vault gave it (a case renumbered at its first import too).
  let localReference = caseExists
    ? (db.prepare(`SELECT reference FROM cases WHERE id = ?`).pluck().get(caseId) as string)
    : manifest.case.reference;
  if (!caseExists && db.prepare(`SELECT 1 FROM cases WHERE reference = ?`).get(localReference) !== undefined) {
    const year = Number(/^CF-(\d{4})-\d+$/.exec(localReference)?.[1] ?? new Date(ctx.now()).getUTCFullYear());
    const issued = db.prepare(`SELECT reference FROM cases`).pluck().all() as string[];
    localReference = nextCaseReference(year, issued);
    caseRows[0] = { ...caseRows[0]!, reference: localReference };
  }

  const preview: ImportPreview = {
    caseId,
    reference: localReference,
    ...(localReference !== manifest.case.reference ? { senderReference: manifest.case.reference } : {}),
    createdAt: manifest.createdAt,
    signer,
    omitted: manifest.omitted,
    caseExists,
    tables: [],
    conflicts: [],
    evidenceFiles: manifest.entries.filter((entry) => entry.kind === 'content').length,
    evidenceBytes: 0,
  };
  const writes = new Map<string, { insert: StoredRow[]; update: StoredRow[] }>();
  const addedContents = new Set<string>();
  const lastExchanged = basesOf(db, caseId, peerOfSigner(signer));
  // A record never exchanged with this sender directly may have reached them in a bundle for a passphrase.
  const sentForPassphrase = caseExists ? passphraseBasesImported(db, caseId, tables.get('audit_log') ?? []) : undefined;
  const bases: RowBase[] = [];
  const chosenSeen = new Set<string>();
  for (const table of CASE_TABLES) {
    const rows = tables.get(table.table) ?? [];
    const columns = columnsOf(db, table.table);
    const where = table.key.map((column) => `${column} = @${column}`).join(' AND ');
    // A record is this case's own (its table's case condition) or new: a key that names a record of another
    // case refuses the bundle, so a bundle can never change, or add to, another case (shared tables aside).
    const local = db.prepare(
      table.shared
        ? `SELECT * FROM ${table.table} WHERE ${where}`
        : `SELECT * FROM ${table.table} WHERE ${where} AND (${table.where})`,
    );
    const anywhere = db.prepare(`SELECT 1 FROM ${table.table} WHERE ${where}`);
    const counts = { table: table.table, added: 0, changed: 0, kept: 0, conflicting: 0, same: 0 };
    const write = { insert: [] as StoredRow[], update: [] as StoredRow[] };
    for (const received of rows) {
      for (const column of Object.keys(received)) if (!columns.has(column)) throw refuseShape();
      if ('case_id' in received && received.case_id !== caseId) throw refuseShape();
      const params = Object.fromEntries(table.key.map((column) => [column, fromStoredValue(received[column] ?? null)]));
      const ours = local.get(table.shared ? params : { ...params, caseId }) as Record<string, unknown> | undefined;
      if (ours === undefined && !table.shared && anywhere.get(params) !== undefined) throw refuseShape();
      const key = keyOf(table, received);
      if (ours === undefined) {
        counts.added += 1;
        write.insert.push(received);
        bases.push(baseOf(table, received));
        if (table.table === 'evidence_contents') addedContents.add(String(received.id));
        continue;
      }
      const row = withOurIdentities(table, received, ours, manifest.omitted.includes('identities'));
      const oursRow = comparable(table, ours);
      const theirsRow = comparable(table, row);
      // Whatever is decided, the bundle's version is now the one both sides have seen.
      bases.push(baseOf(table, row));
      if (sameRow(oursRow, theirsRow) || table.shared || table.derived) {
        counts.same += 1;
        continue;
      }
      const conflictKey = `${table.table}:${key}`;
      const base = newerBase(lastExchanged.get(conflictKey), sentForPassphrase?.get(conflictKey));
      let merge = mergeRecord(table, oursRow, theirsRow, base, false);
      const conflicting = merge.fields.filter((entry) => entry.outcome === 'conflict').map((entry) => entry.column);
      const token = conflictToken(conflictKey, oursRow, conflicting);
      const chosen = takeTheirs.get(conflictKey);
      if (chosen !== undefined) {
        // The choice was made on the conflict as previewed: if this record changed here since, it is refused.
        if (conflicting.length === 0 || chosen !== token) throw changedHereSincePreview();
        chosenSeen.add(conflictKey);
        merge = mergeRecord(table, oursRow, theirsRow, base, true);
      }
      if (merge.merged) write.update.push(merge.merged);
      if (merge.fields.some((entry) => entry.outcome === 'conflict')) {
        counts.conflicting += 1;
        preview.conflicts.push({
          table: table.table,
          key: conflictKey,
          ...conflictSides(table.table, oursRow, theirsRow),
          fields: merge.fields,
          names: {},
          token,
        });
      } else if (merge.merged) counts.changed += 1;
      else if (merge.fields.length > 0) counts.kept += 1;
      else counts.same += 1; // only bookkeeping differs
    }
    writes.set(table.table, write);
    if (rows.length > 0) preview.tables.push(counts);
  }
  // A choice about a record that is no longer in conflict here (or never was) is not what the user saw.
  for (const key of takeTheirs.keys()) if (!chosenSeen.has(key)) throw changedHereSincePreview();
  nameConflictRecords(db, tables, preview.conflicts, caseId, localReference);
  return { preview, writes, addedContents, bases };
}

const keyParams = (table: CaseTable, values: Record<string, unknown>) =>
  Object.fromEntries(table.key.map((column) => [column, values[column]]));

function applyImport(
  ctx: CaseFileServices,
  request: ImportRequest,
  reading: { manifest: Manifest; manifestSha256: string; signer: SignerCheck },
  plan: ImportPlan,
  tables: Map<string, StoredRow[]>,
  staged: Map<string, IngestedObject>,
): void {
  const db = ctx.db();
  const { manifest, signer } = reading;
  const at = new Date(ctx.now()).toISOString();
  const sender: CustodyParty =
    signer.status !== 'contact'
      ? { role: 'unknown_sender', fingerprint: signer.fingerprint }
      : signer.contact.self
        ? { role: 'vault', fingerprint: signer.contact.fingerprint }
        : signer.contact.name;
  const inCase = (table: CaseTable) =>
    db.prepare(
      `SELECT 1 FROM ${table.table} WHERE ${table.key.map((c) => `${c} = @${c}`).join(' AND ')} AND (${table.where})`,
    );
  db.transaction(() => {
    for (const table of CASE_TABLES) {
      const write = plan.writes.get(table.table);
      if (!write) continue;
      for (const row of write.insert) {
        const values: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(row)) values[column] = fromStoredValue(value);
        if (table.table === 'evidence_contents') {
          const object = staged.get(String(row.id));
          // The record's hash and size must be those of the bytes received: custody says they match.
          if (!object || object.sha256 !== String(row.sha256).toLowerCase() || object.size !== Number(row.size)) {
            throw refuseShape();
          }
          values.object_id = object.objectId;
          values.wrapped_key = object.wrappedKey;
        }
        if (table.table === 'custody_events') {
          // Each vault numbers an item's chain itself: after a hand-over the two chains go on apart, so an
          // event new here takes the next number of this vault's chain (its time and id are kept).
          values.sequence = db
            .prepare(`SELECT coalesce(max(sequence), 0) + 1 FROM custody_events WHERE item_id = ?`)
            .pluck()
            .get(values.item_id);
          values.received = 1;
        }
        const columns = Object.keys(values);
        db.prepare(
          `INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
        ).run(values);
        // A new row must belong to this case through its parent too (an interview version of another case's
        // interview would not): otherwise the whole import is rolled back.
        if (
          !table.shared &&
          inCase(table).get({ ...keyParams(table, values), caseId: manifest.case.id }) === undefined
        ) {
          throw refuseShape();
        }
      }
      for (const row of write.update) {
        const values: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(row)) values[column] = fromStoredValue(value);
        if (table.table === 'evidence_contents') continue; // a content's bytes and hash never change
        const where = table.key.map((c) => `${c} = @${c}`).join(' AND ');
        const ours = db.prepare(`SELECT * FROM ${table.table} WHERE ${where}`).get(values) as Record<string, unknown>;
        // Only the columns that differ: tables guard some columns against any UPDATE naming them.
        const differs = (column: string) =>
          JSON.stringify(comparable(table, { [column]: ours[column] })) !==
          JSON.stringify(comparable(table, { [column]: row[column] ?? null }));
        const changed = Object.keys(values).filter((column) => !table.key.includes(column) && differs(column));
        if (changed.length === 0) continue;
        db.prepare(
          `UPDATE ${table.table} SET ${changed.map((c) => `${c} = @${c}`).join(', ')}
           WHERE ${table.key.map((c) => `${c} = @${c}`).join(' AND ')}`,
        ).run(values);
      }
    }
    recordBases(db, manifest.case.id, peerOfSigner(signer), plan.bases, at);
    recordTransferCustody(db, {
      caseId: manifest.case.id,
      from: sender,
      to: request.receiver,
      purpose: 'bundle_received',
      at,
      recordedBy: ctx.actor,
    });
    const importId = randomUUID();
    db.prepare(
      `INSERT INTO bundle_imports (id, case_id, imported_at, imported_by, manifest_sha256, bundle_created_at,
         signer_status, signer_key, signer_fingerprint, signer_name, omitted, summary, bundle_id)
       VALUES (@id, @caseId, @at, @by, @manifestSha256, @createdAt, @status, @key, @fingerprint, @name, @omitted,
         @summary, @bundleId)`,
    ).run({
      id: importId,
      bundleId: manifest.bundleId,
      caseId: manifest.case.id,
      at,
      by: ctx.actor,
      manifestSha256: reading.manifestSha256,
      createdAt: manifest.createdAt,
      status:
        signer.status === 'contact'
          ? signer.contact.verified
            ? 'verified_contact'
            : 'unverified_contact'
          : signer.status,
      key: manifest.sender.signingKey,
      fingerprint: manifest.sender.fingerprint,
      name: signer.status === 'contact' && !signer.contact.self ? signer.contact.name : null,
      omitted: JSON.stringify(manifest.omitted),
      summary: JSON.stringify({
        tables: plan.preview.tables,
        conflictsKept: plan.preview.conflicts.length,
        senderReference: manifest.case.reference,
      }),
    });
    const insertAudit = db.prepare(
      `INSERT INTO bundle_audit_rows (import_id, seq, at, actor, action, case_id, target_kind, target_id,
         target_label, details, prev_hash, hash)
       VALUES (@importId, @seq, @at, @actor, @action, @case_id, @target_kind, @target_id, @target_label, @details,
         @prev_hash, @hash)`,
    );
    for (const row of tables.get('audit_log') ?? []) insertAudit.run({ ...row, importId });
    appendAudit(ctx, {
      action: 'bundle.import',
      caseId: manifest.case.id,
      target: { kind: 'case', id: manifest.case.id, label: plan.preview.reference },
      details: {
        manifestSha256: reading.manifestSha256,
        signer: signer.status,
        added: plan.preview.tables.reduce((sum, table) => sum + table.added, 0),
        changed: plan.preview.tables.reduce((sum, table) => sum + table.changed, 0),
        conflictsKept: plan.preview.conflicts.length,
      },
    });
  })();
}
