import { z } from 'zod';
import type { MethodSpec } from '../../../shared/contract/index.js';
import { seededRandom } from '../../seeded-random.js';

/**
 * Malformed inputs for one contract method, built to be invalid from the method's own JSON
 * Schema: wrong types, missing and extra keys, oversize strings, wrong enums, prototype-pollution
 * keys, deep nesting and hostile objects (throwing getters, traps). Deterministic for a seed.
 */

export interface MalformedPayload {
  /** What was broken, for a failing assertion's message. */
  label: string;
  payload: unknown;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
};

export const POLLUTION_MARK = 'casefile-fuzz-polluted';

const DEEP = 10_000;
function deeplyNested(kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < DEEP; i += 1) value = kind === 'array' ? [value] : { nested: value };
  return value;
}

/** Values of every JSON-ish kind (and a few JS-only ones) that a typed field will mostly reject. */
function junkValues(): Array<[string, unknown]> {
  return [
    ['null', null],
    ['undefined', undefined],
    ['zero', 0],
    ['negative', -1],
    ['fraction', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['-0', -0],
    ['max number', Number.MAX_VALUE],
    ['unsafe integer', 2 ** 60],
    ['empty string', ''],
    ['blank string', '   \t\n'],
    ['numeric string', '10'],
    ['boolean string', 'true'],
    ['json string', '{"a":1}'],
    ['true', true],
    ['false', false],
    ['empty array', []],
    ['array of strings', ['a', 'b']],
    ['empty object', {}],
    ['object', { value: 'x' }],
    ['deep arrays', deeplyNested('array')],
    ['deep objects', deeplyNested('object')],
    ['date', new Date(0)],
    ['function', () => 'x'],
    ['NUL string', '\u0000'],
    ['lone surrogate', '\ud800'],
  ];
}

/** The whole input replaced by something that is not the object the method takes. */
function wholePayloadJunk(): MalformedPayload[] {
  const extra: Array<[string, unknown]> = [
    ['string "{}"', '{}'],
    ['array of an object', [{}]],
    ['nested empty arrays', [[], [[]]]],
    ['symbol', Symbol('casefile')],
    ['regexp', /x/],
    ['map', new Map([['a', 1]])],
    ['set', new Set([1])],
    ['typed array', new Uint8Array(4)],
    ['bigint-free huge number string', '9'.repeat(400)],
  ];
  return [...junkValues(), ...extra].map(([label, payload]) => ({ label: `input is ${label}`, payload }));
}

/** Valid inputs derived from the schema, one per union branch: the base each mutation starts from. */
function validSamples(schema: JsonSchema): Array<Record<string, unknown>> {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return branches.flatMap((branch) => validSamples(branch));
  if (schema.type !== 'object') return [];
  const sample: Record<string, unknown> = {};
  for (const key of schema.required ?? []) sample[key] = sampleValue(schema.properties?.[key] ?? {});
  return [sample];
}

function sampleValue(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf?.[0] ?? schema.oneOf?.[0]) return sampleValue((schema.anyOf ?? schema.oneOf)?.[0] ?? {});
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return 'w'.repeat(Math.max(schema.minLength ?? 1, 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return validSamples(schema)[0] ?? {};
    default:
      return null;
  }
}

const withKey = (base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const copy = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
};

const without = (base: Record<string, unknown>, key: string): Record<string, unknown> => {
  const { [key]: _dropped, ...rest } = base;
  return rest;
};

/** Values aimed at one field's constraints: just over a bound, a wrong enum member, a wrong literal. */
function boundaryBreakers(schema: JsonSchema): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') {
    if (schema.maxLength !== undefined) {
      out.push(['one char too long', 'x'.repeat(schema.maxLength + 1)]);
      out.push(['ten times too long', 'x'.repeat(schema.maxLength * 10 + 1)]);
    }
    out.push(['one MiB string', 'm'.repeat(1024 * 1024)]);
    if ((schema.minLength ?? 0) > 0) out.push(['too short', 'x'.repeat(schema.minLength! - 1)]);
  }
  if (type === 'integer' || type === 'number') {
    if (schema.minimum !== undefined) out.push(['below minimum', schema.minimum - 1]);
    if (schema.maximum !== undefined) out.push(['above maximum', schema.maximum + 1]);
    if (type === 'integer') out.push(['not an integer', (schema.minimum ?? 0) + 0.5]);
    out.push(['number as string', String(schema.minimum ?? 1)]);
  }
  for (const member of schema.enum ?? []) {
    if (typeof member !== 'string') continue;
    out.push([`enum ${member} upper-cased`, member.toUpperCase()]);
    out.push([`enum ${member} padded`, ` ${member} `]);
    out.push([`enum ${member} extended`, `${member}x`]);
  }
  if (schema.enum) out.push(['enum member that does not exist', 'top_secret_plus']);
  if (typeof schema.const === 'string') {
    out.push(['wrong literal', `${schema.const}_other`]);
    out.push(['literal upper-cased', schema.const.toUpperCase()]);
  }
  return out;
}

