import type { z } from 'zod';

/**
 * One contract method: its schemas and whether it may run while the vault is locked. What it does, in words a
 * person reads, is in the catalogues: shared/i18n/<language>/method-summaries.ts.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** true: callable with the vault locked (status, unlock, create...). */
  whileLocked: boolean;
  /** false: a call does not count as user activity for the auto-lock timer (polling). */
  touchesSession?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
