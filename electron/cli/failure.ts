// Types only: the help and usage errors load no contract (and no zod); see to-cli-failure.ts.
import type { ErrorCode } from '../../shared/contract/index.js';
import type { ErrorReason } from '../../shared/i18n/catalogue.js';

/** The contract's codes, plus two that only a command line has. */
export type CliErrorCode = ErrorCode | 'USAGE' | 'CANCELLED';

/** Exit statuses are part of the CLI's interface: scripts branch on them, so never renumber one. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  wrongSecret: 3,
  noVault: 4,
  blockingFindings: 5,
  notFound: 6,
  vaultDamaged: 7,
  wrongRuntime: 8,
  cancelled: 130,
} as const;

/** Each exit status with what it means: its words are the CLI catalogue's exitCodes of the same name. */
export const EXIT_CODE_HELP = Object.entries(EXIT).map(
  ([meaning, status]) => [status, meaning as keyof typeof EXIT] as const,
);

/**
 * A failure the CLI reports as `{ code, message }` (plus the core's `reason` key when it came from
 * the core); the message is shown as is, so it never holds a secret.
 */
export class CliFailure extends Error {
  readonly code: CliErrorCode;
  readonly reason: ErrorReason | undefined;
  constructor(code: CliErrorCode, message: string, reason?: ErrorReason) {
    super(message);
    this.name = 'CliFailure';
    this.code = code;
    this.reason = reason;
  }
}

export const usage = (message: string): CliFailure => new CliFailure('USAGE', message);

export function exitCodeOf(code: CliErrorCode): number {
  switch (code) {
    case 'USAGE':
    case 'VALIDATION':
    case 'UNKNOWN_METHOD':
    case 'WEAK_PASSPHRASE':
      return EXIT.usage;
    case 'WRONG_PASSPHRASE':
      return EXIT.wrongSecret;
    case 'VAULT_MISSING':
    case 'NOT_A_VAULT':
      return EXIT.noVault;
    case 'NOT_FOUND':
      return EXIT.notFound;
    case 'VAULT_CORRUPT':
      return EXIT.vaultDamaged;
    case 'NATIVE_MODULE':
      return EXIT.wrongRuntime;
    case 'CANCELLED':
      return EXIT.cancelled;
    default:
      return EXIT.failure;
  }
}
