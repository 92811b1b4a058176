import { appendAudit } from '../kernel/audit/audit-log.js';
import { requireFilePorts, type CaseFileContext } from '../kernel/context.js';
import { fileFailure } from '../kernel/files/io-errors.js';
import { writeFileAtomic } from '../kernel/files/private-files.js';
import { formatContactCard } from './contact-card.js';
import { vaultIdentityOf } from './contact-store.js';
import type { VaultPublicIdentity } from '../../../shared/contract/identity.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';

export function showIdentity(ctx: CaseFileContext): VaultPublicIdentity {
  const me = vaultIdentityOf(ctx);
  return {
    recipient: me.recipient,
    signingFingerprint: me.signingFingerprint,
    signingPublicKeyPem: me.signingPublicKeyPem,
    card: formatContactCard({ recipient: me.recipient, signingKey: me.signingPublicKey }),
  };
}

/**
 * The age identity file, as `age -d -i FILE` and `age-keygen -y FILE` read it: comment lines (the
 * warning in the reader's language), then the secret key. It is the one secret Casefile ever writes
 * out, on the user's explicit request (moving to a new machine, opening a bundle with the reference
 * tool): owner-only file, never overwriting, audited without the key.
 */
function ageIdentityFile(recipient: string, identity: string, language: MessageLanguage): string {
  return [
    ...['secret', 'keep'].map((line) => `# ${messageText(language, `documents.ageIdentity.${line}`)}`),
    // As age-keygen writes it: tools read this line, in every language.
    `# public key: ${recipient}`,
    identity,
    '',
  ].join('\n');
}

export async function exportAgeIdentity(
  ctx: CaseFileContext,
  language: MessageLanguage,
): Promise<{ exported: boolean }> {
  const ports = requireFilePorts(ctx);
  const me = vaultIdentityOf(ctx);
  const destination = await ports.chooseExportPath('casefile-age-identity.txt');
  if (destination === null) return { exported: false };
  try {
    writeFileAtomic(destination, ageIdentityFile(me.recipient, me.ageIdentity(), language), { overwrite: false });
  } catch (error) {
    throw fileFailure(error, 'destination');
  }
  const db = ctx.db();
  db.transaction(() => {
    appendAudit(ctx, {
      action: 'identity.export',
      caseId: null,
      target: { kind: 'identity', id: me.recipient },
    });
  }).immediate();
  return { exported: true };
}
