import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { EVIDENCE_TYPES, type EvidenceContent, type EvidenceType } from '../../../shared/domain/evidence.js';
import { VerificationReportRequest } from '../../../shared/contract/custody.js';
import { checked, resolveCase, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import type { VaultSession } from '../session.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliList, cliWords } from '../words.js';
import { labelText } from '../../../shared/i18n/labels.js';
import {
  commandLinePorts,
  followJob,
  formatSize,
  newFileOption,
  resolveItem,
  runUnlockedWithFiles,
} from './evidence-access.js';

const SUBCOMMANDS = ['add', 'verify', 'export', 'provenance', 'verification-report'] as const;

interface AddRequest {
  file: string;
  caseRef: string;
  itemRef?: string;
  type: EvidenceType;
  description: string;
}

function prepareAdd(context: CommandContext): AddRequest {
  const given = context.args[1];
  if (given === undefined) throw usage(cliWords().evidence.nameFile);
  const file = resolve(given);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliFailure('NOT_FOUND', cliWords().evidence.notFound(given));
  }
  if (!isFile) throw usage(cliWords().evidence.notAFile(given));
  const caseRef = stringOption(context, 'case');
  if (caseRef === undefined) throw usage(cliWords().evidence.nameCase);
  const type = stringOption(context, 'type') ?? 'digital';
  if (!(EVIDENCE_TYPES as readonly string[]).includes(type))
    throw usage(cliWords().evidence.typeIsOneOf(cliList(EVIDENCE_TYPES)));
  const itemRef = stringOption(context, 'item');
  if (
    itemRef !== undefined &&
    (context.options['type'] !== undefined || context.options['description'] !== undefined)
  ) {
    throw usage(cliWords().evidence.itemOrNew);
  }
  return {
    file,
    caseRef,
    ...(itemRef === undefined ? {} : { itemRef }),
    type: type as EvidenceType,
    description: stringOption(context, 'description') ?? basename(file),
  };
}

const describeContent = (content: EvidenceContent): string =>
  cliWords().evidence.content(content.fileName, formatSize(content.size), content.sha256);

async function add(context: CommandContext): Promise<void> {
  const ports = commandLinePorts();
  await runUnlockedWithFiles(
    context,
    ports,
    async () => prepareAdd(context),
    async (session, request) => {
      const theCase = await resolveCase(session, request.caseRef);
      const existing = request.itemRef ? await resolveItem(session, request.itemRef, theCase.id) : undefined;
      ports.toAdd = [request.file];
      const { files } = await session.call('evidence.chooseFiles', {});
      const chosen = files[0];
      if (!chosen) throw new CliFailure('NOT_FOUND', cliWords().evidence.unreadable(request.file));
      // A new item is logged by the ingest itself, with its file: a kill midway leaves neither.
      const target = existing
        ? { itemId: existing.id }
        : { newItem: { caseId: theCase.id, type: request.type, description: request.description } };
      const started = await session.call('evidence.ingest', { ...target, token: chosen.token });
      const job = await followJob(session, context, started.jobId, cliWords().evidence.adding(chosen.name));
      const content = job.kind === 'ingest' ? job.result : undefined;
      if (!content) throw new CliFailure('INTERNAL', cliWords().evidence.notReadBack);
      const item = await session.call('evidence.get', { itemId: started.itemId });
      const words = cliWords().evidence;
      const added = words.added(describeContent(content), item.number, theCase.reference);
      const signed =
        content.provenance === undefined ? '' : ` ${words.signedOnAdding(content.provenance.signerFingerprint)}`;
      context.out.result(`${added}${signed}`, {
        caseReference: theCase.reference,
        item,
        content,
      });
    },
  );
}

async function verify(context: CommandContext): Promise<void> {
  const itemRef = context.args[1];
  const all = context.options['all'] === true;
  if ((itemRef === undefined) === !all) throw usage(cliWords().evidence.oneOrAll);
  await runUnlockedWithFiles(
    context,
    commandLinePorts(),
    async () => undefined,
    async (session) => {
      const scope =
        itemRef === undefined
          ? {}
          : { itemId: (await resolveItem(session, itemRef, stringOption(context, 'case'))).id };
      const started = await session.call('evidence.verify', scope);
      const job = await followJob(session, context, started.jobId, cliWords().evidence.verifying);
      if (job.kind !== 'verify') throw new CliFailure('INTERNAL', cliWords().output.unexpected);
      const words = cliWords().evidence;
      if (job.failures.length > 0) {
        const list = job.failures.map((failure) =>
          words.failure(
            failure.itemNumber,
            failure.fileName,
            labelText(cliLanguage(), 'contentProblem', failure.problem),
          ),
        );
        throw new CliFailure('VAULT_CORRUPT', words.failed(job.failures.length, job.contentsChecked, list));
      }
      context.out.result(words.verified(job.contentsChecked, formatSize(job.bytesDone)), job);
    },
  );
}

