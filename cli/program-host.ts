// Runs one Go program in a worker thread, so that the main thread stays free to deliver Ctrl-C
// (the interrupt flag) and terminal input while the program computes, and so that the program gets
// a deep stack like a goroutine's.
import { Worker } from 'node:worker_threads';
import type { RunResult } from '../interpreter/api.js';
import type { FromWorker, ToWorker, WorkerJob } from './program-worker.js';

export interface HostIO {
  stdout(bytes: string): void;
  stderr(bytes: string): void;
  /** The next chunk of input, or null at end of input. */
  readStdin(): Promise<string | null>;
  /** The timeline's text form, for `golesson trace`. */
  trace?(text: string): void;
}

/** Stack for the program's thread: deep recursion in Go reaches far past Node's default. */
const stackSizeMb = 512;

export function runInWorker(job: WorkerJob, io: HostIO, interrupt: Int32Array): Promise<RunResult> {
  const worker = new Worker(new URL('./program-worker.js', import.meta.url), {
    workerData: { ...job, interrupt },
    resourceLimits: { stackSizeMb, maxOldGenerationSizeMb: 4096 },
    stdout: false,
    stderr: false,
  });
  return new Promise((resolve, reject) => {
    let done = false;
    worker.on('message', (m: FromWorker) => {
      switch (m.t) {
        case 'out':
          (m.stream === 'stdout' ? io.stdout : io.stderr)(m.data);
          break;
        case 'stdin':
          void io.readStdin().then((data) => worker.postMessage({ t: 'stdin', data } satisfies ToWorker));
          break;
        case 'trace':
          io.trace?.(m.text);
          break;
        case 'done':
          done = true;
          resolve(m.result);
          void worker.terminate();
          break;
      }
    });
    worker.on('error', (e) => {
      if (done) return;
      done = true;
      // The worker ran out of its heap: Go reports that as a fatal error of the program.
      if (/out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(String((e as { code?: string }).code ?? e.message))) {
        io.stderr('fatal error: runtime: out of memory\n');
        resolve({ outcome: 'fatal', exitStatus: 2, diagnostics: [] });
      } else reject(e);
    });
    worker.on('exit', (code) => {
      if (!done) {
        done = true;
        reject(new Error(`internal error: program worker exited with code ${code}`));
      }
    });
  });
}
