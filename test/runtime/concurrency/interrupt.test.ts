// The host stops a program within 100 ms by setting a SharedArrayBuffer cell from another thread,
// even while the program's thread never returns to the event loop (`for {}` and deep recursion in
// plain JS functions), while it spins in goroutines, loops on virtual time, or waits for stdin.
import { describe, expect, it } from 'vitest';
import { interruptAfter } from '../../support/interrupt.js';
import { budget, checkpoint } from '../../../interpreter/runtime/interrupt.js';
import { go, preempt } from '../../../interpreter/runtime/scheduler.js';
import { makeChan, recv } from '../../../interpreter/runtime/chan.js';
import { stdinRead } from '../../../interpreter/runtime/stdin.js';
import { timePackage } from '../../../interpreter/stdlib/time.js';
import { println, run, intElem } from './harness.js';

const now = (): number => performance.timeOrigin + performance.now();


async function stopsWithin100ms(main: () => unknown, extra: { readStdin?: () => Promise<string | null> } = {}): Promise<string> {
  const dog = interruptAfter(150);
  try {
    const r = await run(main, { interrupt: dog.cell, ...extra });
    const took = now() - dog.setAt();
    expect(r.result.outcome).toBe('interrupted');
    expect(dog.setAt()).toBeGreaterThan(0);
    expect(took).toBeLessThan(100);
    return r.stdout;
  } finally {
    dog.stop();
  }
}

// Wall-clock bounds: on a machine loaded far beyond its cores a run may be starved, so each case
// gets two more tries before it counts as failing.
describe('interrupt', { retry: 2 }, () => {
  it('stops `for {}` compiled to a plain function', async () => {
    await stopsWithin100ms(() => {
      for (;;) {
        if (--budget.n < 0) checkpoint();
      }
    });
  });

  it('stops a deep recursion', async () => {
    const fib = (n: number): number => {
      if (--budget.n < 0) checkpoint();
      return n < 2 ? n : fib(n - 1) + fib(n - 2);
    };
    await stopsWithin100ms(() => {
      println(fib(60));
    });
  });

  it('stops goroutines that spin while main waits, preempting them', async () => {
    const out = await stopsWithin100ms(function* () {
      for (let k = 0; k < 3; k++) {
        go(function* () {
          for (;;) {
            if (--budget.n < 0) yield* preempt();
          }
        }, []);
      }
      // main still gets to run between the spinners (preemption), then blocks forever.
      const c = makeChan(intElem);
      go(function* () {
        for (let i = 0; i < 1e6; i++) if (--budget.n < 0) yield* preempt();
        println('counted');
      }, []);
      println('main ran');
      yield* recv(c);
    });
    expect(out).toBe('main ran\ncounted\n');
  });

  it('stops a loop on virtual time', async () => {
    const sleep = timePackage.impl['Sleep'] as (d: number) => Generator<unknown, void, unknown>;
    await stopsWithin100ms(function* () {
      for (;;) yield* sleep(1e9);
    });
  });

  it('stops a program waiting for input', async () => {
    await stopsWithin100ms(
      function* () {
        yield* stdinRead(10);
      },
      { readStdin: () => new Promise<string | null>(() => {}) },
    );
  });
});

describe('stdin', () => {
  it('reads what the host gives, when it gives it, and sees end of input', async () => {
    const chunks = ['hello\n', 'wor', 'ld\n', null];
    const sleep = timePackage.impl['Sleep'] as (d: number) => Generator<unknown, void, unknown>;
    const r = await run(
      function* () {
        go(function* () {
          yield* sleep(1000);
          println('tick');
        }, []);
        let all = '';
        for (;;) {
          const b = yield* stdinRead(4);
          if (b === '') break;
          all += b;
          println(JSON.stringify(b));
        }
        println('eof', JSON.stringify(all));
        yield* sleep(2000);
      },
      {
        readStdin: () => new Promise((resolve) => setTimeout(() => resolve(chunks.shift() ?? null), 5)),
      },
    );
    // While main waits for input the clock stands still: the sleeping goroutine wakes only after.
    expect(r.stdout).toBe('"hell"\n"o\\n"\n"wor"\n"ld\\n"\neof "hello\\nworld\\n"\ntick\n');
    expect(r.result.outcome).toBe('exited');
  });

  it('sees end of input at once when the host has no stdin', async () => {
    const r = await run(function* () {
      println(JSON.stringify(yield* stdinRead(10)));
    });
    expect(r.stdout).toBe('""\n');
  });
});

describe('stdin across runs', () => {
  it('drops an answer that arrives after its program was interrupted', async () => {
    let answer: (s: string | null) => void = () => {};
    const cell = new Int32Array(new SharedArrayBuffer(4));
    const first = run(
      function* () {
        yield* stdinRead(10);
      },
      { interrupt: cell, readStdin: () => new Promise((resolve) => (answer = resolve)) },
    );
    setTimeout(() => Atomics.store(cell, 0, 1), 20);
    expect((await first).result.outcome).toBe('interrupted');
    const second = await run(
      function* () {
        answer('stale\n');
        println(JSON.stringify(yield* stdinRead(10)));
      },
      { readStdin: () => Promise.resolve('fresh\n') },
    );
    expect(second.stdout).toBe('"fresh\\n"\n');
  });
});
