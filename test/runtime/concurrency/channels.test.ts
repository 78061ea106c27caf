// Channels, goroutines and the scheduler, driven by hand-written generator code.
import { describe, expect, it } from 'vitest';
import { go } from '../../../interpreter/runtime/scheduler.js';
import { makeChan, send, recv, recv2, close, chanLen, chanCap } from '../../../interpreter/runtime/chan.js';
import { select } from '../../../interpreter/runtime/select.js';
import { GoPanic } from '../../../interpreter/runtime/panic.js';
import { panicValueText } from '../../../interpreter/runtime/traceback.js';
import { intElem, println, run } from './harness.js';

describe('channels', () => {
  it('ping-pongs over unbuffered channels', async () => {
    const r = await run(function* () {
      const ping = makeChan(intElem);
      const pong = makeChan(intElem);
      go(
        function* () {
          for (;;) {
            const v = (yield* recv(ping)) as number;
            yield* send(pong, v + 1);
          }
        },
        [],
      );
      let n = 0;
      for (let i = 0; i < 1000; i++) {
        yield* send(ping, n);
        n = (yield* recv(pong)) as number;
      }
      println('n', n);
    });
    expect(r.stdout).toBe('n 1000\n');
    expect(r.result.outcome).toBe('exited');
  });

  it('buffers, closes, and receives zero values after close', async () => {
    const r = await run(function* () {
      const c = makeChan(intElem, 3);
      yield* send(c, 1);
      yield* send(c, 2);
      println(chanLen(c), chanCap(c));
      close(c);
      for (let i = 0; i < 3; i++) {
        const [v, ok] = yield* recv2(c);
        println(v, ok);
      }
    });
    expect(r.stdout).toBe('2 3\n1 true\n2 true\n0 false\n');
  });

  it('runs a goroutine made ready by go or by a channel operation next (runnext)', async () => {
    const r = await run(function* () {
      const done = makeChan(intElem);
      for (let i = 0; i < 3; i++) {
        go(
          function* (k: number) {
            println('g', k);
            yield* send(done, k);
          },
          [i],
        );
      }
      for (let i = 0; i < 3; i++) yield* recv(done);
    });
    // As Go with GOMAXPROCS=1: the last one started runs first, then the queue in order.
    expect(r.stdout).toBe('g 2\ng 0\ng 1\n');
  });

  it('panics with Go texts for close of nil/closed channel and send on closed channel', async () => {
    const texts: string[] = [];
    const r = await run(function* () {
      const c = makeChan(intElem, 1);
      for (const f of [
        () => close(null),
        () => {
          close(c);
          close(c);
        },
      ]) {
        try {
          f();
        } catch (e) {
          if (!(e instanceof GoPanic)) throw e;
          texts.push(panicValueText(e.value));
        }
      }
      try {
        yield* send(c, 1);
      } catch (e) {
        if (!(e instanceof GoPanic)) throw e;
        texts.push(panicValueText(e.value));
      }
    });
    expect(r.result.outcome).toBe('exited');
    expect(texts).toEqual(['close of nil channel', 'close of closed channel', 'send on closed channel']);
  });

  it('reports a deadlock with every goroutine and Go wait reasons', async () => {
    const r = await run(function* () {
      const c = makeChan(intElem);
      go(
        function* () {
          yield* send(c, 1);
          yield* send(c, 2);
        },
        [],
        { entry: 'main.worker', creator: 'main.main', line: 12 },
      );
      println(yield* recv(c));
      go(function* () {
        yield* send(null, 1);
      }, [], { entry: 'main.main.func1', creator: 'main.main', line: 15 });
      yield* select([], false);
    });
    expect(r.stdout).toBe('1\n');
    expect(r.result).toEqual({ outcome: 'fatal', exitStatus: 2, diagnostics: [] });
    expect(r.stderr).toBe(
      'fatal error: all goroutines are asleep - deadlock!\n\n' +
        'goroutine 1 [select (no cases)]:\nmain.main(...)\n\t./prog.go\n\n' +
        'goroutine 18 [chan send]:\nmain.worker(...)\n\t./prog.go\ncreated by main.main in goroutine 1\n\t./prog.go:12\n\n' +
        'goroutine 19 [chan send (nil chan)]:\nmain.main.func1(...)\n\t./prog.go\ncreated by main.main in goroutine 1\n\t./prog.go:15\n',
    );
  });

  it('ends the program when main returns, dropping other goroutines', async () => {
    const r = await run(function* () {
      go(function* () {
        yield* recv(makeChan(intElem));
      }, []);
      println('bye');
    });
    expect(r.stdout).toBe('bye\n');
    expect(r.result.outcome).toBe('exited');
  });
});

describe('select', () => {
  it('takes default when nothing is ready and a ready case otherwise', async () => {
    const r = await run(function* () {
      const c = makeChan(intElem, 1);
      let [i] = yield* select([{ ch: c, send: false }], true);
      println('chosen', i);
      [i] = yield* select([{ ch: c, send: true, value: 7 }], true);
      println('chosen', i);
      const [j, v, ok] = yield* select([{ ch: null, send: false }, { ch: c, send: false }], false);
      println(j, v, ok);
    });
    expect(r.stdout).toBe('chosen -1\nchosen 0\n1 7 true\n');
  });

  it('waits on several channels and is woken by the first', async () => {
    const r = await run(function* () {
      const a = makeChan(intElem);
      const b = makeChan(intElem);
      go(function* () {
        yield* send(b, 42);
      }, []);
      const [i, v] = yield* select([{ ch: a, send: false }, { ch: b, send: false }], false);
      println(i, v);
      // The select left a's queue: a later sender on a must block (deadlock), not feed a stale waiter.
      go(function* () {
        yield* send(a, 1);
      }, []);
      const [w, ok] = yield* recv2(a);
      println(w, ok);
    });
    expect(r.stdout).toBe('1 42\n1 true\n');
  });

  it('chooses among ready cases pseudo-randomly, deterministically for a seed', async () => {
    const counts = async (seed: number): Promise<string> =>
      (
        await run(
          function* () {
            const a = makeChan(intElem, 100);
            const b = makeChan(intElem, 100);
            const hits = [0, 0];
            for (let k = 0; k < 100; k++) {
              yield* send(a, 0);
              yield* send(b, 0);
              const [i] = yield* select([{ ch: a, send: false }, { ch: b, send: false }], false);
              hits[i]!++;
              yield* recv(i === 0 ? b : a);
            }
            println(hits.join(' '));
          },
          { seed },
        )
      ).stdout;
    const first = await counts(7);
    expect(await counts(7)).toBe(first);
    const [x, y] = first.trim().split(' ').map(Number);
    expect(x! + y!).toBe(100);
    expect(x).toBeGreaterThan(25);
    expect(y).toBeGreaterThan(25);
  });
});
