import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BundlePreview, BundleSigner } from '../../../shared/contract/bundles.js';
import type { MethodInput } from '../../../shared/contract/index.js';
import { resolveCase, stringOption, subcommandOf } from '../case-file-options.js';
import { formatInstantWords } from '../../../shared/i18n/messages.js';
import { conflictInWords, tableInWords } from './bundle-words.js';
import { givenFile, runWithGivenFile } from './given-file.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { readSecretFile } from '../secrets.js';
import type { VaultSession } from '../session.js';
import { commandLinePorts, followJob, runUnlockedWithFiles } from './evidence-access.js';

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
  return file === undefined ? undefined : readSecretFile(file, 'bundle passphrase');
}

function existingFile(context: CommandContext): string {
  return givenFile(context, {
    missing: `Name the bundle: casefile bundle ${context.args[0]} FILE.casefile.`,
    kind: 'a bundle (.casefile)',
  });
}

function describeSigner(signer: BundleSigner): string {
  if (signer.status === 'contact') {
    const checked = signer.verified ? 'a verified contact' : 'a contact NOT YET VERIFIED (compare safety numbers)';
    return `Signed by ${signer.name}, ${checked}; signing key ${signer.fingerprint}.`;
  }
  if (signer.status === 'unknown') {
    return `Signed by someone NOT in your contacts (signing key ${signer.fingerprint ?? 'not given'}).`;
  }
  return 'NOT signed: nothing says who made it.';
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const OMITTED_WORDS: Readonly<Record<BundlePreview['omitted'][number], string>> = {
  identities: "the people's identities",
  letter_files: "the letters' files",
};

/** Per kind of record: what is new, newer, kept as this vault has it, the same, and in conflict. */
function countsInWords(table: BundlePreview['tables'][number]): string {
  const parts = [`${table.added} new`, `${table.changed} newer (taken)`];
  parts.push(`${table.kept} kept as they are here (changed only here)`, `${table.same} the same`);
  if (table.conflicting > 0) parts.push(`${table.conflicting} changed on both sides`);
  return `  ${tableInWords(table.table)}: ${parts.join(', ')}`;
}

function describePreview(preview: BundlePreview, imported: boolean): string {
  const lines = [
    `Case ${preview.reference}, bundled ${formatInstantWords(preview.createdAt, 'en')}` +
      `${preview.caseExists ? ' (already in this vault)' : ''}.`,
    ...(preview.senderReference
      ? [
          `The sender's reference ${preview.senderReference} is another case's here: ` +
            `it arrives as ${preview.reference}.`,
        ]
      : []),
    describeSigner(preview.signer),
  ];
  if (preview.omitted.length > 0) {
    lines.push(`Left out by the sender: ${preview.omitted.map((omission) => OMITTED_WORDS[omission]).join(' and ')}.`);
  }
  lines.push(`${preview.evidenceFiles} evidence files (${mb(preview.evidenceBytes)}), every one checked.`);
  for (const table of preview.tables) lines.push(countsInWords(table));
  preview.conflicts.forEach((conflict, index) => lines.push(...conflictInWords(conflict, index)));
  lines.push(imported ? 'Imported.' : 'Nothing was written (dry run).');
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
    if (!contact) throw new CliFailure('NOT_FOUND', `No contact is named ${entry}; see casefile contact list.`);
    // Two colleagues of the same name: encrypting to the wrong one would hand the case to them.
    if (matches.length > 1) {
      throw new CliFailure(
        'CONFLICT',
        `${matches.length} contacts are named ${entry}. Name the one you mean by its id or its age1… ` +
          'recipient (see casefile contact list).',
      );
    }
    if (!contact.verified) unverified.push(contact.name);
    return contact.recipient;
  });
  return { recipients, unverified };
}

