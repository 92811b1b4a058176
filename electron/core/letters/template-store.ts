import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { CasefileError, fieldProblemsOf } from '../../../shared/contract/index.js';
import { fieldProblemText } from '../../../shared/i18n/messages.js';
import type { LetterTemplateProblem, TemplateSummary, TemplateVersionInfo } from '../../../shared/contract/letters.js';
import { Template, templateLanguages } from '../../../shared/documents/template.js';
import { SHIPPED_TEMPLATES, shippedTemplate } from '../../../shared/documents/templates/index.js';
import { validateTemplate } from '../../../shared/documents/validator.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * Letter templates in the vault: the shipped defaults, and each saved edit or reset as a new
 * version. A template id is one of the shipped ones: an edit changes wording, not what a
 * letter is for.
 */

type Origin = TemplateVersionInfo['origin'];

interface TemplateRow {
  id: string;
  version: number;
  kind: string;
  origin: Origin;
  source: string;
  created_at: string;
  author: string;
}

export interface StoredTemplate {
  template: Template;
  version: number;
  origin: Origin;
  savedAt: string | null;
  savedBy: string | null;
}

function shippedOrNotFound(id: string): Template {
  const shipped = shippedTemplate(id);
  if (!shipped) throw new CasefileError('NOT_FOUND', 'letters.templateNotFound');
  return shipped;
}

function parseStored(row: TemplateRow): Template {
  const parsed = Template.safeParse(JSON.parse(row.source));
  if (!parsed.success)
    throw new CasefileError('VAULT_CORRUPT', 'letters.storedTemplateDamaged', { version: row.version });
  return parsed.data;
}

const stored = (row: TemplateRow): StoredTemplate => ({
  template: parseStored(row),
  version: row.version,
  origin: row.origin,
  savedAt: row.created_at,
  savedBy: row.author,
});

const shippedVersion = (template: Template): StoredTemplate => ({
  template: { ...template, version: 1 },
  version: 1,
  origin: 'shipped',
  savedAt: null,
  savedBy: null,
});

function latestRow(db: VaultDatabase, id: string): TemplateRow | undefined {
  return db.prepare('SELECT * FROM letter_templates WHERE id = ? ORDER BY version DESC LIMIT 1').get(id) as
    TemplateRow | undefined;
}

/** The template a new letter is made from (or the version asked for). */
export function templateAt(db: VaultDatabase, id: string, version?: number): StoredTemplate {
  const shipped = shippedOrNotFound(id);
  if (version === undefined) {
    const latest = latestRow(db, id);
    return latest ? stored(latest) : shippedVersion(shipped);
  }
  const row = db.prepare('SELECT * FROM letter_templates WHERE id = ? AND version = ?').get(id, version) as
    TemplateRow | undefined;
  if (row) return stored(row);
  if (version === 1 && latestRow(db, id) === undefined) return shippedVersion(shipped);
  throw new CasefileError('NOT_FOUND', 'letters.templateVersionNotFound', { version });
}

