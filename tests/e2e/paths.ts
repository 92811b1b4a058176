import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const builtRenderer = join(repoRoot, 'dist', 'renderer');
export const screenshotsDir = join(repoRoot, 'docs', 'screenshots');
