// runMain: runs a compiled Go program as `go run` does. Package initialisation then main.main run
// as goroutine 1; the program ends when main returns (other goroutines are dropped, their deferred
// calls never run), on os.Exit, on an unrecovered panic in any goroutine, on a fatal error
// (deadlock, stack overflow, Goexit leaving nothing to run), or when the host interrupts it.
//
// The loop awaits only when it must (host input) or briefly every ~20 ms of work, so output
// callbacks stream while the program runs and a host on the same thread stays responsive.
import { setCallerFrames } from './callers.js';
import type { RunOptions, RunResult, Outcome } from '../api.js';
import type { Frame, Goroutine } from './goroutine.js';
import { isGenFunc, newScheduler, PROBE, StackProbe, type Scheduler } from './scheduler.js';
import { GoExit, GoFatal, GoPanic, OsExit } from './panic.js';
import { Interrupted, interruptRequested, setInterruptFlag } from './interrupt.js';
import { attachProcess, writeStderr } from './process.js';
import { attachStdin } from './stdin.js';
import { panicReport, goroutineTrace } from './traceback.js';
import { deadlockReport, fatalReport, isStackOverflow, noGoroutinesReport, stackOverflowReport } from './fatal.js';

export interface MainProgram {
  /** Package initialisation (variable initialisers, init functions in order); plain or generator. */
  readonly init?: (() => unknown) | null;
  /** main.main; plain or generator. */
  readonly main: () => unknown;
  /** Go frames, innermost first, for the JS exception that ended goroutine g (a GoPanic, GoFatal
   *  or RangeError; compile/ maps JS stack lines to Go functions and lines). None by default. */
  readonly frames?: (e: unknown, g: Goroutine) => readonly Frame[];
}

interface End {
  readonly outcome: Outcome;
  readonly exitStatus: number;
}

let running = false;

function* callGo(fn: () => unknown): Generator<unknown, void, unknown> {
  if (isGenFunc(fn)) yield* fn() as Generator<unknown, unknown, unknown>;
  else fn();
}

const yieldToHost: () => Promise<void> =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === 'function'
    ? () => new Promise((r) => (globalThis as unknown as { setImmediate(f: () => void): void }).setImmediate(r))
    : () => new Promise((r) => setTimeout(r, 0));

/** Runs the program to its end. Rejects only for golesson bugs (a non-Go JS exception). */
export async function runMain(program: MainProgram, opts: RunOptions): Promise<RunResult> {
  if (running) throw new Error('runMain: a program is already running on this thread');
  running = true;
  const filename = opts.filename ?? './prog.go';
  const s = newScheduler(opts.seed ?? 1);
  setInterruptFlag(opts.interrupt ?? null);
  attachProcess(opts);
  attachStdin(opts.readStdin?.bind(opts));
  setCallerFrames(program.frames ? (e) => (s.current ? program.frames!(e, s.current) : []) : null);
  try {
    s.spawn(
      function* () {
        if (program.init) yield* callGo(program.init);
        yield* callGo(program.main);
      },
      [],
      { entry: 'main.main' },
      1,
    );
    const end = await loop(s, program, filename);
    return { outcome: end.outcome, exitStatus: end.exitStatus, diagnostics: [] };
  } finally {
    setCallerFrames(null);
    setInterruptFlag(null);
    attachProcess(null);
    attachStdin(undefined);
    running = false;
  }
}

const INTERRUPTED: End = { outcome: 'interrupted', exitStatus: 130 };

