import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { EVIDENCE_TYPES, type EvidenceContent, type EvidenceType } from '../../../shared/domain/evidence.js';
import { VerificationReportRequest } from '../../../shared/contract/custody.js';
import { checked, resolveCase, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import type { VaultSession } from '../session.js';
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
  if (given === undefined) throw usage('Name the file to add: casefile evidence add FILE --case CASE.');
  const file = resolve(given);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliFailure('NOT_FOUND', `${given} was not found.`);
  }
  if (!isFile) throw usage(`${given} is not a file; only files can be added as evidence content.`);
  const caseRef = stringOption(context, 'case');
  if (caseRef === undefined) throw usage('Name the case: --case CASE (its reference or id).');
  const type = stringOption(context, 'type') ?? 'digital';
  if (!(EVIDENCE_TYPES as readonly string[]).includes(type))
    throw usage(`--type is one of: ${EVIDENCE_TYPES.join(', ')}.`);
  const itemRef = stringOption(context, 'item');
  if (
    itemRef !== undefined &&
    (context.options['type'] !== undefined || context.options['description'] !== undefined)
  ) {
    throw usage('--item adds the file to an existing item: --type and --description describe a new one.');
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
  `${content.fileName} (${formatSize(content.size)}, SHA-256 ${content.sha256})`;

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
      if (!chosen) throw new CliFailure('NOT_FOUND', `${request.file} could not be read.`);
      // A new item is logged by the ingest itself, with its file: a kill midway leaves neither.
      const target = existing
        ? { itemId: existing.id }
        : { newItem: { caseId: theCase.id, type: request.type, description: request.description } };
      const started = await session.call('evidence.ingest', { ...target, token: chosen.token });
      const job = await followJob(session, context, started.jobId, `Adding ${chosen.name}`);
      const content = job.kind === 'ingest' ? job.result : undefined;
      if (!content) throw new CliFailure('INTERNAL', 'The file was added but its record could not be read back.');
      const item = await session.call('evidence.get', { itemId: started.itemId });
      const signed =
        content.provenance === undefined
          ? ''
          : ` Provenance signed with this vault's key (fingerprint ${content.provenance.signerFingerprint}).`;
      context.out.result(`Added ${describeContent(content)} to ${item.number} in ${theCase.reference}.${signed}`, {
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
  if ((itemRef === undefined) === !all)
    throw usage('Verify one item (casefile evidence verify ITEM) or every item (--all).');
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
      const job = await followJob(session, context, started.jobId, 'Verifying');
      if (job.kind !== 'verify') throw new CliFailure('INTERNAL', 'Unexpected job.');
      if (job.failures.length > 0) {
        const list = job.failures
          .map((failure) => `${failure.itemNumber} ${failure.fileName}: ${failure.problem.replaceAll('_', ' ')}`)
          .join('; ');
        throw new CliFailure(
          'VAULT_CORRUPT',
          `${job.failures.length} of ${job.contentsChecked} files failed verification and are flagged: ${list}.`,
        );
      }
      context.out.result(
        `OK: ${job.contentsChecked} ${job.contentsChecked === 1 ? 'file' : 'files'} ` +
          `decrypted and re-hashed (${formatSize(job.bytesDone)}).`,
        job,
      );
    },
  );
}

async function exportContent(context: CommandContext): Promise<void> {
  const itemRef = context.args[1];
  if (itemRef === undefined) throw usage('Name the item: casefile evidence export ITEM --to PATH.');
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
        if (contentRef !== undefined) throw new CliFailure('NOT_FOUND', `${item.number} holds no file with that id.`);
        if (contents.length === 0) throw new CliFailure('NOT_FOUND', `${item.number} holds no files.`);
        throw usage(
          `${item.number} holds ${contents.length} files; choose one with --content ID: ` +
            `${contents.map((c) => `${c.id} (${c.fileName})`).join(', ')}.`,
        );
      }
      ports.exportTo = destination;
      const saved = await session.call('evidence.export', { itemId: item.id, contentId: content.id });
      if (saved.cancelled) throw new CliFailure('CANCELLED', 'The export was cancelled.');
      context.out.result(
        `Exported ${content.fileName} of ${item.number} to ${saved.path} (SHA-256 ` +
          `${saved.sha256}, checked). This export is in the audit trail.`,
        saved,
      );
    },
  );
}

