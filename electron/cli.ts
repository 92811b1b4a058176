import { processIo } from './cli/io.js';
import { runCli } from './cli/run.js';
import { disposeOpenWorkspaces } from './cli/open-workspaces.js';

// A signal must not leave the database open with its key in memory: lock first, then exit.
const signalStatus = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
for (const [signal, status] of Object.entries(signalStatus)) {
  process.once(signal, () => {
    disposeOpenWorkspaces();
    process.exit(status);
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo());
