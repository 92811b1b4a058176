import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The preload as build/build.mjs bundles it: sandboxed, browser platform, only 'electron' external. */
async function bundlePreload() {
  const result = await build({
    entryPoints: ['electron/preload.ts'],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { bytes: result.outputFiles[0]!.contents.length, inputs: Object.keys(result.metafile.inputs) };
}

describe('the preload bundle', () => {
  it('holds the contract names only: no zod, no schema, no i18n, a few kilobytes', async () => {
    const { bytes, inputs } = await bundlePreload();
    expect(inputs.filter((input) => /node_modules|i18n|shared\/(domain|documents)/.test(input))).toEqual([]);
    expect(inputs.sort()).toEqual(['electron/preload.ts', 'shared/contract/names.ts']);
    // It was 1 MB when it imported the contract's schemas.
    expect(bytes).toBeLessThan(16 * 1024);
  });
});
