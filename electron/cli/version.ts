import { version } from '../../package.json';

/** `casefile --version`: what a bug report needs, the app's version and the Node.js running it. */
export function versionLine(): string {
  return `casefile ${version} (Node.js ${process.versions.node})`;
}

export const CASEFILE_VERSION: string = version;
