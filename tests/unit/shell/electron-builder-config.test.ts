import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder cannot package here (no Electron binary), but its own loader and schema
 * validator can read our config: a typo or misplaced option fails this test, not a release.
 */
interface BuilderConfig {
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  files?: Array<string | { filter?: string[] }>;
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[] };
  win?: { target?: string[] };
  mac?: { target?: string[] };
  directories?: { buildResources?: string };
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(
    config: BuilderConfig,
    debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// app-builder-lib is electron-builder's engine, pinned by it; its config module is what `electron-builder` runs.
const requireHere = createRequire(import.meta.url);
const builder = requireHere('app-builder-lib/out/util/config/config.js') as ConfigModule;
// The glob engine electron-builder matches `files` with (its own minimatch, with dot: true).
const { minimatch } = createRequire(requireHere.resolve('app-builder-lib/package.json'))('minimatch') as {
  minimatch: (file: string, pattern: string, options: { dot: boolean }) => boolean;
};

/** getConfig normalises `files` to [{ filter: [...] }]. */
const filePatterns = (config: BuilderConfig): string[] =>
  (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));

/** Whether a node_modules file survives the exclusions (production dependencies are collected regardless). */
function keptModuleFile(patterns: string[], file: string): boolean {
  return !patterns.some((pattern) => pattern.startsWith('!') && minimatch(file, pattern.slice(1), { dot: true }));
}

async function loadConfig(): Promise<BuilderConfig> {
  return builder.getConfig(repoRoot, path.join(repoRoot, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const config = await loadConfig();
    await expect(
      builder.validateConfiguration(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('flips the security fuses', async () => {
    const { electronFuses } = await loadConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into asar with native binaries unpacked, rebuilt for Electron, for the three platforms', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(filePatterns(config)).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json']),
    );
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('keeps what the bundles load at run time and drops what they already contain', async () => {
    const patterns = filePatterns(await loadConfig());
    for (const needed of [
      'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
      'node_modules/better-sqlite3-multiple-ciphers/lib/database.js',
      'node_modules/better-sqlite3-multiple-ciphers/package.json',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
      'node_modules/bindings/bindings.js',
      'node_modules/file-uri-to-path/index.js',
      'node_modules/@node-rs/argon2/index.js',
      'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node',
    ]) {
      expect(keptModuleFile(patterns, needed), needed).toBe(true);
    }
    for (const bundled of [
      'node_modules/react/index.js',
      'node_modules/react-dom/client.js',
      'node_modules/zod/index.js',
      'node_modules/@zxcvbn-ts/core/dist/index.cjs',
      'node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/test_extension.node',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/sqlite3.a',
    ]) {
      expect(keptModuleFile(patterns, bundled), bundled).toBe(false);
    }
  });
});
