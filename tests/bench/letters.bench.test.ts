import { bench, describe } from 'vitest';
import type { DocumentModel } from '../../shared/documents/document-model.js';
import { buildMergeData } from '../../shared/documents/merge-data.js';
import { mergeTemplate } from '../../shared/documents/merge.js';
import { shippedTemplate } from '../../shared/documents/templates/index.js';
import { renderDocx, renderPdf } from '../../electron/core/documents/render-document.js';
import { consent, letterFor, makeClocks, makeEvidence, snapshotFor } from '../unit/documents-model/fixtures.js';
import { arabicClosure, englishReferral, frenchClosure } from '../unit/documents-render/sample-letters.js';

/**
 * issue 5's benchmark: the time to render one letter to DOCX and to PDF (goal < 500 ms each),
 * for shipped templates merged with the sample case and for the renderer's own sample letters,
 * in English, French and Arabic. It checks that each output is a DOCX (zip) or a PDF, never how
 * fast it was.
 */
const GOAL_MS = 500;

function shipped(id: string, language: 'en' | 'fr' | 'ar'): DocumentModel {
  const template = shippedTemplate(id);
  if (!template) throw new Error(`no shipped template ${id}`);
  const built = buildMergeData({
    snapshot: snapshotFor(template.kind, { consents: [consent('v1', 'sharing_with_national_authorities')] }),
    kind: template.kind,
    language,
    letter: letterFor(template.kind),
    evidence: makeEvidence(),
    clocks: makeClocks(),
  });
  return mergeTemplate(template, language, built.data);
}

const LETTERS: [string, () => DocumentModel][] = [
  ['TCC notification (shipped, en)', () => shipped('tcc_notification', 'en')],
  ['closure, substantiated (shipped, ar)', () => shipped('closure_substantiated', 'ar')],
  ['referral sample (en, 2 pages)', () => englishReferral()],
  ['closure sample (fr)', () => frenchClosure()],
  ['closure sample (ar)', () => arabicClosure()],
];

const percentile = (samples: readonly number[], q: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))] ?? Number.NaN;
};

function report(format: string, name: string, samples: readonly number[], bytes: number): void {
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const verdict = p95 < GOAL_MS ? 'met' : 'NOT met';
  console.log(
    `  ${format.padEnd(4)} ${name.padEnd(38)} p50 ${p50.toFixed(1).padStart(6)} ms  ` +
      `p95 ${p95.toFixed(1).padStart(6)} ms  ${(bytes / 1024).toFixed(0).padStart(4)} ` +
      `KiB  — goal < ${GOAL_MS} ms: ${verdict}`,
  );
}

function checkOutput(format: 'docx' | 'pdf', bytes: Buffer): void {
  const magic = format === 'pdf' ? '%PDF-' : 'PK\u0003\u0004';
  if (bytes.subarray(0, magic.length).toString('latin1') !== magic)
    throw new Error(`the ${format} renderer wrote something else`);
}

describe('letter rendering, per letter', () => {
  for (const [name, make] of LETTERS) {
    for (const format of ['docx', 'pdf'] as const) {
      const model = make();
      const samples: number[] = [];
      let size = 0;
      bench(
        `${format} ${name}`,
        async () => {
          const start = performance.now();
          const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
          samples.push(performance.now() - start);
          checkOutput(format, bytes);
          size = bytes.length;
        },
        {
          iterations: 20,
          time: 0,
          warmupIterations: 3,
          warmupTime: 0,
          teardown: (_task, mode) => {
            if (mode === 'warmup') samples.length = 0;
            else report(format, name, samples, size);
          },
        },
      );
    }
  }
});
