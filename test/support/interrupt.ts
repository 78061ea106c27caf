// Interrupting a program from another thread, as a host does: the program's own thread may never
// return to the event loop (`for {}`), so no timer of ours could fire.
import { Worker } from 'node:worker_threads';

/** Another thread sets the interrupt cell after `ms` and notes when it did; `stop` calls it off. */
export function interruptAfter(ms: number): { cell: Int32Array; setAt(): number; stop(): void } {
  const shared = new SharedArrayBuffer(16);
  const cells = new Int32Array(shared, 0, 2);
  const at = new Float64Array(shared, 8, 1);
  const w = new Worker(
    `const { workerData } = require('node:worker_threads');
     const cells = new Int32Array(workerData, 0, 2);
     const at = new Float64Array(workerData, 8, 1);
     if (Atomics.wait(cells, 1, 0, ${ms}) === 'timed-out') {
       at[0] = performance.timeOrigin + performance.now();
       Atomics.store(cells, 0, 1);
     }`,
    { eval: true, workerData: shared },
  );
  w.unref();
  return {
    cell: cells.subarray(0, 1),
    setAt: () => at[0]!,
    stop() {
      Atomics.store(cells, 1, 1);
      Atomics.notify(cells, 1);
    },
  };
}
