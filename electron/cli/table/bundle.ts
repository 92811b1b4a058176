import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const bundleCommand: Command = {
  name: 'bundle',
  synopsis:
    'export CASE --to FILE (--recipient R[,R…] | --bundle-passphrase-file F) [--without identities] | ' +
    'import FILE [--dry-run] [--accept-unknown-signer] | verify FILE',
  headline: 'bundle export|import|verify',
  summary: 'Hand a case to a colleague as one encrypted file (age), signed by this vault; check and import one.',
  options: {
    to: { type: 'string', valueName: 'FILE', description: 'Where to write the bundle (a new file).' },
    recipient: { type: 'string', valueName: 'R,…', description: 'Contacts (name or id) or age1… recipients.' },
    'bundle-passphrase-file': {
      type: 'string',
      valueName: 'F',
      description: 'The passphrase the bundle is (or was) encrypted with.',
    },
    without: { type: 'string', valueName: 'WHAT', description: 'Leave out: identities, letter-files.' },
    'dry-run': { type: 'boolean', description: 'Check and preview the import; write nothing.' },
    'accept-unknown-signer': { type: 'boolean', description: 'Import a bundle from a sender not verified.' },
    'take-theirs': { type: 'string', valueName: 'KEY,…', description: "Conflicts resolved with the bundle's version." },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 2, max: 2, names: 'export CASE, import FILE or verify FILE' },
  load: async () => (await import('../commands/bundle.js')).bundleImplementation,
};