function throwingGetter(base: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...base };
  Object.defineProperty(copy, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error('getter exploded');
    },
  });
  return copy;
}

function hostileObjects(base: Record<string, unknown>): MalformedPayload[] {
  const keys = Object.keys(base);
  return [
    ...keys.map((key) => ({ label: `getter that throws on ${key}`, payload: throwingGetter(base, key) })),
    { label: 'extra getter that throws', payload: throwingGetter(base, 'boom') },
    {
      label: 'proxy whose ownKeys throws',
      payload: new Proxy(base, {
        ownKeys() {
          throw new Error('ownKeys trap');
        },
      }),
    },
    {
      label: 'proxy whose get throws',
      payload: new Proxy(base, {
        get() {
          throw new Error('get trap');
        },
      }),
    },
    {
      label: 'proxy whose getPrototypeOf throws',
      payload: new Proxy(
        { ...base, extra: 1 },
        {
          getPrototypeOf() {
            throw new Error('getPrototypeOf trap');
          },
        },
      ),
    },
    {
      label: 'null-prototype object with an extra key',
      payload: Object.assign(Object.create(null), base, { extra: 1 }),
    },
  ];
}

/** `__proto__` and friends as own keys, the way JSON.parse creates them. */
function pollutionAttempts(base: Record<string, unknown>): MalformedPayload[] {
  const poison = `{"polluted":"${POLLUTION_MARK}"}`;
  const baseJson = JSON.stringify(base).slice(1, -1);
  const join = (extra: string): string => `{${[baseJson, extra].filter(Boolean).join(',')}}`;
  const texts: Array<[string, string]> = [
    ['__proto__ key', join(`"__proto__":${poison}`)],
    ['constructor.prototype key', join(`"constructor":{"prototype":${poison}}`)],
    ['prototype key', join(`"prototype":${poison}`)],
    ['__proto__ array', join(`"__proto__":[${poison}]`)],
    ['toString key', join('"toString":"x"')],
    ['hasOwnProperty key', join('"hasOwnProperty":null')],
  ];
  const attempts = texts.map(([label, text]) => ({ label, payload: JSON.parse(text) as unknown }));
  for (const key of Object.keys(base)) {
    attempts.push({
      label: `__proto__ inside ${key}`,
      payload: withKey(base, key, JSON.parse(`{"__proto__":${poison}}`)),
    });
  }
  return attempts;
}

