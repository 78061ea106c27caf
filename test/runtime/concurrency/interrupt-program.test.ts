// Interrupting whole Go programs compiled by golesson (not hand-written runtime calls): `for {}`,
// a deep recursion and goroutines that never block stop within 100 ms of the host's request.
import { describe, expect, it } from 'vitest';
import { interruptAfter } from '../../support/interrupt.js';
import { runProgram } from '../../../interpreter/run.js';

const now = (): number => performance.timeOrigin + performance.now();


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
