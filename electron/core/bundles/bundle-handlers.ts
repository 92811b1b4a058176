import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { CasefileError, type Handlers } from '../../../shared/contract/index.js';
import type {
  BundleAudience,
  BundleExportJob,
  BundleImportJob,
  BundleSigner as SignerShown,
} from '../../../shared/contract/bundles.js';
import type { CaseFileContext } from '../kernel/context.js';
import { requireFilePorts } from '../kernel/context.js';
import type { TransferProgress } from '../kernel/files/objects/progress.js';
import { jobsOf } from '../kernel/jobs/job-board.js';
import type { AgeAudience } from './age-header.js';
import type { CustodyParty } from './bundle-custody.js';
import { exportCaseBundle, importCaseBundle, verifyCaseBundle, type BundleKeyring } from './bundle-service.js';
import type { SignerCheck } from './bundle-signature.js';

type BundleMethod = Extract<keyof Handlers, `bundles.${string}`>;

/** The open vault's keys as bundles use them (kernel identity, contacts port); null parts where a vault has none. */
function keyringOf(ctx: CaseFileContext): BundleKeyring {
  const me = ctx.identity?.() ?? null;
  return {
    signer: me && {
      publicKey: me.signingPublicKey,
      fingerprint: me.signingFingerprint,
      recipient: me.recipient,
      sign: (message) => me.sign(message),
    },
    identities: me ? [me.ageIdentity()] : [],
    lookupSigner: (publicKey) => {
      if (!me) return null;
      // A bundle this vault made itself, read back (a check before sending it).
      if (publicKey.equals(me.signingPublicKey)) {
        return { self: true, name: '', verified: true, fingerprint: me.signingFingerprint };
      }
      const contact = ctx.ports.contacts.bySigningKey(ctx.db(), me, publicKey);
      return contact && { name: contact.name, verified: contact.verified, fingerprint: contact.signingFingerprint };
    },
    peerOf: (recipient) => {
      if (!me) return null;
      const contact = ctx.ports.contacts.list(ctx.db(), me).find((known) => known.recipient === recipient);
      return contact?.signingFingerprint ?? null;
    },
    holder: { role: 'vault', fingerprint: me?.signingFingerprint ?? null },
  };
}

function audienceOf(ctx: CaseFileContext, audience: BundleAudience) {
  if (audience.kind === 'passphrase') {
    return {
      age: { kind: 'passphrase', passphrase: audience.passphrase } as AgeAudience,
      to: { role: 'passphrase_holder' } as CustodyParty,
      unverified: [] as string[],
    };
  }
  if (audience.kind === 'recipients') {
    return {
      age: { kind: 'recipients', recipients: audience.recipients } as AgeAudience,
      to: audience.recipients.join(', ') as CustodyParty,
      unverified: [] as string[],
    };
  }
  const me = ctx.identity?.();
  if (!me) throw new CasefileError('VALIDATION', 'bundle.noAudience');
  const known = new Map(ctx.ports.contacts.list(ctx.db(), me).map((contact) => [contact.id, contact]));
  const chosen = audience.contactIds.map((id) => known.get(id));
  if (chosen.some((contact) => contact === undefined)) throw new CasefileError('NOT_FOUND', 'bundle.noAudience');
  const contacts = chosen as NonNullable<(typeof chosen)[number]>[];
  return {
    age: { kind: 'recipients', recipients: contacts.map((contact) => contact.recipient) } as AgeAudience,
    to: contacts.map((contact) => contact.name).join(', ') as CustodyParty,
    unverified: contacts.filter((contact) => !contact.verified).map((contact) => contact.name),
  };
}

function signerShown(signer: SignerCheck): SignerShown {
  if (signer.status === 'contact') return { status: 'contact', ...signer.contact };
  return signer;
}

/** The bundle file: from the open dialog (the app), or the path the command line gave. */
async function chosenBundle(ctx: CaseFileContext): Promise<string | null> {
  const [file] = await requireFilePorts(ctx).chooseFilesToAdd();
  return file ?? null;
}

/** The byte progress of a job, as the board shows it: done, total, average speed since the start. */
function byteProgress(control: { update(patch: Partial<BundleExportJob | BundleImportJob>): void }) {
  return ({ bytesDone, bytesTotal, bytesPerSecond }: TransferProgress) =>
    control.update({ bytesDone, bytesPerSecond, ...(bytesTotal === undefined ? {} : { bytesTotal }) });
}

// A finished preview's file is remembered for its import; bounded, oldest forgotten first.
const PREVIEWS_KEPT = 20;

/** What a finished preview read: the file, and the SHA-256 of its signed manifest (which names every entry's). */
interface Previewed {
  file: string;
  manifestSha256: string;
}

