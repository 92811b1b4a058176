import type { z } from 'zod';

/**
 * A small valid value for any schema of the contract, found by walking the schema: so fakes and
 * valid calls follow the contract as it grows instead of being written out by hand per method.
 */

/**
 * Strings tried in order until the schema accepts one: plain text first, then the written forms
 * the domain's formats take (instants, calendar dates, references, codes, digests, languages, zones).
 */
const STRING_CANDIDATES = [
  'sample',
  '2026-03-01T10:00:00.000Z',
  '2026-03-01',
  '2026-03-01T10:00',
  '2026-03',
  '2026',
  'CF-2026-0001',
  'V-01',
  'C-01',
  'E-0001',
  // SHA-256 of nothing.
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'FRA',
  'fr',
  'Africa/Bangui',
  '00000000-0000-4000-8000-000000000001',
];

const NUMBER_CANDIDATES = [0, 1, 2, 10, 60, 1000];

type Def = {
  type: string;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number } } }>;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const accepts = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;

function firstAccepted<T>(schema: z.ZodType, candidates: readonly T[], path: string): T {
  const found = candidates.find((candidate) => accepts(schema, candidate));
  if (found === undefined) throw new Error(`sampleOf: no candidate value fits ${path}; add one to the candidates`);
  return found;
}

function minLength(def: Def): number {
  return Math.max(
    0,
    ...(def.checks ?? []).map((check) => (check._zod.def.check === 'min_length' ? (check._zod.def.minimum ?? 0) : 0)),
  );
}

function build(schema: z.ZodType, path: string): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const min = minLength(def);
      return firstAccepted(schema, [...STRING_CANDIDATES, 'x'.repeat(Math.max(min, 1))], path);
    }
    case 'number':
      return firstAccepted(schema, NUMBER_CANDIDATES, path);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'optional':
      return undefined;
    case 'nullable':
      return null;
    case 'default':
    case 'readonly':
      return build(def.innerType as z.ZodType, path);
    case 'pipe':
      return build(def.in as z.ZodType, path);
    case 'record':
      return {};
    case 'unknown':
    case 'any':
      return null;
    case 'array': {
      const element = def.element as z.ZodType;
      return Array.from({ length: minLength(def) }, (_, index) => build(element, `${path}[${index}]`));
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const fieldValue = build(field, `${path}.${key}`);
        if (fieldValue !== undefined) value[key] = fieldValue;
      }
      return value;
    }
    case 'union': {
      // The first option whose sample the whole union accepts (refinements may rule some out).
      for (const option of def.options ?? []) {
        let candidate: unknown;
        try {
          candidate = build(option, path);
        } catch {
          continue;
        }
        if (accepts(schema, candidate)) return candidate;
      }
      throw new Error(`sampleOf: no option of the union at ${path} gives a valid sample`);
    }
    default:
      throw new Error(`sampleOf: schemas of type ${def.type} (at ${path}) are not handled`);
  }
}

/** A value `schema` accepts; throws, naming where, when it cannot find one. */
export function sampleOf<S extends z.ZodType>(schema: S, label = 'value'): z.input<S> {
  const value = build(schema, label);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `sampleOf: the sample of ${label} is refused at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  return value as z.input<S>;
}
