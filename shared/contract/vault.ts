import { z } from 'zod';
import { TimeZone } from '../domain/time-zone.js';
import { method } from './define.js';

/** Passphrases are bounded so a hostile caller cannot make Argon2 or zxcvbn chew megabytes. */
const Passphrase = z.string().min(1).max(1024);
/** Recovery keys are typed by hand: spaces, dashes and case are forgiven by the core. */
const RecoveryKey = z.string().min(1).max(200);

export const VaultState = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

/**
 * Something a person must hear about after an unlock that succeeded. `folderMadePrivate`: other
 * accounts could open the vault folder; `changed` entries were made private, `failed` could not be.
 */
export const UnlockNotice = z.object({
  kind: z.literal('folderMadePrivate'),
  changed: z.number().int().min(0),
  failed: z.number().int().min(0),
  /** The notice in words, for the CLI (the UI words it from `kind` and the counts). */
  message: z.string(),
});
export type UnlockNotice = z.infer<typeof UnlockNotice>;

export const vaultMethods = {
  'vault.status': method({
    input: z.object({}).strict(),
    output: z.object({ state: VaultState }),
    whileLocked: true,
    touchesSession: false,
  }),
  'vault.create': method({
    input: z.object({ passphrase: Passphrase, timeZone: TimeZone.optional() }).strict(),
    output: z.object({ recoveryKey: z.string() }),
    whileLocked: true,
  }),
  'vault.unlock': method({
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('passphrase'), passphrase: Passphrase }).strict(),
      z.object({ method: z.literal('recoveryKey'), recoveryKey: RecoveryKey }).strict(),
    ]),
    output: z.object({ state: VaultState, notices: z.array(UnlockNotice) }),
    whileLocked: true,
  }),
  'vault.lock': method({
    input: z.object({}).strict(),
    output: z.object({ state: VaultState }),
    whileLocked: true,
  }),
  'vault.changePassphrase': method({
    input: z.object({ current: Passphrase, next: Passphrase }).strict(),
    output: z.object({}),
    whileLocked: false,
  }),
  'session.touch': method({
    input: z.object({}).strict(),
    output: z.object({}),
    whileLocked: true,
  }),
};
