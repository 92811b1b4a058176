import type { Result } from '../../shared/contract/index.js';
import { CODES_ASKED_MAX } from '../../shared/contract/people.js';

/**
 * The codes of the records `ids` names, by id, asked for by `ask` as many at a time as one call
 * takes (a checklist may name thousands); an id the core does not know is left out.
 */
export async function readCodesInBatches(
  ids: readonly string[],
  ask: (batch: string[]) => Promise<Result<{ codes: Readonly<Record<string, string>> }>>,
): Promise<Result<Readonly<Record<string, string>>>> {
  const distinct = [...new Set(ids)];
  const codes: Record<string, string> = {};
  for (let start = 0; start < distinct.length; start += CODES_ASKED_MAX) {
    const reply = await ask(distinct.slice(start, start + CODES_ASKED_MAX));
    if (!reply.ok) return reply;
    Object.assign(codes, reply.value.codes);
  }
  return { ok: true, value: codes };
}
