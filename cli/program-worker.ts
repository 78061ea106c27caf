// The worker thread behind program-host.ts: runs one program and streams its output back.
import { parentPort, workerData } from 'node:worker_threads';
import { runProgram } from '../interpreter/index.js';
import type { RunResult } from '../interpreter/api.js';

export interface WorkerJob {
  readonly source: string;
  readonly filename: string;
  readonly args: readonly string[];
  readonly seed?: number;
}
export type FromWorker =
  | { t: 'out'; stream: 'stdout' | 'stderr'; data: string }
  | { t: 'stdin' }
  | { t: 'done'; result: RunResult };
export type ToWorker = { t: 'stdin'; data: string | null };

if (parentPort) {
  const port = parentPort;
  const job = workerData as WorkerJob & { interrupt: Int32Array };
  const post = (m: FromWorker) => port.postMessage(m);
  const pending: ((data: string | null) => void)[] = [];
  port.on('message', (m: ToWorker) => pending.shift()?.(m.data));
  const result = await runProgram(job.source, {
    filename: job.filename,
    args: job.args,
    seed: job.seed,
    interrupt: job.interrupt,
    stdout: (data) => post({ t: 'out', stream: 'stdout', data }),
    stderr: (data) => post({ t: 'out', stream: 'stderr', data }),
    readStdin: () =>
      new Promise((resolve) => {
        pending.push(resolve);
        post({ t: 'stdin' });
      }),
  });
  post({ t: 'done', result });
}
