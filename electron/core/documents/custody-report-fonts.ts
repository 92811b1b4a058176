import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Noto faces a custody report embeds: Latin (and Greek, Cyrillic) in Noto Sans, Arabic in Noto Naskh Arabic. */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  arabic: Uint8Array;
  arabicBold: Uint8Array;
}

const FILES: Record<keyof ReportFonts, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  arabic: 'NotoNaskhArabic-Regular.ttf',
  arabicBold: 'NotoNaskhArabic-Bold.ttf',
};

/**
 * Where the fonts are: beside this module in the source tree (tests), beside the main bundle
 * (dist/electron/fonts, copied by build/build.mjs), or one level down from the CLI bundle (dist/).
 */
export function reportFontsDir(moduleUrl: string = import.meta.url): string {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [path.join(here, 'fonts'), path.join(here, 'electron', 'fonts')];
  const found = candidates.find((dir) => existsSync(path.join(dir, FILES.regular)));
  if (!found) throw new Error('the document fonts are missing from this installation');
  return found;
}

let cached: ReportFonts | undefined;

export function loadReportFonts(): ReportFonts {
  if (!cached) {
    const dir = reportFontsDir();
    const read = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
    cached = {
      regular: read(FILES.regular),
      bold: read(FILES.bold),
      italic: read(FILES.italic),
      arabic: read(FILES.arabic),
      arabicBold: read(FILES.arabicBold),
    };
  }
  return cached;
}
