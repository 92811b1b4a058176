import { describe, expect, it } from 'vitest';
import { evaluatePrinciples } from '../../../shared/principles/index.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import {
  cleanSnapshot,
  conducted,
  makeConsent,
  makeInterview,
  makeSubject,
  makeVictim,
  makeWitness,
} from './factories.js';

const PEOPLE = 600;

/** A case with many people (children among the victims), each interviewed once and with one consent decision. */
function largeSnapshot(): CaseSnapshot {
  const people = Array.from({ length: PEOPLE }, (_, i) => {
    const id = `p${i}`;
    const number = String(i + 1).padStart(3, '0');
    if (i % 3 === 0) return makeVictim({ id, code: `V-${number}`, ageBand: i % 2 === 0 ? 'minor' : 'adult' });
    return i % 3 === 1 ? makeWitness({ id, code: `W-${number}` }) : makeSubject({ id, code: `S-${number}` });
  });
  return {
    ...cleanSnapshot(),
    people,
    consents: people.map((person) => makeConsent(person.id, 'interview')),
    interviews: people.map((person) => conducted(makeInterview({ id: `int-${person.id}`, personId: person.id }))),
  };
}

/** The list with every read of one of its records counted. */
function counted<T extends object>(list: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(list, {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { list: proxy, reads: () => reads };
}

describe('the rules over a large case', () => {
  it('read each person, consent and interview a few times, not once for every interview', () => {
    const snapshot = largeSnapshot();
    const people = counted(snapshot.people);
    const consents = counted(snapshot.consents);
    const interviews = counted(snapshot.interviews);
    const findings = evaluatePrinciples({
      ...snapshot,
      people: people.list,
      consents: consents.list,
      interviews: interviews.list,
    });
    // The same findings as over the plain lists: counting changes nothing of what the rules see.
    expect(findings.map((finding) => [finding.code, finding.target?.id])).toEqual(
      evaluatePrinciples(largeSnapshot()).map((finding) => [finding.code, finding.target?.id]),
    );
    expect(findings.length).toBeGreaterThan(0);
    // Each rule that asks about people walks their list a bounded number of times (a few dozen over
    // all rules), where asking person by person walked it once for each interview (hundreds of times).
    expect(people.reads() / PEOPLE).toBeLessThan(40);
    expect(consents.reads() / PEOPLE).toBeLessThan(40);
    expect(interviews.reads() / PEOPLE).toBeLessThan(40);
  });
});
