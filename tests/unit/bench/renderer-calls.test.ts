import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/index.js';
import { LABEL_COLUMN, rendererCalls, UNMEASURED } from '../../bench/renderer-calls.js';
import { rendererSources } from '../renderer/renderer-sources.js';

/** Every `api.<area>.<method>(` the renderer's code makes. */
function methodsTheRendererCalls(): Set<string> {
  const called = new Set<string>();
  for (const { text } of rendererSources()) {
    for (const match of text.matchAll(/\bapi\.([a-zA-Z]+)\.([a-zA-Z]+)\(/g)) called.add(`${match[1]}.${match[2]}`);
  }
  return called;
}

const ids = {
  caseId: 'case',
  victimId: 'p0',
  subjectId: 'p3',
  personIds: ['p0', 'p3'],
  interviewIds: ['i0'],
  itemIds: ['e0'],
};
const measured = new Set<string>(rendererCalls(ids).map(([, method]) => method));
const leftOut = Object.values(UNMEASURED).flat();

describe("the main-process budget bench's calls are the renderer's", () => {
  it('measures, or says why it leaves out, every method the renderer calls', () => {
    const called = methodsTheRendererCalls();
    expect(called.size).toBeGreaterThan(50);
    const unaccounted = [...called].filter((method) => !measured.has(method) && !leftOut.includes(method as never));
    expect(unaccounted).toEqual([]);
  });

  it('lists no method the renderer no longer calls, none twice over', () => {
    const called = methodsTheRendererCalls();
    expect([...measured, ...leftOut].filter((method) => !called.has(method))).toEqual([]);
    expect(leftOut.filter((method) => measured.has(method))).toEqual([]);
    expect(new Set(leftOut).size).toBe(leftOut.length);
  });

  it('gives each measured call an input its method takes, and a label that fits the table', () => {
    for (const [label, method, input] of rendererCalls(ids)) {
      expect(label.length, label).toBeLessThan(LABEL_COLUMN);
      const parsed = contract[method].input.safeParse(input);
      expect(parsed.success, `${label}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });
});
