import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BundlePreview, BundleSigner } from '../../../shared/contract/bundles.js';
import type { MethodInput } from '../../../shared/contract/index.js';
import { resolveCase, stringOption, subcommandOf } from '../case-file-options.js';
import { conflictInWords, tableInWords } from './bundle-words.js';
import { givenFile, runWithGivenFile } from './given-file.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { readSecretFile } from '../secrets.js';
import type { VaultSession } from '../session.js';
import { cliList, cliWords } from '../words.js';
import { commandLinePorts, followJob, formatSize, runUnlockedWithFiles } from './evidence-access.js';

const SUBCOMMANDS = ['export', 'import', 'verify'] as const;
const OMISSIONS = { identities: 'identities', 'letter-files': 'letter_files' } as const;

/** A list option written once, comma-separated (options are given once each). */
function listOption(context: CommandContext, name: string): string[] {
  const given = stringOption(context, name);
  if (given === undefined) return [];
  return given
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

async function bundlePassphrase(context: CommandContext): Promise<string | undefined> {
  const file = stringOption(context, 'bundle-passphrase-file');
  return file === undefined ? undefined : readSecretFile(file, cliWords().bundle.passphrase);
}

function existingFile(context: CommandContext): string {
  const words = cliWords().bundle;
  return givenFile(context, { missing: words.nameBundle(context.args[0] ?? ''), kind: words.kind });
}

function describeSigner(signer: BundleSigner): string {
  const words = cliWords().bundle;
  if (signer.status === 'contact') return words.signedByContact(signer.name, signer.verified, signer.fingerprint);
  if (signer.status === 'unknown') return words.signedByStranger(signer.fingerprint ?? null);
  return words.unsigned;
}

/** What the sender left out, in words. */
function leftOut(omitted: BundlePreview['omitted']): string {
  const words = cliWords().bundle;
  return words.leftOut(omitted.map((omission) => words.omitted[omission]));
}

/** Per kind of record: what is new, newer, kept as this vault has it, the same, and in conflict. */
const countsInWords = (table: BundlePreview['tables'][number]): string =>
  cliWords().bundle.counts(
    tableInWords(table.table),
    table.added,
    table.changed,
    table.kept,
    table.same,
    table.conflicting,
  );

function describePreview(preview: BundlePreview, imported: boolean, time: TimeReader): string {
  const words = cliWords().bundle;
  const lines = [
    words.bundled(preview.reference, time(preview.createdAt), preview.caseExists),
    ...(preview.senderReference ? [words.arrivesAs(preview.senderReference, preview.reference)] : []),
    describeSigner(preview.signer),
  ];
  if (preview.omitted.length > 0) lines.push(leftOut(preview.omitted));
  lines.push(words.evidenceFiles(preview.evidenceFiles, formatSize(preview.evidenceBytes)));
  for (const table of preview.tables) lines.push(countsInWords(table));
  preview.conflicts.forEach((conflict, index) => lines.push(...conflictInWords(conflict, index)));
  lines.push(imported ? words.imported : words.dryRun);
  return lines.join('\n');
}

/** Recipients as given: `age1…` as they are, anything else the name (or id) of a contact. */
async function recipientsOf(session: VaultSession, given: string[]) {
  const contacts = given.some((entry) => !entry.startsWith('age1'))
    ? (await session.call('contacts.list', {})).items
    : [];
  const unverified: string[] = [];
  const recipients = given.map((entry) => {
    if (entry.startsWith('age1')) return entry;
    const matches = contacts.filter((c) => c.id === entry || c.name.toLowerCase() === entry.toLowerCase());
    const [contact] = matches;
    if (!contact) throw new CliFailure('NOT_FOUND', cliWords().bundle.noContact(entry));
    // Two colleagues of the same name: encrypting to the wrong one would hand the case to them.
    if (matches.length > 1) throw new CliFailure('CONFLICT', cliWords().bundle.sameName(matches.length, entry));
    if (!contact.verified) unverified.push(contact.name);
    return contact.recipient;
  });
  return { recipients, unverified };
}

async function exportBundle(context: CommandContext): Promise<void> {
  const words = cliWords().bundle;
  const caseRef = context.args[1];
  if (caseRef === undefined) throw usage(words.nameCase);
  const to = stringOption(context, 'to');
  if (to === undefined) throw usage(words.sayWhere);
  const destination = resolve(to);
  if (existsSync(destination)) throw new CliFailure('CONFLICT', words.fileExists(to));
  const given = listOption(context, 'recipient');
  const passphrase = await bundlePassphrase(context);
  if (given.length > 0 === (passphrase !== undefined)) throw usage(words.recipientsOrPassphrase);
  const omit = listOption(context, 'without').map((part) => {
    const omission = OMISSIONS[part as keyof typeof OMISSIONS];
    if (!omission) throw usage(words.withoutTakes(cliList(Object.keys(OMISSIONS))));
    return omission;
  });
  const ports = commandLinePorts();
  ports.exportTo = destination;
  await runUnlockedWithFiles(
    context,
    ports,
    async () => undefined,
    async (session) => {
      const theCase = await resolveCase(session, caseRef);
      const chosen = given.length > 0 ? await recipientsOf(session, given) : null;
      const { job: started } = await session.call('bundles.export', {
        caseId: theCase.id,
        audience: chosen
          ? { kind: 'recipients', recipients: chosen.recipients }
          : { kind: 'passphrase', passphrase: passphrase as string },
        omit,
      });
      if (started === null) throw new CliFailure('INTERNAL', words.notStarted);
      const job = await followJob(session, context, started.jobId, words.exporting);
      const outcome = job.kind === 'bundleExport' ? job.outcome : undefined;
      if (outcome === undefined) throw new CliFailure('INTERNAL', words.exportSaidNothing);
      const result = { exported: true, file: destination, ...outcome };
      const unverified = chosen?.unverified ?? [];
      const lines = [
        words.written(theCase.reference, destination, formatSize(outcome.bytesWritten)),
        words.manifest(outcome.manifestSha256),
      ];
      if (unverified.length > 0) lines.push(words.notYetVerified(unverified));
      context.out.result(lines.join('\n'), { ...result, unverifiedRecipients: unverified });
    },
  );
}

async function importBundle(context: CommandContext): Promise<void> {
  const file = existingFile(context);
  const passphrase = await bundlePassphrase(context);
  const dryRun = context.options['dry-run'] === true;
  const named = listOption(context, 'take-theirs');
  const words = cliWords().bundle;
  await runWithGivenFile(context, file, async (session) => {
    const run = async (input: { dryRun: boolean } & Partial<MethodInput<'bundles.import'>>) => {
      const { job: started } = await session.call('bundles.import', {
        ...(passphrase !== undefined ? { passphrase } : {}),
        acceptUnknownSigner: context.options['accept-unknown-signer'] === true,
        ...input,
      });
      if (started === null) throw new CliFailure('INTERNAL', words.importNotStarted);
      const job = await followJob(session, context, started.jobId, input.dryRun ? words.checking : words.importing);
      const preview = job.kind === 'bundleImport' ? job.preview : undefined;
      if (preview === undefined) throw new CliFailure('INTERNAL', words.importSaidNothing);
      return { jobId: started.jobId, preview };
    };
    let preview: BundlePreview;
    if (dryRun || named.length === 0) preview = (await run({ dryRun })).preview;
    else {
      // Taking theirs names the conflicts as this run's check found them (each with its token): a record
      // changed here in between refuses the import rather than being overwritten unseen.
      const checked = await run({ dryRun: true });
      const takeTheirs = named.map((key) => {
        const conflict = checked.preview.conflicts.find((entry) => entry.key === key);
        if (conflict === undefined) throw new CliFailure('NOT_FOUND', words.notAConflict(key));
        return { key, token: conflict.token };
      });
      preview = (await run({ dryRun: false, previewJobId: checked.jobId, takeTheirs })).preview;
    }
    const result = { chosen: true, imported: !dryRun, preview };
    context.out.result(describePreview(preview, result.imported, await missionClock(session)), result);
  });
}

async function verifyBundle(context: CommandContext): Promise<void> {
  const file = existingFile(context);
  const passphrase = await bundlePassphrase(context);
  await runWithGivenFile(context, file, async (session) => {
    const result = await session.call('bundles.verify', passphrase !== undefined ? { passphrase } : {});
    const words = cliWords().bundle;
    const { reference, createdAt, signer, entries, evidenceFiles, manifestSha256 } = result;
    // The command line always chooses the file: a reply without what it read is the core's fault.
    if (
      reference === undefined ||
      createdAt === undefined ||
      signer === undefined ||
      entries === undefined ||
      evidenceFiles === undefined ||
      manifestSha256 === undefined
    ) {
      throw new CliFailure('INTERNAL', cliWords().output.unexpected);
    }
    const time = await missionClock(session);
    const lines = [
      words.verified(reference, time(createdAt)),
      describeSigner(signer),
      words.verifiedCounts(entries, evidenceFiles, formatSize(result.evidenceBytes ?? 0)),
      words.manifest(manifestSha256),
    ];
    if (result.omitted && result.omitted.length > 0) lines.push(leftOut(result.omitted));
    context.out.result(lines.join('\n'), result);
  });
}

const RUNNERS: Record<(typeof SUBCOMMANDS)[number], (context: CommandContext) => Promise<void>> = {
  export: exportBundle,
  import: importBundle,
  verify: verifyBundle,
};

export const bundleImplementation: CommandImplementation = {
  async run(context) {
    await RUNNERS[subcommandOf(context, 'bundle', SUBCOMMANDS)](context);
  },
};
