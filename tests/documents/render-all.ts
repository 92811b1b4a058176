/**
 * `npm run letters:preview`: every shipped template, in every language, merged with the sample
 * case of the template tests and rendered to PDF and DOCX, then each PDF page to PNG (pdftoppm,
 * 60 dpi) in .tmp/letters/, for a person to look at. Prints what it made and how long it took.
 *
 * The sample case holds invented people only (tests/unit/documents-model/fixtures.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentModel, PageSize } from '../../shared/documents/document-model.js';
import { buildMergeData } from '../../shared/documents/merge-data.js';
import { mergeTemplate } from '../../shared/documents/merge.js';
import { DISCIPLINARY_SHARING_PURPOSE } from '../../shared/domain/consent.js';
import { templateLanguages } from '../../shared/documents/template.js';
import { SHIPPED_TEMPLATES } from '../../shared/documents/templates/index.js';
import { loadDocumentFonts } from '../../electron/core/documents/pdf/fonts.js';
import { renderDocx, renderPdf } from '../../electron/core/documents/render-document.js';
import {
  consent,
  LETTER_AT,
  letterFor,
  makeClocks,
  makeReplyClock,
  makeEvidence,
  snapshotFor,
} from '../unit/documents-model/fixtures.js';

/** The repository: the first folder up from this script (bundled into .tmp/ or not) with Casefile's package.json. */
function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'casefile')
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('run this from inside the Casefile repository');
    dir = parent;
  }
}

function pdfToPngs(pdfFile: string, outPrefix: string): number {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, outPrefix]);
  const base = path.basename(outPrefix);
  return readdirSync(path.dirname(outPrefix)).filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .length;
}

async function main(): Promise<void> {
  const root = repositoryRoot();
  const out = path.join(root, '.tmp', 'letters');
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) if (/\.(pdf|docx|png)$/.test(name)) rmSync(path.join(out, name));
  const fonts = loadDocumentFonts(path.join(root, 'electron', 'core', 'documents', 'fonts'));
  const createdAt = new Date(LETTER_AT);

  const rows: string[] = [];
  const render = async (name: string, model: DocumentModel) => {
    const pdfStart = performance.now();
    const pdf = await renderPdf(model, { fonts, createdAt });
    const pdfMs = performance.now() - pdfStart;
    const docxStart = performance.now();
    const docx = await renderDocx(model, { fonts, createdAt });
    const docxMs = performance.now() - docxStart;
    const pdfFile = path.join(out, `${name}.pdf`);
    writeFileSync(pdfFile, pdf);
    writeFileSync(path.join(out, `${name}.docx`), docx);
    const pages = pdfToPngs(pdfFile, path.join(out, name));
    rows.push(
      `${name.padEnd(44)} ${String(pages).padStart(5)}  ${pdfMs.toFixed(0).padStart(6)} ` +
        `ms  ${docxMs.toFixed(0).padStart(6)} ms`,
    );
  };

  for (const template of SHIPPED_TEMPLATES) {
    for (const language of templateLanguages(template)) {
      const built = buildMergeData({
        // The adult victim consented to both kinds of sharing, the child did not: both cases show.
        snapshot: snapshotFor(template.kind, {
          consents: [consent('v1', 'sharing_with_national_authorities'), consent('v1', DISCIPLINARY_SHARING_PURPOSE)],
        }),
        kind: template.kind,
        language,
        letter: letterFor(template.kind),
        evidence: makeEvidence(),
        clocks: makeClocks(),
        replyClock: makeReplyClock(),
      });
      const sizes: PageSize[] = language === 'en' ? ['A4', 'Letter'] : ['A4'];
      for (const pageSize of sizes) {
        const model = mergeTemplate(template, language, built.data, { pageSize });
        await render(`${template.id}.${language}${pageSize === 'Letter' ? '.letter' : ''}`, model);
      }
    }
  }
  console.log(`letter                                       pages     PDF        DOCX`);
  console.log(rows.join('\n'));
  console.log(
    `\n${rows.length} letters in ${path.relative(process.cwd(), out) || out}/ (PDF, DOCX, and a PNG per page)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