async function loop(s: Scheduler, program: MainProgram, filename: string): Promise<End> {
  let steps = 0;
  let lastYield = Date.now();
  for (;;) {
    // As Go's scheduler does whenever it looks for work: timers due now fire first.
    s.clock.check();
    const g = s.pick();
    if (g !== null) {
      const end = step(s, g, program, filename);
      if (end !== null) return end;
      if ((++steps & 1023) === 0) {
        if (interruptRequested()) return INTERRUPTED;
        const now = Date.now();
        if (now - lastYield > 20) {
          await yieldToHost();
          lastYield = Date.now();
          if (interruptRequested()) return INTERRUPTED;
        }
      }
      continue;
    }
    if (interruptRequested()) return INTERRUPTED;
    if (s.hostError !== undefined) throw s.hostError;
    if (s.hostWaits > 0) {
      await s.waitHost(interruptRequested);
      lastYield = Date.now();
      continue;
    }
    // Nothing can run: checkdead's order: nothing left at all, then jump time, then deadlock.
    if (s.all.size === 0) {
      writeStderr(noGoroutinesReport());
      return { outcome: 'fatal', exitStatus: 2 };
    }
    if (s.clock.advance()) continue;
    const waits = [...s.all.values()].map((g) => [g, g.waitReason] as const);
    const frames = new Map(waits.map(([g]) => [g, probeFrames(s, g, program)]));
    for (const [g, reason] of waits) g.waitReason = reason;
    writeStderr(deadlockReport(s.all.values(), (g) => frames.get(g) ?? [], filename));
    return { outcome: 'fatal', exitStatus: 2 };
  }
}

/** Resumes g until it blocks, yields or ends; returns how the program ends, if it does. */
function step(s: Scheduler, g: Goroutine, program: MainProgram, filename: string): End | null {
  s.current = g;
  g.status = 'running';
  const resume = g.resume;
  g.resume = undefined;
  let r: IteratorResult<unknown, unknown>;
  try {
    r = g.stack.next(resume);
  } catch (e) {
    return thrown(s, g, e, program, filename);
  } finally {
    s.current = null;
  }
  if (r.done) {
    s.finish(g);
    if (g.id === 1) return { outcome: 'exited', exitStatus: 0 };
  } else if (r.value !== undefined || g.status === 'running') {
    // The runtime's blocking operations park or requeue the goroutine and yield nothing; anything
    // else reaching the scheduler is compiled code delegating (yield*) to a non-generator result.
    throw new Error(`golesson bug: goroutine ${g.id} yielded ${typeof r.value} to the scheduler without blocking`);
  }
  return null;
}

/** Where a parked goroutine waits: resumed with PROBE, its blocking operation throws from the
 *  innermost frame; the program is over, so the goroutine is not resumed again. */
function probeFrames(s: Scheduler, g: Goroutine, program: MainProgram): readonly Frame[] {
  if (program.frames === undefined) return [];
  s.current = g;
  try {
    g.stack.next(PROBE);
  } catch (e) {
    if (e instanceof StackProbe) return program.frames(e, g);
  } finally {
    s.current = null;
  }
  return [];
}

function thrown(s: Scheduler, g: Goroutine, e: unknown, program: MainProgram, filename: string): End | null {
  const frames = (): readonly Frame[] => program.frames?.(e, g) ?? [];
  if (e instanceof GoExit) {
    s.finish(g);
    if (g.id === 1) s.mainGoexited = true;
    return null;
  }
  if (e instanceof OsExit) return { outcome: 'os-exit', exitStatus: e.code };
  if (e instanceof Interrupted) return INTERRUPTED;
  if (e instanceof GoPanic) {
    let report: string;
    try {
      report = panicReport(e);
    } catch (f) {
      if (!(f instanceof GoFatal)) throw f;
      writeStderr(fatalReport(f.msg, g, frames(), filename));
      return { outcome: 'fatal', exitStatus: 2 };
    }
    writeStderr(report + '\n' + goroutineTrace(g, 'running', frames(), filename));
    return { outcome: 'panic', exitStatus: 2 };
  }
  if (e instanceof GoFatal) {
    writeStderr(fatalReport(e.msg, g, frames(), filename));
    return { outcome: 'fatal', exitStatus: 2 };
  }
  if (isStackOverflow(e)) {
    writeStderr(stackOverflowReport(g, frames(), filename));
    return { outcome: 'fatal', exitStatus: 2 };
  }
  throw e;
}
