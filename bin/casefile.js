#!/usr/bin/env node
// The CLI itself is bundled to dist/cli.js by build/build.mjs (npm install's postinstall runs it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'casefile: the command line is not built (dist/cli.js is missing).\n' +
      'Run `npm install` (or `npm run build`) in the Casefile folder, then try again.\n',
  );
  process.exit(1);
}
await import(entry.href);
