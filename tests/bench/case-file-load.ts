import { createHash } from 'node:crypto';
import { planInterview } from '../../electron/core/interviews/interview-changes.js';
import { saveInterviewNotes } from '../../electron/core/interviews/interview-notes.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import type { Dispatch } from '../../electron/ipc/router.js';
import { contract } from '../../shared/contract/index.js';
import type { PersonProfile } from '../../shared/contract/people.js';
import { plainToRichText } from '../../shared/domain/rich-text.js';
import { seededRandom } from '../seeded-random.js';
import { loadBenchVault } from './bench-vault.js';

/** Words interview notes are made of, French and English, accents included, as field notes mix them. */
const VOCABULARY = (
  'le la les un une des témoin victime école marché camp convoi soldat patrouille nuit matin soir ' +
  'argent nourriture aide promesse travail maison route rivière église hôpital clinique déclaration ' +
  'the a witness victim school market camp convoy soldier patrol night morning evening money food ' +
  'help promise work house road river church hospital clinic statement said saw heard afraid ' +
  'mère père frère sœur enfant fille garçon voisin chef quartier village gardien interprète ' +
  'mother father brother sister child girl boy neighbour leader village guard interpreter'
).split(' ');

/** Words that occur in a few records only, as a name of a place or an object would. */
const RARE_WORDS = [
  'hélicoptère',
  'moustiquaire',
  'généreusement',
  'bracelet',
  'motorbike',
  'padlock',
  'Kilimanjaro',
  'ordonnance',
];

function notesText(random: () => number, index: number): string {
  const sentences: string[] = [];
  for (let s = 0; s < 8; s++) {
    const words = Array.from(
      { length: 8 + Math.floor(random() * 8) },
      () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!,
    );
    sentences.push(`${words.join(' ')}.`);
  }
  if (index % 997 === 0) sentences.push(`${RARE_WORDS[(index / 997) % RARE_WORDS.length]} mentioned.`);
  return sentences.join(' ');
}

/** A private interview at a UN office in French, team of one, preferences offered. */
const ARRANGEMENTS = {
  place: { type: 'un_office', private: true },
  team: [],
  genderPreference: { offered: true },
  supportPerson: { offered: true, present: false },
  language: 'fr',
  recorded: false,
};

function profileFor(index: number, random: () => number): PersonProfile {
  const sex = random() < 0.7 ? 'female' : 'male';
  switch (index % 4) {
    case 0:
      return {
        role: 'victim',
        sex,
        ageBand: random() < 0.3 ? 'minor' : 'adult',
        language: 'fr',
        confidentiality: 'confidential',
      };
    case 1:
    case 2:
      return {
        role: 'witness',
        sex,
        ageBand: 'adult',
        language: random() < 0.5 ? 'sg' : 'fr',
        confidentiality: 'confidential',
      };
    default:
      return {
        role: 'subject',
        personnelCategory: 'military_mc',
        nationality: 'XYZ',
        function: 'patrol driver',
        confidentiality: 'confidential',
      };
  }
}

export interface LoadedCaseFile {
  dispatch: Dispatch;
  caseId: string;
  records: number;
  loadSeconds: number;
  dispose(): void;
}

/**
 * A vault with one case holding `people` people and `interviews` interviews with notes (the case
 * created through the router, its records through the core's store functions: bench-vault.ts).
 */
export async function loadCaseFile(people: number, interviews: number): Promise<LoadedCaseFile> {
  const vault = await loadBenchVault({
    name: 'case-file',
    startsAt: '2026-03-10T09:00:00.000Z',
    prepare: async (call) =>
      (
        await call('cases.create', {
          title: 'Convoy allegations, eastern sector',
          dateReceived: '2026-03-01',
          reportingChannel: 'hotline',
          entity: 'MINUSCA',
          summary: 'Several accounts of soldiers of a convoy exchanging food for sex near the market.',
        })
      ).id,
    fill: ({ ctx, advance }, caseId) => {
      const random = seededRandom(20260310);
      const personIds: string[] = [];
      for (let i = 0; i < people; i++) {
        const input = contract['people.add'].input.parse({ caseId, profile: profileFor(i, random) });
        personIds.push(addPerson(ctx, input).id);
      }
      for (let i = 0; i < interviews; i++) {
        advance(1000);
        const plan = contract['interviews.plan'].input.parse({
          caseId,
          personId: personIds[i % personIds.length],
          arrangements: ARRANGEMENTS,
        });
        const interview = planInterview(ctx, plan);
        const notes = contract['interviews.saveNotes'].input.parse({
          interviewId: interview.id,
          notes: plainToRichText(notesText(random, i)),
          baseRevision: 0,
        });
        saveInterviewNotes(ctx, notes);
      }
    },
  });
  return {
    dispatch: vault.dispatch,
    caseId: vault.prepared,
    records: people + interviews,
    loadSeconds: vault.loadSeconds,
    dispose: () => vault.dispose(),
  };
}

/** Milliseconds per SHA-256 of 1 MiB in this process: a yardstick to read the other figures against. */
export function sha256OfOneMiBMs(runs = 50): number {
  const data = Buffer.alloc(1024 * 1024, 0x61);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    createHash('sha256').update(data).digest();
    samples.push(performance.now() - start);
  }
  return percentile(samples, 50);
}

/** The q-th percentile (nearest rank) of `samples`. */
export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * The lines a latency bench prints: p50 and p95 of `samples` against the goal (at p95), and the
 * p50 as a multiple of a SHA-256 of 1 MiB measured now, in the same process.
 */
export function latencyReport(heading: string, what: string, samples: readonly number[], goalMs: number): string {
  const ms = (value: number): string => `${value.toFixed(2)} ms`;
  const reference = sha256OfOneMiBMs();
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  return [
    '',
    heading,
    `  p50 ${ms(p50)}  p95 ${ms(p95)} — goal < ${goalMs} ms at p95: ${p95 < goalMs ? 'met' : 'NOT met'}`,
    `  reference: SHA-256 of 1 MiB in this process, p50 ${ms(reference)}; ${what} p50 = ` +
      `${(p50 / reference).toFixed(1)}× that`,
    '',
  ].join('\n');
}
