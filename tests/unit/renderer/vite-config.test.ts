import { join } from 'node:path';
import type { UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../../renderer/vite.config.js';
import { repoRoot } from './renderer-sources.js';

const resolved = config as UserConfig;

describe('renderer/vite.config.ts', () => {
  it('builds renderer/ into dist/renderer with relative URLs (the app:// protocol and the test server)', () => {
    expect(resolved.root).toBe(join(repoRoot, 'renderer'));
    expect(join(resolved.build?.outDir ?? '')).toBe(join(repoRoot, 'dist', 'renderer'));
    expect(resolved.base).toBe('./');
    expect(resolved.build?.emptyOutDir).toBe(true);
  });

  it('ships nothing a strict CSP refuses or a user should not get', () => {
    expect(resolved.build?.sourcemap).toBe(false);
    // Inlined assets would be data: URLs; script-src/style-src 'self' refuse them.
    expect(resolved.build?.assetsInlineLimit).toBe(0);
    expect(resolved.publicDir).toBe(false);
  });
});
