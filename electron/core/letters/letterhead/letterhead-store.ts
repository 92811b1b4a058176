import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CasefileError } from '../../../../shared/contract/index.js';
import { ImportedLetterhead } from '../../../../shared/contract/letterhead.js';
import { appendAudit } from '../../kernel/audit/audit-log.js';
import { requireFilePorts, type CaseFileContext } from '../../kernel/context.js';
import type { VaultDatabase } from '../../kernel/vault/database.js';
import { DOCX_LIMITS, LetterheadParseError, parseLetterheadDocx, type ParsedLetterhead } from './docx-letterhead.js';

/**
 * The vault's one imported letterhead, kept in the encrypted database's vault_meta (a vault-wide
 * fact, like the vault's id): no table of its own, since there is only ever the current one and a
 * reset forgets it. Import and reset are audited without any of the letterhead's content.
 */
const KEY = 'letterhead';

/** The imported letterhead, or null for the shipped one (also when the stored value is damaged). */
export function currentLetterhead(db: VaultDatabase): ImportedLetterhead | null {
  const value = db.prepare(`SELECT value FROM vault_meta WHERE key = ?`).pluck().get(KEY) as string | undefined;
  if (value === undefined) return null;
  try {
    const parsed = ImportedLetterhead.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const audited = (letterhead: ImportedLetterhead) => ({
  lines: letterhead.lines.length,
  footerLines: letterhead.footerLines.length,
  logo: letterhead.logo !== null,
});

/** The letterhead of a Word file, its logo proven to embed in a PDF as every letter will embed it. */
async function readLetterhead(bytes: Uint8Array): Promise<ParsedLetterhead> {
  let parsed: ParsedLetterhead;
  try {
    parsed = parseLetterheadDocx(bytes);
  } catch (error) {
    if (error instanceof LetterheadParseError) throw new CasefileError('VALIDATION', error.refusal);
    throw error;
  }
  const { logo } = parsed;
  if (logo !== null) {
    // A picture whose header is right but whose body is damaged would pass the checks above and
    // then break every PDF letter until a reset: it is refused now instead.
    // pdf-lib is imported here, not with the module: the core loads without the document engine.
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const image = new Uint8Array(Buffer.from(logo.base64, 'base64'));
    try {
      await (logo.mime === 'image/png' ? doc.embedPng(image) : doc.embedJpg(image));
      await doc.save();
    } catch {
      throw new CasefileError('VALIDATION', 'letterhead.logoNotSupported');
    }
  }
  return parsed;
}

/** Stores a letterhead read from a Word file, replacing the current one; audited in the same transaction. */
function storeLetterhead(ctx: CaseFileContext, parsed: ParsedLetterhead, fileName: string): ImportedLetterhead {
  const letterhead = ImportedLetterhead.parse({
    ...parsed,
    sourceName: path.basename(fileName).slice(0, 255),
    importedAt: new Date(ctx.now()).toISOString(),
    importedBy: ctx.actor,
  });
  const db = ctx.db();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ).run(KEY, JSON.stringify(letterhead));
    appendAudit(ctx, {
      action: 'letterhead.import',
      caseId: null,
      target: { kind: 'letterhead', id: KEY },
      details: audited(letterhead),
    });
  }).immediate();
  return letterhead;
}

/** Back to the shipped letterhead; audited only when there was an imported one to forget. */
export function resetLetterhead(ctx: CaseFileContext): void {
  const db = ctx.db();
  db.transaction(() => {
    const removed = db.prepare(`DELETE FROM vault_meta WHERE key = ?`).run(KEY).changes;
    if (removed > 0)
      appendAudit(ctx, { action: 'letterhead.reset', caseId: null, target: { kind: 'letterhead', id: KEY } });
  }).immediate();
}

/**
 * The letterhead.import method: the user picks the Word file in the native dialog (the renderer
 * never names a path); its size is checked before a byte of it is read.
 */
export async function importLetterhead(
  ctx: CaseFileContext,
): Promise<{ current: ImportedLetterhead | null; imported: boolean }> {
  const [chosen] = await requireFilePorts(ctx).chooseFilesToAdd();
  if (chosen === undefined) return { current: currentLetterhead(ctx.db()), imported: false };
  let bytes: Buffer;
  try {
    const info = await stat(chosen);
    if (!info.isFile()) throw new CasefileError('VALIDATION', 'letterhead.notDocx');
    if (info.size > DOCX_LIMITS.fileBytes) throw new CasefileError('VALIDATION', 'letterhead.tooLarge');
    bytes = await readFile(chosen);
  } catch (error) {
    if (error instanceof CasefileError) throw error;
    throw new CasefileError('NOT_FOUND', 'letterhead.unreadable');
  }
  return { current: storeLetterhead(ctx, await readLetterhead(bytes), chosen), imported: true };
}
