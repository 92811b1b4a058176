import type { LabelGroup, LabelTypes } from './label-types.js';
import type { messages as english } from './en/messages.js';

/**
 * Types read off the English catalogue: every reason key, every finding variant, and the params
 * each message takes, parsed from its `{{name}}` / `{{name, format}}` placeholders. A throw site
 * that names an unknown reason, forgets a param or passes a number where a case status is
 * expected does not compile.
 */

export type EnglishCatalogue = typeof english;

/** Another language's catalogue: the same keys as the English one, any wording. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
export type MessageCatalogue = Translation<EnglishCatalogue>;

/** `{a: {b: 'x', c: {d: 'y'}}}` → `'a.b' | 'a.c.d'`. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** Why the core refused or failed: a key of the catalogue's `errors` section. */
export type ErrorReason = Leaves<EnglishCatalogue['errors']>;
export type FieldProblemKind = keyof EnglishCatalogue['fields'];

/**
 * What a placeholder with a format stands for: a label group's value (or a list of them), a date, an instant,
 * a series of codes.
 */
export interface FormatTypes extends LabelListTypes {
  /** Pseudonym codes or references, written as the language writes a series (the Arabic comma in Arabic). */
  codes: readonly string[];
  /** A calendar date, `YYYY-MM-DD`. */
  date: string;
  /** A moment, ISO 8601 in UTC. */
  instant: string;
}
type LabelListTypes = { [G in LabelGroup]: LabelTypes[G] | readonly LabelTypes[G][] };

/** Safe text: a pseudonym code, a case reference, an evidence number, a count. Never what a person typed. */
export type SafeText = string | number;

type Bodies<S extends string> = S extends `${string}{{${infer Body}}}${infer Rest}` ? Body | Bodies<Rest> : never;
/** `caseStatus(type: disjunction)` → `caseStatus`: options shape the wording, not the value. */
type FormatName<F extends string> = F extends `${infer Name}(${string})` ? Name : F;
type Placeholder<B extends string> = B extends `${infer Name}, ${infer Format}`
  ? { name: Name; value: FormatName<Format> extends keyof FormatTypes ? FormatTypes[FormatName<Format>] : never }
  : { name: B; value: SafeText };

/** The params a message text takes. */
export type ParamsOf<S> = S extends string ? { [P in Placeholder<Bodies<S>> as P['name']]: P['value'] } : never;

export type ReasonParams<R extends ErrorReason> = ParamsOf<At<EnglishCatalogue['errors'], R>>;

/**
 * After the reason: its params when its message takes any (else nothing, or `undefined`), then optional details `D`.
 */
export type ReasonArgs<R extends ErrorReason, D> = keyof ReasonParams<R> extends never
  ? [params?: undefined, details?: D]
  : [params: ReasonParams<R>, details?: D];

type Findings = EnglishCatalogue['findings'];
export type FindingCodeInCatalogue = keyof Findings;
export type FindingVariant<C extends FindingCodeInCatalogue> = keyof Findings[C] & string;
type VariantTexts<C extends FindingCodeInCatalogue, V extends FindingVariant<C>> = Findings[C][V];
type Merge<T> = { [K in keyof T]: T[K] };
export type FindingParams<C extends FindingCodeInCatalogue, V extends FindingVariant<C>> =
  VariantTexts<C, V> extends { message: infer M; fix: infer F } ? Merge<ParamsOf<M> & ParamsOf<F>> : never;

/** A reason whose message takes no params. */
export type PlainReason = { [R in ErrorReason]: keyof ReasonParams<R> extends never ? R : never }[ErrorReason];

/** A reason with its params, as a value: what a domain check returns for the core to throw. */
export type ReasonRef<R extends ErrorReason = ErrorReason> = {
  [K in R]: keyof ReasonParams<K> extends never
    ? { reason: K; params?: undefined }
    : { reason: K; params: ReasonParams<K> };
}[R];

/** A param as it crosses IPC: text, a number, or a list of enum values. Structured-clone safe. */
export type MessageParamValue = string | number | readonly string[];
export type MessageParams = Readonly<Record<string, MessageParamValue>>;