async function exportContent(context: CommandContext): Promise<void> {
  const itemRef = context.args[1];
  if (itemRef === undefined) throw usage(cliWords().evidence.nameItemToExport);
  const ports = commandLinePorts();
  await runUnlockedWithFiles(
    context,
    ports,
    async () => newFileOption(context),
    async (session: VaultSession, destination) => {
      const item = await resolveItem(session, itemRef, stringOption(context, 'case'));
      const { contents } = await session.call('evidence.get', { itemId: item.id });
      const contentRef = stringOption(context, 'content');
      const content =
        contentRef === undefined
          ? contents.length === 1
            ? contents[0]
            : undefined
          : contents.find((c) => c.id === contentRef);
      if (!content) {
        const words = cliWords().evidence;
        if (contentRef !== undefined) throw new CliFailure('NOT_FOUND', words.noFileWithId(item.number));
        if (contents.length === 0) throw new CliFailure('NOT_FOUND', words.noFiles(item.number));
        const choices = cliList(contents.map((c) => `${c.id} (${c.fileName})`));
        throw usage(words.chooseContent(item.number, contents.length, choices));
      }
      ports.exportTo = destination;
      const saved = await session.call('evidence.export', { itemId: item.id, contentId: content.id });
      if (saved.cancelled) throw new CliFailure('CANCELLED', cliWords().evidence.exportCancelled);
      context.out.result(cliWords().evidence.exported(content.fileName, item.number, saved.path, saved.sha256), saved);
    },
  );
}

/** How a file's provenance signature reads on the command line, its time on the mission's clock. */
function describeProvenance(content: EvidenceContent, time: TimeReader): string {
  const words = cliWords().evidence;
  const signed = content.provenance;
  if (signed === undefined) return words.notSigned(content.fileName);
  const at = time(signed.signedAt);
  return [
    signed.atIngest ? words.signedAtIngest(content.fileName, at) : words.signedAtVerification(content.fileName, at),
    words.signerFingerprint(signed.signerFingerprint),
    words.statement(signed.statement),
    words.signature(signed.signature),
  ].join('\n');
}

async function provenance(context: CommandContext): Promise<void> {
  const itemRef = context.args[1];
  if (itemRef === undefined) throw usage(cliWords().evidence.nameItemForProvenance);
  const out = stringOption(context, 'out');
  await runUnlockedWithFiles(
    context,
    commandLinePorts(),
    async () => undefined,
    async (session) => {
      const item = await resolveItem(session, itemRef, stringOption(context, 'case'));
      const { contents, number } = await session.call('evidence.get', { itemId: item.id });
      const time = await missionClock(session);
      const lines =
        contents.length === 0
          ? [cliWords().evidence.noFiles(number)]
          : contents.map((content) => describeProvenance(content, time));
      if (out !== undefined) {
        // The files openssl needs: the statement's exact bytes, the raw signature and the vault's public key.
        const folder = resolve(out);
        try {
          mkdirSync(folder);
        } catch {
          throw new CliFailure('CONFLICT', cliWords().evidence.folderTaken(out));
        }
        // Each file's own signer's key: a file received in a bundle was signed by the vault that collected it.
        for (const [index, content] of contents.entries()) {
          if (content.provenance === undefined) continue;
          const base = join(folder, `${number}-${index + 1}`);
          writeFileSync(`${base}.statement.json`, content.provenance.statement);
          writeFileSync(`${base}.sig`, Buffer.from(content.provenance.signature, 'base64'));
          writeFileSync(`${base}.signer.pem`, content.provenance.signerPublicKeyPem);
        }
        const check =
          `openssl pkeyutl -verify -pubin -inkey ${number}-1.signer.pem ` +
          `-rawin -in ${number}-1.statement.json -sigfile ${number}-1.sig`;
        lines.push(cliWords().evidence.provenanceWritten(folder, check));
      }
      context.out.result(lines.join('\n'), { number, contents });
    },
  );
}

/** The report's format and language (--format, --lang) and its new file (--out), checked before the unlock. */
function verificationReportRequest(context: CommandContext) {
  const choice = checked(
    VerificationReportRequest.pick({ format: true, language: true }),
    { format: stringOption(context, 'format'), language: stringOption(context, 'lang') },
    cliWords().evidence.reportWhat,
    { format: '--format', language: '--lang' },
  );
  return { ...choice, destination: newFileOption(context, 'out') };
}

async function verificationReport(context: CommandContext): Promise<void> {
  const caseRef = context.args[1];
  if (caseRef === undefined) throw usage(cliWords().evidence.nameCaseForReport);
  const ports = commandLinePorts();
  await runUnlockedWithFiles(
    context,
    ports,
    async () => verificationReportRequest(context),
    async (session, request) => {
      const theCase = await resolveCase(session, caseRef);
      ports.exportTo = request.destination;
      const { saved, summary } = await session.call('custody.verificationReport', {
        caseId: theCase.id,
        format: request.format,
        language: request.language,
      });
      if (saved.cancelled) throw new CliFailure('CANCELLED', cliWords().evidence.reportNotWritten);
      const words = cliWords().evidence;
      const signers = summary.signers.map((signer) =>
        signer.thisVault ? words.thisVault(signer.fingerprint) : signer.fingerprint,
      );
      context.out.result(
        [
          words.reportWritten(theCase.reference, saved.path, saved.sha256),
          words.reportCounts(summary.items, summary.files, summary.signedFiles),
          words.signers(signers),
        ].join('\n'),
        { ...saved, summary },
      );
    },
  );
}

const RUNNERS: Record<(typeof SUBCOMMANDS)[number], (context: CommandContext) => Promise<void>> = {
  add,
  verify,
  export: exportContent,
  provenance,
  'verification-report': verificationReport,
};

export const evidenceImplementation: CommandImplementation = {
  detailValues: () => ({ types: cliList(EVIDENCE_TYPES) }),
  async run(context) {
    await RUNNERS[subcommandOf(context, 'evidence', SUBCOMMANDS)](context);
  },
};