async function exportBundle(context: CommandContext): Promise<void> {
  const caseRef = context.args[1];
  if (caseRef === undefined) throw usage('Name the case: casefile bundle export CASE --to FILE.casefile.');
  const to = stringOption(context, 'to');
  if (to === undefined) throw usage('Say where to write the bundle: --to FILE.casefile.');
  const destination = resolve(to);
  if (existsSync(destination)) throw new CliFailure('CONFLICT', `${to} already exists; name a new file.`);
  const given = listOption(context, 'recipient');
  const passphrase = await bundlePassphrase(context);
  if (given.length > 0 === (passphrase !== undefined)) {
    throw usage('Encrypt the bundle either to --recipient (contacts or age1… keys) or --bundle-passphrase-file F.');
  }
  const omit = listOption(context, 'without').map((part) => {
    const omission = OMISSIONS[part as keyof typeof OMISSIONS];
    if (!omission) throw usage(`--without takes: ${Object.keys(OMISSIONS).join(', ')}.`);
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
      if (started === null) throw new CliFailure('INTERNAL', 'No bundle was started.');
      const job = await followJob(session, context, started.jobId, 'Exporting');
      const outcome = job.kind === 'bundleExport' ? job.outcome : undefined;
      if (outcome === undefined) throw new CliFailure('INTERNAL', 'The export ended without saying what it wrote.');
      const result = { exported: true, file: destination, ...outcome };
      const unverified = chosen?.unverified ?? [];
      const lines = [
        `Case ${theCase.reference} written to ${destination} (${mb(outcome.bytesWritten)}, encrypted with age).`,
        `Manifest SHA-256: ${outcome.manifestSha256}`,
      ];
      if (unverified.length > 0) {
        lines.push(`Not yet verified: ${unverified.join(', ')}. Compare safety numbers before sending the file.`);
      }
      context.out.result(lines.join('\n'), { ...result, unverifiedRecipients: unverified });
    },
  );
}

async function importBundle(context: CommandContext): Promise<void> {
  const file = existingFile(context);
  const passphrase = await bundlePassphrase(context);
  const dryRun = context.options['dry-run'] === true;
  const named = listOption(context, 'take-theirs');
  await runWithGivenFile(context, file, async (session) => {
    const run = async (input: { dryRun: boolean } & Partial<MethodInput<'bundles.import'>>) => {
      const { job: started } = await session.call('bundles.import', {
        ...(passphrase !== undefined ? { passphrase } : {}),
        acceptUnknownSigner: context.options['accept-unknown-signer'] === true,
        ...input,
      });
      if (started === null) throw new CliFailure('INTERNAL', 'No import was started.');
      const job = await followJob(session, context, started.jobId, input.dryRun ? 'Checking' : 'Importing');
      const preview = job.kind === 'bundleImport' ? job.preview : undefined;
      if (preview === undefined) throw new CliFailure('INTERNAL', 'The import ended without saying what it read.');
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
        if (conflict === undefined) {
          throw new CliFailure(
            'NOT_FOUND',
            `${key} is not a record changed on both sides in this bundle; nothing was imported.`,
          );
        }
        return { key, token: conflict.token };
      });
      preview = (await run({ dryRun: false, previewJobId: checked.jobId, takeTheirs })).preview;
    }
    const result = { chosen: true, imported: !dryRun, preview };
    context.out.result(describePreview(preview, result.imported), result);
  });
}

async function verifyBundle(context: CommandContext): Promise<void> {
  const file = existingFile(context);
  const passphrase = await bundlePassphrase(context);
  await runWithGivenFile(context, file, async (session) => {
    const result = await session.call('bundles.verify', passphrase !== undefined ? { passphrase } : {});
    const lines = [
      `OK: case ${result.reference}, bundled ${result.createdAt}; every entry matches its SHA-256.`,
      describeSigner(result.signer as BundleSigner),
      `${result.entries} entries, ${result.evidenceFiles} evidence files (${mb(result.evidenceBytes ?? 0)}).`,
      `Manifest SHA-256: ${result.manifestSha256}`,
    ];
    if (result.omitted && result.omitted.length > 0) lines.push(`Left out: ${result.omitted.join(', ')}.`);
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
