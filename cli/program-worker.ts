// The worker thread behind program-host.ts: runs one program and streams its output back.
import { parentPort, workerData } from 'node:worker_threads';
import { runProgram, withTrace, traceBundle, setMemoryProbe } from '../interpreter/index.js';
import { heapNearlyFull } from '../kernel/memory.js';
import type { RunResult } from '../interpreter/api.js';

export interface WorkerJob {
  readonly source: string;
  readonly filename: string;
  readonly args: readonly string[];
  readonly seed?: number;
  /** Record the defer/panic timeline and send its text form after the run. */
  readonly trace?: boolean;
}
export type FromWorker =
  | { t: 'out'; stream: 'stdout' | 'stderr'; data: string }
  | { t: 'stdin' }
  | { t: 'trace'; text: string }
  | { t: 'done'; result: RunResult };
export type ToWorker = { t: 'stdin'; data: string | null };

if (parentPort) {
  const port = parentPort;
  const job = workerData as WorkerJob & { interrupt: Int32Array };
  const post = (m: FromWorker) => port.postMessage(m);
  const pending: ((data: string | null) => void)[] = [];
  port.on('message', (m: ToWorker) => pending.shift()?.(m.data));
  const io = {
    stdout: (data: string) => post({ t: 'out', stream: 'stdout', data }),
    stderr: (data: string) => post({ t: 'out', stream: 'stderr', data }),
    readStdin: () =>
      new Promise<string | null>((resolve) => {
        pending.push(resolve);
        post({ t: 'stdin' });
      }),
  };
  setMemoryProbe(heapNearlyFull);
  const opts = { filename: job.filename, args: job.args, seed: job.seed, interrupt: job.interrupt };
  if (job.trace) {
    const { result, trace } = await withTrace(io, (traced) => runProgram(job.source, { ...opts, ...traced, trace: true }));
    post({ t: 'trace', text: traceBundle(trace.events, trace.lost).bundle['text/plain']! });
    post({ t: 'done', result });
  } else post({ t: 'done', result: await runProgram(job.source, { ...opts, ...io }) });
}