function insertVersion(db: VaultDatabase, template: Template, origin: Origin, atIso: string, author: string): void {
  db.prepare(
    'INSERT INTO letter_templates (id, version, kind, origin, source, created_at, author) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(template.id, template.version, template.kind, origin, JSON.stringify(template), atIso, author);
}

/**
 * Keeps the shipped default as version 1 before anything refers to it (a letter, a later
 * version), so the version a letter names always reads back as it was. Inside a transaction.
 */
export function pinTemplateVersion(ctx: CaseFileContext, db: VaultDatabase, current: StoredTemplate): void {
  if (current.origin === 'shipped' && current.savedAt === null && latestRow(db, current.template.id) === undefined) {
    insertVersion(db, current.template, 'shipped', new Date(ctx.now()).toISOString(), 'casefile');
  }
}

export function summaryOf(current: StoredTemplate): TemplateSummary {
  const { template } = current;
  return {
    id: template.id,
    kind: template.kind,
    recipient: template.recipient,
    name: template.name,
    languages: templateLanguages(template),
    version: current.version,
    edited: current.origin === 'edited',
    savedAt: current.origin === 'shipped' ? null : current.savedAt,
    savedBy: current.origin === 'shipped' ? null : current.savedBy,
  };
}

export function listTemplateSummaries(db: VaultDatabase): TemplateSummary[] {
  return SHIPPED_TEMPLATES.map((shipped) => summaryOf(templateAt(db, shipped.id)));
}

export function templateVersions(db: VaultDatabase, id: string): TemplateVersionInfo[] {
  shippedOrNotFound(id);
  const rows = db
    .prepare('SELECT version, origin, created_at, author FROM letter_templates WHERE id = ? ORDER BY version')
    .all(id) as Pick<TemplateRow, 'version' | 'origin' | 'created_at' | 'author'>[];
  if (rows.length === 0) return [{ version: 1, origin: 'shipped', savedAt: null, savedBy: null }];
  return rows.map((row) => ({
    version: row.version,
    origin: row.origin,
    savedAt: row.created_at,
    savedBy: row.author,
  }));
}

/** A source's problems: schema problems first (it is not a template), else the validator's, each with its place. */
export function templateProblems(source: unknown): { template: Template | null; problems: LetterTemplateProblem[] } {
  const parsed = Template.safeParse(source);
  if (!parsed.success) {
    return {
      template: null,
      // Each value's problem in the catalogue's words, at its place in the JSON the officer edits; never zod's.
      problems: fieldProblemsOf(parsed.error, source).map(({ path, problem, params }) => {
        const language =
          path[0] === 'languages' && (path[1] === 'en' || path[1] === 'fr' || path[1] === 'ar') ? path[1] : null;
        const field = { problem, ...(params ? { params: params as Record<string, string | number> } : {}) };
        return {
          kind: 'schema' as const,
          language,
          path: [...path],
          offset: 0,
          length: 0,
          message: fieldProblemText('en', problem, params),
          where: path.join(' › '),
          field,
        };
      }),
    };
  }
  return {
    template: parsed.data,
    problems: validateTemplate(parsed.data).map((problem) => ({ ...problem, path: [...problem.path] })),
  };
}

function storeNewVersion(
  ctx: CaseFileContext,
  id: string,
  template: Template,
  origin: Origin,
  action: AuditAction,
): TemplateSummary {
  const db = ctx.db();
  return db
    .transaction((): TemplateSummary => {
      const current = templateAt(db, id);
      pinTemplateVersion(ctx, db, current);
      const version = current.version + 1;
      const at = new Date(ctx.now()).toISOString();
      insertVersion(db, { ...template, version }, origin, at, ctx.actor);
      appendAudit(ctx, {
        action,
        caseId: null,
        target: { kind: 'letter_template', id, label: `${id} v${version}` },
        details: { version, previousVersion: current.version },
      });
      return summaryOf(templateAt(db, id));
    })
    .immediate();
}

/** An edited source as template `id` may become; refused (VALIDATION) with all its problems listed. */
function checkedEdit(id: string, source: unknown): { shipped: Template; template: Template } {
  const shipped = shippedOrNotFound(id);
  const { template, problems } = templateProblems(source);
  if (!template || problems.length > 0)
    throw new CasefileError('VALIDATION', 'letters.templateProblems', { total: problems.length });
  if (template.id !== shipped.id) throw new CasefileError('VALIDATION', 'letters.templateChanged');
  if (template.kind !== shipped.kind)
    throw new CasefileError('VALIDATION', 'letters.templateKindChanged', { kind: shipped.kind });
  return { shipped, template };
}

/** Saves an edit as a new version; a source with any problem is refused with all of them listed. */
export function saveTemplate(ctx: CaseFileContext, input: { id: string; source: unknown }): TemplateSummary {
  const { shipped, template } = checkedEdit(input.id, input.source);
  return storeNewVersion(ctx, shipped.id, template, 'edited', 'letter_template.save');
}

/**
 * An unsaved edit to preview, checked as a save would check it; it carries the version it was
 * edited from and is never stored, so no letter can be made from it.
 */
export function draftTemplate(db: VaultDatabase, id: string, source: unknown): StoredTemplate {
  const current = templateAt(db, id);
  const { template } = checkedEdit(id, source);
  return {
    template: { ...template, version: current.version },
    version: current.version,
    origin: 'edited',
    savedAt: null,
    savedBy: null,
  };
}

export function resetTemplate(ctx: CaseFileContext, input: { id: string }): TemplateSummary {
  const shipped = shippedOrNotFound(input.id);
  return storeNewVersion(ctx, shipped.id, shipped, 'reset', 'letter_template.reset');
}
