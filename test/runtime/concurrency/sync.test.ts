// The sync package's TypeScript parts on the scheduler: Mutex handoff, RWMutex writer preference,
// WaitGroup wake-up and its negative-counter panic, Cond's tickets, and Go's fatal errors.
import { describe, expect, it } from 'vitest';
import { go } from '../../../interpreter/runtime/scheduler.js';
import { GoFatal, GoPanic } from '../../../interpreter/runtime/panic.js';
import { panicValueText } from '../../../interpreter/runtime/traceback.js';
import { syncPackage } from '../../../interpreter/stdlib/sync.js';
import { timePackage } from '../../../interpreter/stdlib/time.js';
import { println, run } from './harness.js';

type Gen = Generator<unknown, void, unknown>;
const impl = syncPackage.impl as Record<string, (...a: any[]) => any>;
const lock = (m: object): Gen => impl['Mutex.Lock']!(m);
const unlock = (m: object): void => impl['Mutex.Unlock']!(m);
const sleep = timePackage.impl['Sleep'] as (d: number) => Gen;
const ms = 1_000_000;

describe('sync', () => {
  it('hands a contended Mutex to waiters in arrival order', async () => {
    const r = await run(function* () {
      const mu = { state: 0, sema: 0 };
      const wg = { state: 0, sema: 0 };
      yield* lock(mu);
      for (const name of ['a', 'b', 'c']) {
        impl['WaitGroup.Add']!(wg, 1);
        go(function* () {
          yield* lock(mu);
          println(name, 'has the lock');
          unlock(mu);
          impl['WaitGroup.Done']!(wg);
        }, []);
      }
      yield* sleep(ms);
      println('main unlocks');
      unlock(mu);
      yield* impl['WaitGroup.Wait']!(wg);
      println('state', mu.state);
    });
    expect(r.stdout).toBe('main unlocks\nc has the lock\na has the lock\nb has the lock\nstate 0\n');
  });

  it('lets a waiting writer go before readers that come after it', async () => {
    const r = await run(function* () {
      const rw = { w: { state: 0, sema: 0 }, writerSem: 0, readerSem: 0, readerCount: 0, readerWait: 0 };
      yield* impl['RWMutex.RLock']!(rw);
      go(function* () {
        yield* impl['RWMutex.Lock']!(rw);
        println('writer in');
        yield* sleep(ms);
        impl['RWMutex.Unlock']!(rw);
        println('writer out');
      }, []);
      yield* sleep(ms);
      println('try read while writer waits:', impl['RWMutex.TryRLock']!(rw));
      go(function* () {
        yield* impl['RWMutex.RLock']!(rw);
        println('late reader in, readers', rw.readerCount);
        impl['RWMutex.RUnlock']!(rw);
      }, []);
      yield* sleep(ms);
      println('first reader leaves');
      impl['RWMutex.RUnlock']!(rw);
      yield* sleep(10 * ms);
      println('end', rw.readerCount, rw.w.state);
    });
    expect(r.stdout).toBe(
      'try read while writer waits: false\nfirst reader leaves\nwriter in\nwriter out\nlate reader in, readers 1\nend 0 0\n',
    );
  });

  it("panics on a negative WaitGroup counter with Go's text", async () => {
    let text = '';
    await run(() => {
      try {
        impl['WaitGroup.Done']!({ state: 0, sema: 0 });
      } catch (e) {
        if (!(e instanceof GoPanic)) throw e;
        text = panicValueText(e.value);
      }
    });
    expect(text).toBe('sync: negative WaitGroup counter');
  });

  it('raises fatal errors for unlocking what is not locked', () => {
    const fatal = (f: () => void): string => {
      try {
        f();
      } catch (e) {
        if (e instanceof GoFatal) return e.msg;
        throw e;
      }
      return 'no error';
    };
    expect(fatal(() => unlock({ state: 0, sema: 0 }))).toBe('sync: unlock of unlocked mutex');
    const rw = { w: { state: 0, sema: 0 }, writerSem: 0, readerSem: 0, readerCount: 0, readerWait: 0 };
    expect(fatal(() => impl['RWMutex.Unlock']!(rw))).toBe('sync: Unlock of unlocked RWMutex');
    expect(fatal(() => impl['RWMutex.RUnlock']!(rw))).toBe('sync: RUnlock of unlocked RWMutex');
  });

  it('keeps a Signal sent between taking a Cond ticket and parking', async () => {
    const r = await run(function* () {
      const c = {};
      const t1 = impl['condAdd']!(c) as number;
      const t2 = impl['condAdd']!(c) as number;
      impl['Cond.Signal']!(c);
      // Ticket t1 was signalled before its goroutine parked: it must not wait.
      yield* impl['condWait']!(c, t1);
      println('t1 passed');
      go(function* () {
        yield* impl['condWait']!(c, t2);
        println('t2 woken');
      }, []);
      yield* sleep(ms);
      println('broadcast');
      impl['Cond.Broadcast']!(c);
      yield* sleep(ms);
    });
    expect(r.stdout).toBe('t1 passed\nbroadcast\nt2 woken\n');
  });
});