function randomString(random: () => number, maxLength: number): string {
  const alphabet = [
    'a',
    'Z',
    '0',
    ' ',
    '_',
    '-',
    '.',
    'é',
    'ß',
    'Ж',
    'ع',
    '中',
    '😀',
    '\u0000',
    '\n',
    '\u202e',
    '"',
    '\\',
  ];
  const length = Math.floor(random() * maxLength) + 1;
  let text = '';
  for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

function randomJunk(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * 9);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return (random() - 0.5) * 10 ** Math.floor(random() * 20);
    case 2:
      return randomString(random, 40);
    case 3:
      return random() < 0.5;
    case 4:
      return depth > 3 ? [] : Array.from({ length: Math.floor(random() * 4) }, () => randomJunk(random, depth + 1));
    case 5:
      return depth > 3
        ? {}
        : Object.fromEntries(
            Array.from({ length: Math.floor(random() * 4) }, () => [
              randomString(random, 8),
              randomJunk(random, depth + 1),
            ]),
          );
    case 6:
      return [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY][Math.floor(random() * 3)];
    case 7:
      return randomString(random, 3000);
    default:
      return undefined;
  }
}

function isRejected(spec: MethodSpec, payload: unknown): boolean {
  try {
    return !spec.input.safeParse(payload).success;
  } catch {
    return true; // a throwing getter or trap: it can never be a valid input
  }
}

export interface MalformedSet {
  payloads: MalformedPayload[];
  /** Candidates the schema accepted after all, and so dropped. */
  droppedAsValid: number;
}

/** At least `minimum` malformed payloads for `spec` (every one rejected by its input schema). */
export function malformedPayloads(spec: MethodSpec, seed: number, minimum = 200): MalformedSet {
  const schema = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const samples = validSamples(schema).filter((sample) => spec.input.safeParse(sample).success);
  const bases = samples.length > 0 ? samples : [{}];
  const candidates: MalformedPayload[] = [...wholePayloadJunk()];

  for (const base of bases) {
    const properties = Object.entries(
      (schema.anyOf ?? schema.oneOf)?.find((branch) =>
        Object.keys(base).every((key) => key in (branch.properties ?? {})),
      )?.properties ??
        schema.properties ??
        {},
    );
    for (const key of Object.keys(base)) candidates.push({ label: `missing ${key}`, payload: without(base, key) });
    for (const [key, propertySchema] of properties) {
      for (const [label, value] of [...junkValues(), ...boundaryBreakers(propertySchema)]) {
        candidates.push({ label: `${key} is ${label}`, payload: withKey(base, key, value) });
      }
      const declared = base[key] ?? sampleValue(propertySchema);
      candidates.push({ label: `${key} wrapped in an array`, payload: withKey(base, key, [declared]) });
      candidates.push({ label: `${key} wrapped in an object`, payload: withKey(base, key, { value: declared }) });
      const shifted = key.charAt(0).toUpperCase() + key.slice(1);
      candidates.push({ label: `${key} spelled ${shifted}`, payload: withKey(without(base, key), shifted, declared) });
    }
    for (const key of ['extra', '', ' ', 'a'.repeat(10_000), '\u0000', 'ΚΛΕΙΔΙ', '😀', 'then', 'valueOf', 'length']) {
      candidates.push({ label: `extra key ${JSON.stringify(key.slice(0, 12))}`, payload: withKey(base, key, 'x') });
    }
    candidates.push({ label: 'extra key with deep nesting', payload: withKey(base, 'deep', deeplyNested('object')) });
    candidates.push(...pollutionAttempts(base), ...hostileObjects(base));
  }

  const random = seededRandom(seed);
  const payloads = candidates.filter((candidate) => isRejected(spec, candidate.payload));
  let droppedAsValid = candidates.length - payloads.length;
  // Random damage until there are enough: a random base, a random key, a random value.
  for (let attempt = 0; payloads.length < minimum + 40 && attempt < 20_000; attempt += 1) {
    const base = bases[Math.floor(random() * bases.length)] ?? {};
    const keys = [...Object.keys(base), ...Object.keys(schema.properties ?? {}), randomString(random, 10)];
    const key = keys[Math.floor(random() * keys.length)] ?? 'k';
    const payload = random() < 0.15 ? randomJunk(random) : withKey(base, key, randomJunk(random));
    if (isRejected(spec, payload))
      payloads.push({ label: `random damage #${attempt} on ${JSON.stringify(key.slice(0, 12))}`, payload });
    else droppedAsValid += 1;
  }
  return { payloads, droppedAsValid };
}