/** How a file's provenance signature reads on the command line. */
function describeProvenance(content: EvidenceContent): string {
  const signed = content.provenance;
  if (signed === undefined) {
    return `${content.fileName}: not signed yet (a file logged before signing: verify it to sign it).`;
  }
  const when = signed.atIngest
    ? `at ingest, ${signed.signedAt}`
    : `at its first verification, ${signed.signedAt} (logged before provenance was signed)`;
  return [
    `${content.fileName}: signed ${when}`,
    `  signer key fingerprint: ${signed.signerFingerprint}`,
    `  statement: ${signed.statement}`,
    `  signature (Ed25519, base64): ${signed.signature}`,
  ].join('\n');
}

async function provenance(context: CommandContext): Promise<void> {
  const itemRef = context.args[1];
  if (itemRef === undefined) throw usage('Name the item: casefile evidence provenance ITEM [--out DIR].');
  const out = stringOption(context, 'out');
  await runUnlockedWithFiles(
    context,
    commandLinePorts(),
    async () => undefined,
    async (session) => {
      const item = await resolveItem(session, itemRef, stringOption(context, 'case'));
      const { contents, number } = await session.call('evidence.get', { itemId: item.id });
      const lines = contents.length === 0 ? [`${number} holds no file.`] : contents.map(describeProvenance);
      if (out !== undefined) {
        // The files openssl needs: the statement's exact bytes, the raw signature and the vault's public key.
        const folder = resolve(out);
        try {
          mkdirSync(folder);
        } catch {
          throw new CliFailure('CONFLICT', `${out} already exists or cannot be made; name a new folder.`);
        }
        // Each file's own signer's key: a file received in a bundle was signed by the vault that collected it.
        for (const [index, content] of contents.entries()) {
          if (content.provenance === undefined) continue;
          const base = join(folder, `${number}-${index + 1}`);
          writeFileSync(`${base}.statement.json`, content.provenance.statement);
          writeFileSync(`${base}.sig`, Buffer.from(content.provenance.signature, 'base64'));
          writeFileSync(`${base}.signer.pem`, content.provenance.signerPublicKeyPem);
        }
        lines.push(
          `Written to ${folder}. Check each with: openssl pkeyutl -verify -pubin -inkey ${number}-1.signer.pem ` +
            `-rawin -in ${number}-1.statement.json -sigfile ${number}-1.sig`,
        );
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
    'verification report',
    { format: '--format', language: '--lang' },
  );
  return { ...choice, destination: newFileOption(context, 'out') };
}

async function verificationReport(context: CommandContext): Promise<void> {
  const caseRef = context.args[1];
  if (caseRef === undefined) throw usage('Name the case: casefile evidence verification-report CASE --out FILE.');
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
      if (saved.cancelled) throw new CliFailure('CANCELLED', 'The report was not written.');
      const signers = summary.signers.map(
        (signer) => `${signer.fingerprint}${signer.thisVault ? ' (this vault)' : ''}`,
      );
      context.out.result(
        [
          `Wrote the verification report of ${theCase.reference} to ${saved.path} (SHA-256 ${saved.sha256}):`,
          `${summary.items} item(s), ${summary.files} file(s), ${summary.signedFiles} signed.`,
          `Signer key fingerprint(s): ${signers.length > 0 ? signers.join(', ') : 'none'}.`,
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
  detailValues: () => ({ types: EVIDENCE_TYPES.join(', ') }),
  async run(context) {
    await RUNNERS[subcommandOf(context, 'evidence', SUBCOMMANDS)](context);
  },
};
