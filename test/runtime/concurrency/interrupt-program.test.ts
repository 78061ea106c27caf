// Interrupting whole Go programs compiled by golesson (not hand-written runtime calls): `for {}`,
// a deep recursion and goroutines that never block stop within 100 ms of the host's request.
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { runProgram } from '../../../interpreter/run.js';

const now = (): number => performance.timeOrigin + performance.now();

function interruptAfter(ms: number): { cell: Int32Array; setAt(): number; stop(): void } {
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

async function interrupted(source: string): Promise<string> {
  const dog = interruptAfter(300);
  let stdout = '';
  try {
    const r = await runProgram(source, {
      stdout: (b) => {
        stdout += b;
      },
      stderr: () => {},
      interrupt: dog.cell,
    });
    const took = now() - dog.setAt();
    expect(r.outcome).toBe('interrupted');
    expect(dog.setAt()).toBeGreaterThan(0);
    expect(took).toBeLessThan(100);
    return stdout;
  } finally {
    dog.stop();
  }
}

// Wall-clock bounds: on a machine loaded far beyond its cores a run may be starved, so each case
// gets two more tries before it counts as failing.
describe('interrupting compiled programs', { retry: 2 }, () => {
  it('stops for {}', async () => {
    expect(await interrupted('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("spinning")\n\tfor {\n\t}\n}\n')).toBe('spinning\n');
  });

  it('stops a deep recursion', async () => {
    await interrupted('package main\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\tprintln(fib(80))\n}\n');
  });

  it('preempts goroutines that never block, so main still runs, and stops them', async () => {
    const out = await interrupted(
      'package main\n\nimport "fmt"\n\nfunc spin(n *int) {\n\tfor {\n\t\t*n++\n\t}\n}\n\nfunc main() {\n\tvar a, b int\n\tgo spin(&a)\n\tgo spin(&b)\n\tc := make(chan int)\n\tgo func() { c <- 1 }()\n\t<-c\n\tfmt.Println("main still runs")\n\tselect {}\n}\n',
    );
    expect(out).toBe('main still runs\n');
  });
});