// ---- secrets planted in refused input ----------------------------------------------------------

/** A secret typed where it does not belong; no reply may ever contain it. */
export const PLANTED_SECRET = 'planted-Secret-9f3k lantern quarry';

/**
 * Refused inputs that carry PLANTED_SECRET: as the name of an unknown key (at the top and inside
 * every object field), as a value of the wrong type or length, as a wrong enum member or literal.
 */
export function secretCarryingPayloads(spec: MethodSpec): MalformedPayload[] {
  const schema = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const samples = validSamples(schema).filter((sample) => spec.input.safeParse(sample).success);
  const candidates: MalformedPayload[] = [
    { label: 'input is the secret', payload: PLANTED_SECRET },
    { label: 'input is a key named with the secret', payload: { [PLANTED_SECRET]: PLANTED_SECRET } },
  ];
  for (const base of samples.length > 0 ? samples : [{}]) {
    candidates.push({ label: 'extra key named with the secret', payload: withKey(base, PLANTED_SECRET, 'x') });
    candidates.push({ label: 'extra key whose value is the secret', payload: withKey(base, 'extra', PLANTED_SECRET) });
    for (const key of Object.keys(schema.properties ?? {}).concat(Object.keys(base))) {
      const field = base[key];
      if (typeof field === 'object' && field !== null && !Array.isArray(field)) {
        candidates.push({
          label: `key named with the secret inside ${key}`,
          payload: withKey(base, key, withKey(field as Record<string, unknown>, PLANTED_SECRET, 1)),
        });
      }
      for (const [label, value] of [
        ['the secret', PLANTED_SECRET],
        ['the secret in an array', [PLANTED_SECRET]],
        ['the secret in an object', { value: PLANTED_SECRET }],
        ['the secret, far too long', `${PLANTED_SECRET} `.repeat(400)],
        ['the secret upper-cased', PLANTED_SECRET.toUpperCase()],
      ] as Array<[string, unknown]>) {
        candidates.push({ label: `${key} is ${label}`, payload: withKey(base, key, value) });
      }
    }
  }
  return candidates.filter((candidate) => isRejected(spec, candidate.payload));
}

// ---- valid input of odd shape ----------------------------------------------------------------

type ZodDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** The object schema a value is checked against, through pipes, defaults and the union branch it fits. */
function objectShape(schema: z.ZodType, value: unknown): Record<string, z.ZodType> | null {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape ?? {};
  if ((def.type === 'pipe' && def.in) || def.innerType)
    return objectShape((def.in ?? def.innerType) as z.ZodType, value);
  if (def.type === 'union') {
    const branch = def.options?.find((option) => option.safeParse(value).success);
    return branch ? objectShape(branch, value) : null;
  }
  return null;
}

const isOptional = (schema: z.ZodType): boolean => schema.safeParse(undefined).success;

/** `value` with every optional key of every object in it present and set to undefined. */
function allOptionalUndefined(schema: z.ZodType, value: unknown): unknown {
  const shape = objectShape(schema, value);
  if (!shape || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, field] of Object.entries(shape)) {
    out[key] = key in out ? allOptionalUndefined(field, out[key]) : isOptional(field) ? undefined : out[key];
  }
  return out;
}

/**
 * Valid inputs an IPC caller can send that JSON cannot: an optional field present with the value
 * undefined (structured clone keeps such keys) — one field at a time, and all at every depth.
 */
export function undefinedFieldShapes(spec: MethodSpec, base: Record<string, unknown>): MalformedPayload[] {
  const shape = objectShape(spec.input, base) ?? {};
  const shapes: MalformedPayload[] = Object.entries(shape)
    .filter(([key, field]) => !(key in base) && isOptional(field))
    .map(([key]) => ({ label: `${key} present but undefined`, payload: { ...base, [key]: undefined } }));
  shapes.push({ label: 'every optional field present but undefined', payload: allOptionalUndefined(spec.input, base) });
  return shapes.filter((candidate) => !isRejected(spec, candidate.payload));
}
