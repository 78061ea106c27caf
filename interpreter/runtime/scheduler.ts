// The goroutine scheduler: goroutines are generator stacks resumed one at a time, like Go's
// scheduler with a single P (GOMAXPROCS=1): a goroutine made runnable by `go` or by a channel
// operation goes into the `runnext` slot and runs next, the one it displaces goes to the tail of the
// P's local queue (runtime.runqput with next=true), which holds 256 (beyond that, its older half
// moves to the global queue). A goroutine that yields (Gosched) or is preempted by the budget hook
// goes to the global queue, which is served when runnext and the local queue are empty (in batches
// moved to the local queue). When nothing can run, virtual time jumps to the next timer (clock.ts),
// and when no timer is pending either, the program is deadlocked.
import { tracer } from './tracehook.js';
import { Clock } from './clock.js';
import { Goroutine, type GoSite, type GoStack, type WaitReason } from './goroutine.js';
import { checkpoint } from './interrupt.js';
import { GoFatal } from './panic.js';

/** The id of the first goroutine a program starts: 1 is main; the Go Playground runtime (`-tags
 *  faketime`, what time-dependent golden programs are recorded with) gives the first user goroutine 18
 *  (2-17 are its own), so traces read the same. */
const FIRST_USER_GOID = 18;

const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor as FunctionConstructor;

/** Whether fn is a compiled Go function that may block (a generator function, docs/runtime-values.md). */
export function isGenFunc(fn: unknown): boolean {
  return (
    typeof fn === 'function' &&
    ((fn as { $gen?: boolean }).$gen === true || fn instanceof GeneratorFunction)
  );
}

/** A xorshift32 generator: select's and map iteration's choices, deterministic for a seed. */
export class Rand {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  /** A uniform integer in [0, n). */
  intn(n: number): number {
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s % n;
  }
}

/** Capacity of the P's local run queue. */
const LOCAL_QUEUE = 256;

/** A FIFO of goroutines linked through Goroutine.next. */
class RunQueue {
  private head: Goroutine | null = null;
  private tail: Goroutine | null = null;
  length = 0;

  push(g: Goroutine): void {
    g.next = null;
    if (this.tail === null) this.head = g;
    else this.tail.next = g;
    this.tail = g;
    this.length++;
  }

  shift(): Goroutine | null {
    const g = this.head;
    if (g === null) return null;
    this.head = g.next;
    if (this.head === null) this.tail = null;
    g.next = null;
    this.length--;
    return g;
  }
}

/** Live goroutines at most: far beyond lessons (1e5 in the benchmarks), well inside the memory a
 *  session has (each costs about a kilobyte here). */
export const MaxGoroutines = 500_000;

export class Scheduler {
  readonly clock = new Clock();
  readonly rand: Rand;
  /** Live goroutines (not dead) by id, in creation order: the deadlock report's order. */
  readonly all = new Map<number, Goroutine>();
  current: Goroutine | null = null;
  private runnext: Goroutine | null = null;
  private readonly local = new RunQueue();
  private readonly global = new RunQueue();
  private nextId = FIRST_USER_GOID;
  /** Goroutines blocked on host input (stdin): not a deadlock while any. */
  hostWaits = 0;
  /** Set once main has called runtime.Goexit. */
  mainGoexited = false;
  /** Resolves the run loop's wait for the host (see awaitHost). */
  private wake: (() => void) | null = null;
  /** A host callback that failed (a golesson or host bug, reported as such). */
  hostError: unknown = undefined;

  constructor(seed: number) {
    this.rand = new Rand(seed);
  }

  /** Starts a goroutine running fn(...args); returns it. */
  spawn(fn: (...args: any[]) => unknown, args: readonly unknown[], site: GoSite, id?: number): Goroutine {
    // Go would run until memory ran out; stopping at a fixed count reports that as Go does, before
    // the host's heap is exhausted (which would end the thread, or the process, not the program).
    if (this.all.size >= MaxGoroutines) throw new GoFatal('runtime: out of memory');
    const stack = isGenFunc(fn)
      ? (fn(...args) as GoStack)
      : (function* (): GoStack {
          return fn(...args);
        })();
    const g = new Goroutine(id ?? this.nextId++, stack, site, this.current?.id ?? 0);
    this.all.set(g.id, g);
    this.ready(g);
    return g;
  }

  /** Makes g runnable; it runs next (runnext), pushing the previous runnext to the queue's tail. */
  ready(g: Goroutine, resume?: unknown): void {
    g.status = 'runnable';
    g.waitReason = '';
    g.resume = resume;
    const old = this.runnext;
    this.runnext = g;
    if (old !== null) this.enqueue(old);
  }

