import { performance } from 'node:perf_hooks';

export interface TransferProgress {
  bytesDone: number;
  /** Known when the source is a file (ingest) or the recorded size (verify, export). */
  bytesTotal?: number;
  /** Average since the start: steadier than an instantaneous rate for a speed readout and an ETA. */
  bytesPerSecond: number;
}

export type ProgressListener = (progress: TransferProgress) => void;

// A progress bar needs a few updates a second; one per chunk would flood IPC at 1 GB/s.
const REPORT_EVERY_MS = 100;

export interface ProgressReporter {
  advance(bytes: number): void;
  /** The last report, always sent, with everything counted. */
  finish(): void;
}

export function progressReporter(
  listener: ProgressListener | undefined,
  bytesTotal: number | undefined,
): ProgressReporter {
  const started = performance.now();
  let bytesDone = 0;
  let lastReport = started;
  let first = true;
  const report = (at: number) => {
    lastReport = at;
    const seconds = Math.max(at - started, 1) / 1000;
    listener?.({
      bytesDone,
      ...(bytesTotal === undefined ? {} : { bytesTotal }),
      bytesPerSecond: Math.round(bytesDone / seconds),
    });
  };
  return {
    advance(bytes) {
      bytesDone += bytes;
      if (!listener) return;
      const at = performance.now();
      // The first bytes are reported at once (the bar moves, and a cancel can come before the end even
      // of a transfer shorter than the interval); then a few reports a second.
      if (first || at - lastReport >= REPORT_EVERY_MS) {
        first = false;
        report(at);
      }
    },
    finish() {
      if (listener) report(performance.now());
    },
  };
}
