import { createHash, randomUUID } from 'node:crypto';
import type { LetterDisclosure, LetterEntry, LetterFormat, LetterRequest } from '../../../shared/contract/letters.js';
import { isClosureKind } from '../../../shared/documents/template.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { composeLetter } from './letter-compose.js';
import { getLetter } from './letter-register.js';
import { pinTemplateVersion } from './template-store.js';

const fileNameOf = (
  reference: string,
  templateId: string,
  language: string,
  id: string,
  format: LetterFormat,
): string => `${reference}-${templateId}-${language}-${id.slice(0, 8)}.${format}`.replace(/[^A-Za-z0-9._-]/g, '_');

/** Renders a letter, keeps each output in the register and audits it with every override and its reason. */
export async function generateLetter(
  ctx: CaseFileContext,
  request: LetterRequest & { formats: LetterFormat[] },
): Promise<LetterEntry> {
  const db = ctx.db();
  const nowMs = ctx.now();
  ctx.ports.cases.forChange(db, request.caseId);
  const composed = composeLetter(ctx.ports, db, request, nowMs);
  const { stored, snapshot, built, model, letter } = composed;
  const formats = [...new Set(request.formats)];
  const createdAt = new Date(nowMs);
  const rendered = await Promise.all(
    formats.map(async (format) => ({
      format,
      bytes:
        format === 'pdf'
          ? await ctx.ports.documents.renderPdf(model, { createdAt })
          : await ctx.ports.documents.renderDocx(model, { createdAt }),
    })),
  );

  const id = randomUUID();
  const reference = snapshot.case.reference;
  const codeOf = new Map(snapshot.people.map((person) => [person.id, person.code]));
  const disclosures: LetterDisclosure[] = built.disclosures.map((disclosure) => ({
    personId: disclosure.personId,
    code: disclosure.code,
    fields: [...disclosure.fields],
    basis: disclosure.basis,
    ...(disclosure.overrideReason !== undefined ? { overrideReason: disclosure.overrideReason } : {}),
  }));
  const overrides = request.overrides.map((override) => ({
    personId: override.personId,
    code: codeOf.get(override.personId) ?? '?',
    reason: override.reason,
  }));
  const closure = isClosureKind(stored.template.kind);
  // A referral concerns its subject even when no identity of theirs is recorded (nothing disclosed):
  // R11 and the follow-up item read it.
  const concernsId = built.concernsPersonId;
  const outputs = rendered.map(({ format, bytes }) => ({
    format,
    bytes,
    fileName: fileNameOf(reference, stored.template.id, request.language, id, format),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }));

  return db
    .transaction((): LetterEntry => {
      pinTemplateVersion(ctx, db, stored);
      db.prepare(
        `INSERT INTO letters (id, case_id, kind, recipient, recipient_name, template_id, template_version, language,
          page_size, author, created_at,
           concerns_person_id, concerns_code, disclosures, withheld, overrides, exception_reason, discreet)
         VALUES (@id, @caseId, @kind, @recipient, @recipientName, @templateId, @templateVersion, @language, @pageSize,
           @author, @createdAt,
           @concernsId, @concernsCode, @disclosures, @withheld, @overrides, @exceptionReason, @discreet)`,
      ).run({
        id,
        caseId: snapshot.case.id,
        kind: stored.template.kind,
        recipient: stored.template.recipient,
        recipientName: letter.recipientName,
        templateId: stored.template.id,
        templateVersion: stored.version,
        language: request.language,
        pageSize: model.pageSize,
        author: ctx.actor,
        createdAt: createdAt.toISOString(),
        concernsId,
        concernsCode: codeOf.get(concernsId) ?? null,
        disclosures: JSON.stringify(disclosures),
        withheld: JSON.stringify(built.withheld),
        overrides: JSON.stringify(overrides),
        exceptionReason: request.exception?.reason ?? null,
        discreet: model.discreet === true ? 1 : 0,
      });
      const insertOutput = db.prepare(
        'INSERT INTO letter_outputs (letter_id, format, file_name, size, sha256, bytes) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const output of outputs)
        insertOutput.run(id, output.format, output.fileName, output.bytes.length, output.sha256, output.bytes);
      const target = { kind: 'letter', id, label: `${stored.template.id} (${request.language})` };
      appendAudit(ctx, {
        action: 'letter.generate',
        caseId: snapshot.case.id,
        target,
        details: {
          templateId: stored.template.id,
          templateVersion: stored.version,
          language: request.language,
          recipient: stored.template.recipient,
          outputs: outputs.map((output) => ({
            format: output.format,
            size: output.bytes.length,
            sha256: output.sha256,
          })),
          disclosed: disclosures.map((disclosure) => `${disclosure.code}:${disclosure.basis}`),
          withheld: built.withheld.map((person) => person.code),
          // Made although it did not apply: the flag only; the reason, free text, stays in the register.
          ...(request.exception !== undefined ? { exception: true } : {}),
          ...(model.discreet === true ? { discreet: true } : {}),
        },
      });
      ctx.ports.reactions.letterGenerated(ctx, db, {
        caseId: snapshot.case.id,
        letterId: id,
        kind: stored.template.kind,
        ...(closure ? {} : { concernsPersonId: concernsId }),
        createdAt: createdAt.toISOString(),
      });
      for (const override of overrides) {
        appendAudit(ctx, {
          action: 'letter.identity_override',
          caseId: snapshot.case.id,
          target,
          details: {
            personId: override.personId,
            code: override.code,
            recipient: stored.template.recipient,
            reason: override.reason,
          },
        });
      }
      return getLetter(db, id);
    })
    .immediate();
}
