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
    summary: 'Whether a vault exists here and whether it is unlocked.',
    input: z.object({}).strict(),
    output: z.object({ state: VaultState }),
    whileLocked: true,
    touchesSession: false,
  }),
  'vault.create': method({
    summary:
      'Create the vault with a passphrase; returns the recovery key, shown once. ' +
      "Leaves the vault unlocked. `timeZone` is the mission's (the creating computer's " +
      'zone); UTC when not given.',
    input: z.object({ passphrase: Passphrase, timeZone: TimeZone.optional() }).strict(),
    output: z.object({ recoveryKey: z.string() }),
    whileLocked: true,
  }),
  'vault.unlock': method({
    summary:
      'Unlock with the passphrase or with the recovery key; notices say what the ' +
      'unlock had to repair (a folder others could open).',
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('passphrase'), passphrase: Passphrase }).strict(),
      z.object({ method: z.literal('recoveryKey'), recoveryKey: RecoveryKey }).strict(),
    ]),
    output: z.object({ state: VaultState, notices: z.array(UnlockNotice) }),
    whileLocked: true,
  }),
  'vault.lock': method({
    summary: 'Close the database and overwrite the keys held in memory. Idempotent.',
    input: z.object({}).strict(),
    output: z.object({ state: VaultState }),
    whileLocked: true,
  }),
  'vault.changePassphrase': method({
    summary:
      'Rewrap the data key under a new passphrase; nothing else is re-encrypted. ' +
      '`current` is the passphrase, or the recovery key when the passphrase was ' +
      'forgotten.',
    input: z.object({ current: Passphrase, next: Passphrase }).strict(),
    output: z.object({}),
    whileLocked: false,
  }),
  'session.touch': method({
    summary: 'Report user activity so the auto-lock timer restarts.',
    input: z.object({}).strict(),
    output: z.object({}),
    whileLocked: true,
  }),
};
