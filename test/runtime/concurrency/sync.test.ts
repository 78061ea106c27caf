// The sync package's TypeScript parts on the scheduler: Mutex barging and starvation handoff,
// RWMutex writer preference, WaitGroup wake-up and misuse panics, Cond's tickets, and Go's fatal
// errors. The expected orders and state words are what the same steps print in Go 1.23 with
// GOMAXPROCS=1 and -tags faketime.
import { describe, expect, it } from 'vitest';
import { go, gosched } from '../../../interpreter/runtime/scheduler.js';
import { GoFatal, GoPanic } from '../../../interpreter/runtime/panic.js';
import { panicValueText } from '../../../interpreter/runtime/traceback.js';
import { syncPackage } from '../../../interpreter/stdlib/sync.js';
import { timePackage } from '../../../interpreter/stdlib/time.js';
import { println, run } from './harness.js';

type Gen = Generator<unknown, any, unknown>;
const impl = syncPackage.impl as Record<string, (...a: any[]) => any>;
const lock = (m: object): Gen => impl['Mutex.Lock']!(m);
const unlock = (m: object): Gen => impl['Mutex.Unlock']!(m);
const sleep = timePackage.impl['Sleep'] as (d: number) => Gen;
const ms = 1_000_000;
const mutex = (): { state: number; sema: number } => ({ state: 0, sema: 0 });
const waitGroup = (): { state: { v: number }; sema: number } => ({ state: { v: 0 }, sema: 0 });
const rwMutex = () => ({ w: mutex(), writerSem: 0, readerSem: 0, readerCount: { v: 0 }, readerWait: { v: 0 } });
const words = (m: { state: number; sema: number }): string => `{${m.state} ${m.sema}}`;

/** Calls a blocking operation that is expected to end at once, returning what it threw. */
function thrown(op: () => Gen): unknown {
  try {
    op().next();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('sync', () => {
  it('lets a running goroutine take a Mutex ahead of the waiter it woke, and hands it to a starving waiter', async () => {
    const r = await run(function* () {
      const mu = mutex();
      const wg = waitGroup();
      const waiter = (name: string) =>
        function* () {
          yield* lock(mu);
          println(name, 'has the lock', words(mu));
          yield* unlock(mu);
          yield* impl['WaitGroup.Done']!(wg);
        };
      yield* lock(mu);
      for (const name of ['a', 'b']) {
        yield* impl['WaitGroup.Add']!(wg, 1);
        go(waiter(name), []);
      }
      yield* gosched();
      println('waiting:', words(mu));
      yield* unlock(mu);
      println('unlocked:', words(mu));
      yield* lock(mu);
      println('main again:', words(mu));
      yield* unlock(mu);
      yield* impl['WaitGroup.Wait']!(wg);
      println('phase 2');
      yield* lock(mu);
      for (const name of ['c', 'd']) {
        yield* impl['WaitGroup.Add']!(wg, 1);
        go(waiter(name), []);
      }
      yield* sleep(2 * ms);
      yield* unlock(mu);
      yield* lock(mu);
      println('main barged:', words(mu));
      yield* gosched();
      println('back in main:', words(mu));
      yield* unlock(mu);
      println('handed off:', words(mu));
      yield* impl['WaitGroup.Wait']!(wg);
      println('end:', words(mu));
    });
    expect(r.stdout).toBe(
      [
        'waiting: {17 0}',
        'unlocked: {10 1}',
        'main again: {11 1}',
        'b has the lock {9 0}',
        'a has the lock {1 0}',
        'phase 2',
        'main barged: {11 1}',
        'back in main: {21 0}',
        'd has the lock {13 0}',
        'c has the lock {1 0}',
        'handed off: {0 0}',
        'end: {0 0}',
        '',
      ].join('\n'),
    );
  });

  it('lets a waiting writer go before readers that come after it', async () => {
    const r = await run(function* () {
      const rw = rwMutex();
      const show = (): string =>
        `{${words(rw.w)} ${rw.writerSem} ${rw.readerSem} {{} ${rw.readerCount.v}} {{} ${rw.readerWait.v}}}`;
      yield* impl['RWMutex.RLock']!(rw);
      go(function* () {
        yield* impl['RWMutex.Lock']!(rw);
        println('writer in');
        yield* sleep(ms);
        yield* impl['RWMutex.Unlock']!(rw);
        println('writer out');
      }, []);
      yield* sleep(ms);
      println('try read while writer waits:', impl['RWMutex.TryRLock']!(rw), show());
      go(function* () {
        yield* impl['RWMutex.RLock']!(rw);
        println('late reader in', show());
        yield* impl['RWMutex.RUnlock']!(rw);
      }, []);
      yield* sleep(ms);
      println('first reader leaves');
      yield* impl['RWMutex.RUnlock']!(rw);
      yield* sleep(10 * ms);
      println('end', show());
    });
    expect(r.stdout).toBe(
      [
        'try read while writer waits: false {{1 0} 0 0 {{} -1073741823} {{} 1}}',
        'first reader leaves',
        'writer in',
        'writer out',
        'late reader in {{0 0} 0 0 {{} 1} {{} 0}}',
        'end {{0 0} 0 0 {{} 0} {{} 0}}',
        '',
      ].join('\n'),
    );
  });

  it("panics on WaitGroup misuse with Go's texts", async () => {
    let negative = '';
    const r = await run(function* () {
      const e = thrown(() => impl['WaitGroup.Done']!(waitGroup()));
      if (!(e instanceof GoPanic)) throw e;
      negative = panicValueText(e.value);
      // Reused: an Add after the counter reached zero, before the woken Wait has returned.
      const wg = waitGroup();
      yield* impl['WaitGroup.Add']!(wg, 1);
      go(function* () {
        yield* impl['WaitGroup.Done']!(wg);
        yield* impl['WaitGroup.Add']!(wg, 1);
        println('added again before Wait returned');
      }, []);
      yield* impl['WaitGroup.Wait']!(wg);
    });
    expect(negative).toBe('sync: negative WaitGroup counter');
    expect(r.stdout).toBe('added again before Wait returned\n');
    expect(r.stderr.startsWith('panic: sync: WaitGroup is reused before previous Wait has returned\n\ngoroutine 1 [running]:\n')).toBe(true);
  });

  it('raises fatal errors for unlocking what is not locked', () => {
    const fatal = (op: () => Gen): string => {
      const e = thrown(op);
      if (e instanceof GoFatal) return e.msg;
      if (e !== undefined) throw e;
      return 'no error';
    };
    expect(fatal(() => unlock(mutex()))).toBe('sync: unlock of unlocked mutex');
    expect(fatal(() => impl['RWMutex.Unlock']!(rwMutex()))).toBe('sync: Unlock of unlocked RWMutex');
    expect(fatal(() => impl['RWMutex.RUnlock']!(rwMutex()))).toBe('sync: RUnlock of unlocked RWMutex');
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