export function bundleHandlers(ctx: CaseFileContext): Pick<Handlers, BundleMethod> {
  /**
   * What each finished preview read, by its job id: the import reads the same file without a second dialog,
   * and refuses it if its manifest is no longer the one previewed (the file was replaced in between).
   */
  const previewed = new Map<string, Previewed>();
  const remember = (jobId: string, read: Previewed) => {
    previewed.set(jobId, read);
    for (const oldest of previewed.keys()) {
      if (previewed.size <= PREVIEWS_KEPT) break;
      previewed.delete(oldest);
    }
  };
  return {
    'bundles.export': async ({ caseId, audience, omit }) => {
      const reference = ctx.db().prepare(`SELECT reference FROM cases WHERE id = ?`).pluck().get(caseId) as
        string | undefined;
      if (reference === undefined) throw new CasefileError('NOT_FOUND', 'bundle.caseNotFound');
      const chosen = audienceOf(ctx, audience);
      const destination = await requireFilePorts(ctx).chooseExportPath(`${reference}.casefile`);
      if (destination === null) return { job: null };
      const keyring = keyringOf(ctx);
      const job = jobsOf(ctx).start<BundleExportJob>(
        {
          kind: 'bundleExport',
          caseId,
          file: destination,
          unverifiedRecipients: chosen.unverified,
          bytesDone: 0,
          bytesPerSecond: 0,
        },
        async (control) => {
          const result = await exportCaseBundle(ctx, keyring, {
            caseId,
            destination,
            audience: chosen.age,
            omit,
            to: chosen.to,
            signal: control.signal,
            onProgress: byteProgress(control),
          });
          return {
            outcome: {
              reference: result.reference,
              manifestSha256: result.manifestSha256,
              entries: result.entries,
              evidenceBytes: result.contentBytes,
              bytesWritten: result.bytesWritten,
            },
          };
        },
      );
      return { job };
    },
    'bundles.verify': async ({ passphrase }) => {
      const file = await chosenBundle(ctx);
      if (file === null) return { chosen: false };
      const checked = await verifyCaseBundle(keyringOf(ctx), file, passphrase);
      return {
        chosen: true,
        reference: checked.manifest.case.reference,
        createdAt: checked.manifest.createdAt,
        signer: signerShown(checked.signer),
        omitted: checked.manifest.omitted,
        entries: checked.manifest.entries.length,
        evidenceFiles: checked.evidenceFiles,
        evidenceBytes: checked.evidenceBytes,
        manifestSha256: checked.manifestSha256,
      };
    },
    'bundles.import': async ({ passphrase, dryRun, previewJobId, acceptUnknownSigner, takeTheirs }) => {
      let file: string | null;
      let previewedManifest: string | undefined;
      if (previewJobId !== undefined) {
        const read = previewed.get(previewJobId);
        if (read === undefined) throw new CasefileError('NOT_FOUND', 'bundle.previewGone');
        file = read.file;
        previewedManifest = read.manifestSha256;
      } else {
        file = await chosenBundle(ctx);
        if (file === null) return { job: null };
      }
      const source = file;
      let manifestRead: string | undefined;
      const bytesTotal = await sizeOf(source);
      const keyring = keyringOf(ctx);
      const started = performance.now();
      const job = jobsOf(ctx).start<BundleImportJob>(
        { kind: 'bundleImport', dryRun, bytesDone: 0, bytesTotal, bytesPerSecond: 0 },
        async (control) => {
          const preview = await importCaseBundle(ctx, keyring, {
            file: source,
            ...(passphrase !== undefined ? { passphrase } : {}),
            dryRun,
            acceptUnknownSigner,
            takeTheirs: new Map(takeTheirs.map(({ key, token }) => [key, token])),
            signal: control.signal,
            ...(previewedManifest !== undefined ? { previewedManifest } : {}),
            onManifestRead: (manifestSha256) => {
              manifestRead = manifestSha256;
            },
            onBytes: (bytesDone) => {
              const seconds = Math.max(performance.now() - started, 1) / 1000;
              control.update({ bytesDone, bytesPerSecond: Math.round(bytesDone / seconds) });
            },
          });
          if (dryRun && manifestRead !== undefined)
            remember(control.jobId, { file: source, manifestSha256: manifestRead });
          return { bytesDone: bytesTotal, preview: { ...preview, signer: signerShown(preview.signer) } };
        },
      );
      return { job };
    },
  };
}

/** The bundle's size for the progress bar; an unreadable file is refused in words (the import says so again). */
async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    throw new CasefileError('VALIDATION', 'bundle.unreadable');
  }
}