  /** Puts g at the tail of the local run queue; a full queue first moves its older half, then g,
   *  to the global queue. */
  enqueue(g: Goroutine): void {
    g.status = 'runnable';
    if (this.local.length < LOCAL_QUEUE) {
      this.local.push(g);
      return;
    }
    for (let i = LOCAL_QUEUE / 2; i > 0; i--) this.global.push(this.local.shift()!);
    this.global.push(g);
  }

  /** Puts the current goroutine at the tail of the global run queue (Gosched, preemption). */
  yieldGlobal(g: Goroutine): void {
    g.status = 'runnable';
    this.global.push(g);
  }

  /** Whether some goroutine other than the current one could run now. */
  hasRunnable(): boolean {
    return this.runnext !== null || this.local.length > 0 || this.global.length > 0;
  }

  /** The next goroutine to run, or null: runnext, the local queue, then a batch of the global
   *  queue (the first runs, up to half a local queue more move to the local queue). */
  pick(): Goroutine | null {
    const n = this.runnext;
    if (n !== null) {
      this.runnext = null;
      return n;
    }
    const l = this.local.shift();
    if (l !== null) return l;
    const g = this.global.shift();
    if (g === null) return null;
    for (let k = Math.min(this.global.length, LOCAL_QUEUE / 2 - 1); k > 0; k--) this.local.push(this.global.shift()!);
    return g;
  }

  /** Marks the current goroutine blocked; the caller then yields to the scheduler. */
  park(reason: WaitReason): Goroutine {
    const g = this.current!;
    g.status = 'waiting';
    g.waitReason = reason;
    return g;
  }

  /** Registers a host operation (stdin) a parked goroutine waits for; `then` runs when it settles
   *  and should make the goroutine runnable. While any is pending, the program is not deadlocked. */
  awaitHost<T>(p: Promise<T>, then: (v: T) => void): void {
    this.hostWaits++;
    p.then(
      (v) => {
        this.hostWaits--;
        then(v);
        this.wake?.();
      },
      (err: unknown) => {
        this.hostWaits--;
        this.hostError = err ?? new Error('host callback failed');
        this.wake?.();
      },
    );
  }

  /** For the run loop: resolves when a host operation settles, or when `poll` returns true
   *  (checked every 10 ms: the interrupt flag). */
  waitHost(poll: () => boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = (): void => {
        this.wake = null;
        if (timer !== undefined) clearTimeout(timer);
        resolve();
      };
      this.wake = done;
      const tick = (): void => {
        if (poll()) done();
        else timer = setTimeout(tick, 10);
      };
      timer = setTimeout(tick, 10);
    });
  }

  /** Ends g (returned, Goexit, or dropped). */
  finish(g: Goroutine): void {
    g.status = 'dead';
    this.all.delete(g.id);
  }
}

/** Resumed into a parked goroutine to learn where it waits: the blocking operation throws a
 *  StackProbe from its innermost frame, whose JS stack then holds every Go frame of the goroutine
 *  (the deadlock report prints them). */
export const PROBE: unique symbol = Symbol('golesson stack probe');

export class StackProbe extends Error {
  constructor() {
    super('golesson stack probe');
  }
}

/** Every blocking operation passes what its `yield` returned through this. */
export function probed(v: unknown): void {
  if (v === PROBE) throw new StackProbe();
}

/** The scheduler of the program running now (one at a time per thread). */
export let sched: Scheduler = new Scheduler(1);

/** Installs a fresh scheduler for a run (runmain.ts). */
export function newScheduler(seed: number): Scheduler {
  sched = new Scheduler(seed);
  return sched;
}

/** The goroutine running now. */
export function currentG(): Goroutine {
  return sched.current!;
}

/** The `go` statement: `rt.go(fn, [args...], site)`. Arguments are evaluated by the caller. */
export function go(fn: (...args: any[]) => unknown, args: readonly unknown[], site: GoSite = {}): void {
  const g = sched.spawn(fn, args, site);
  tracer?.go(g.id, site.entry ?? '', site.line ?? 0);
}

/** The budget hook in generator code: `if (--budget.n < 0) yield* preempt();`. Checks the
 *  interrupt flag, then lets other runnable goroutines run (Go 1.14+ asynchronous preemption, made
 *  deterministic by counting instead of timing). */
export function* preempt(): Generator<unknown, void, unknown> {
  checkpoint();
  const s = sched;
  s.clock.check();
  if (s.hasRunnable()) {
    s.yieldGlobal(s.current!);
    yield;
  }
}

/** runtime.Gosched: the current goroutine goes to the back of the global run queue. */
export function* gosched(): Generator<unknown, void, unknown> {
  const s = sched;
  s.clock.check();
  if (s.hasRunnable()) {
    s.yieldGlobal(s.current!);
    yield;
  }
}

/** Blocks the current goroutine forever (nil channel operations, `select {}`). */
export function* blockForever(reason: WaitReason): Generator<unknown, never, unknown> {
  sched.park(reason);
  for (;;) probed(yield);
}
