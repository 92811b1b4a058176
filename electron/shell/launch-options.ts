import path from 'node:path';

/** Where this run keeps its vault and its Chromium profile; tests point both at temp folders. */
export interface LaunchOptions {
  /** `--vault=DIR` or CASEFILE_VAULT; otherwise `<userData>/vault`. */
  vaultDir: string | null;
  /** `--profile=DIR` or CASEFILE_PROFILE: Electron's userData (also the single-instance key). */
  profileDir: string | null;
}

function flagValue(argv: readonly string[], name: string): string | null {
  const prefix = `--${name}=`;
  // The last occurrence wins, as with most command lines.
  for (let i = argv.length - 1; i >= 0; i -= 1) {
    const arg = argv[i];
    if (arg !== undefined && arg.startsWith(prefix)) return arg.slice(prefix.length);
  }
  return null;
}

function absoluteOrNull(value: string | null | undefined, cwd: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return path.resolve(cwd, value);
}

export function readLaunchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): LaunchOptions {
  return {
    vaultDir: absoluteOrNull(flagValue(argv, 'vault') ?? env.CASEFILE_VAULT, cwd),
    profileDir: absoluteOrNull(flagValue(argv, 'profile') ?? env.CASEFILE_PROFILE, cwd),
  };
}
