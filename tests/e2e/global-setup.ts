import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtRenderer, repoRoot } from './paths.js';

/** Builds the renderer exactly as `npm run build` does, unless the caller just built it (CI). */
export default async function globalSetup(): Promise<void> {
  if (process.env.CASEFILE_SKIP_BUILD !== '1') {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  }
  if (!existsSync(join(builtRenderer, 'index.html'))) {
    throw new Error(`${builtRenderer}/index.html is missing: run \`npm run build\` (or unset CASEFILE_SKIP_BUILD)`);
  }
}
