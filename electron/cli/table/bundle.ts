import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const bundleCommand: Command = {
  name: 'bundle',
  synopsis:
    'export CASE --to FILE (--recipient R[,R…] | --bundle-passphrase-file F) [--without identities] | ' +
    'import FILE [--dry-run] [--accept-unknown-signer] | verify FILE',
  headline: 'bundle export|import|verify',
  options: {
    to: { type: 'string', valueName: 'FILE' },
    recipient: { type: 'string', valueName: 'R,…' },
    'bundle-passphrase-file': {
      type: 'string',
      valueName: 'F',
    },
    without: { type: 'string', valueName: 'WHAT' },
    'dry-run': { type: 'boolean' },
    'accept-unknown-signer': { type: 'boolean' },
    'take-theirs': { type: 'string', valueName: 'KEY,…' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 2, max: 2, names: 'export CASE | import FILE | verify FILE' },
  load: async () => (await import('../commands/bundle.js')).bundleImplementation,
};
