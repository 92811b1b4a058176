import { version } from '../../package.json';
import { cliWords } from './words.js';

/** `casefile --version`: what a bug report needs, the app's version and the Node.js running it. */
export function versionLine(): string {
  return cliWords().commandLine.version(version, process.versions.node);
}

export const CASEFILE_VERSION: string = version;
