// How a program ends: main returning, a panic in another goroutine (with its trace and `created
// by`), os.Exit, runtime.Goexit in main, stack overflow, and a golesson bug surfacing as such.
import { describe, expect, it } from 'vitest';
import { go } from '../../../interpreter/runtime/scheduler.js';
import { makeChan, recv, send } from '../../../interpreter/runtime/chan.js';
import { GoExit, GoPanic, OsExit } from '../../../interpreter/runtime/panic.js';
import { Iface } from '../../../interpreter/runtime/iface.js';
import { types } from '../../../interpreter/runtime/typedesc.js';
import { panicReport, printFloat } from '../../../interpreter/runtime/traceback.js';
import { intElem, println, run } from './harness.js';

const str = (s: string): Iface => new Iface(types.string, s);

describe('program endings', () => {
  it('ends with the panicking goroutine trace and exit status 2', async () => {
    const r = await run(
      function* () {
        println('start');
        go(
          function* () {
            throw new GoPanic(str('boom'));
          },
          [],
          { entry: 'main.main.func1', creator: 'main.main', file: './prog.go', line: 9 },
        );
        yield* recv(makeChan(intElem));
      },
      {},
      { frames: (_e, g) => (g.id === 1 ? [] : [{ func: 'main.main.func1', file: './prog.go', line: 10 }]) },
    );
    expect(r.stdout).toBe('start\n');
    expect(r.result).toEqual({ outcome: 'panic', exitStatus: 2, diagnostics: [] });
    expect(r.stderr).toBe(
      'panic: boom\n\ngoroutine 18 [running]:\nmain.main.func1(...)\n\t./prog.go:10\ncreated by main.main in goroutine 1\n\t./prog.go:9\n',
    );
  });

  it('prints chained and recovered panics as printpanics does', () => {
    const first = new GoPanic(str('first'));
    first.recovered = true;
    const second = new GoPanic(str('second\nline'));
    second.link = first;
    expect(panicReport(second)).toBe('panic: first [recovered]\n\tpanic: second\n\tline\n');
    expect(panicReport(new GoPanic(new Iface(types.float64, 1.5)))).toBe('panic: +1.500000e+000\n');
    expect(printFloat(0)).toBe('+0.000000e+000');
    expect(printFloat(-123456789)).toBe('-1.234568e+008');
  });

  it('ends at os.Exit without running anything else', async () => {
    const r = await run(function* () {
      go(function* () {
        println('never');
      }, []);
      throw new OsExit(3);
    });
    expect(r.result).toEqual({ outcome: 'os-exit', exitStatus: 3, diagnostics: [] });
    expect(r.stdout).toBe('');
  });

  it('lets other goroutines finish after main calls Goexit, then reports no goroutines', async () => {
    const r = await run(function* () {
      const c = makeChan(intElem);
      go(function* () {
        yield* recv(c);
        println('worker done');
      }, []);
      yield* send(c, 1);
      throw new GoExit();
    });
    expect(r.stdout).toBe('worker done\n');
    expect(r.stderr).toBe('fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n');
    expect(r.result).toEqual({ outcome: 'fatal', exitStatus: 2, diagnostics: [] });
  });

  it("turns V8's stack overflow into Go's", async () => {
    const f = (n: number): number => f(n + 1) + 1;
    const r = await run(() => {
      println('start');
      println(f(0));
    });
    expect(r.stdout).toBe('start\n');
    expect(r.result.outcome).toBe('fatal');
    expect(r.result.exitStatus).toBe(2);
    expect(r.stderr).toMatch(
      /^runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=\S+ stack=\[\S+, \S+\]\nfatal error: stack overflow\n\nruntime stack:\n/,
    );
    expect(r.stderr).toContain('\ngoroutine 1 [running]:\n');
  });

  it('reports a non-Go exception as a golesson bug, not as a Go error', async () => {
    await expect(
      run(() => {
        throw new TypeError('oops');
      }),
    ).rejects.toThrow('oops');
  });
});
