import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { serveCore } from './core-worker.js';

/** The app's core thread (dist/electron/core-host.cjs): the vault folder comes from the main thread. */
const Start = z.object({ dir: z.string().min(1) });

if (parentPort === null) throw new Error('core-host.cjs runs as a worker thread of the Casefile app');
serveCore(parentPort, Start.parse(workerData));
