// Go's fatal errors as the runtime prints them: deadlock (with every goroutine's trace), main
// called Goexit and nothing is left, stack overflow (a JS RangeError from V8's stack limit stands
// for Go's 1 GB stack limit), and `fatal error: ...` thrown by library code (sync's unlock of an
// unlocked mutex). None is recoverable; deferred calls do not run.
import type { Frame, Goroutine } from './goroutine.js';
import { goroutineTrace } from './traceback.js';

export const DEADLOCK = 'all goroutines are asleep - deadlock!';
export const NO_GOROUTINES = 'no goroutines (main called runtime.Goexit) - deadlock!';

/** Whether a JS exception is V8 running out of stack (Go's stack overflow). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** `fatal error: all goroutines are asleep - deadlock!` and each goroutine, blank-line separated,
 *  in creation order (checkdead, then tracebackothers). */
export function deadlockReport(
  gs: Iterable<Goroutine>,
  framesOf: (g: Goroutine) => readonly Frame[],
  filename: string,
): string {
  let out = `fatal error: ${DEADLOCK}\n`;
  for (const g of gs) out += '\n' + goroutineTrace(g, g.waitReason || 'running', framesOf(g), filename);
  return out;
}

/** main called runtime.Goexit and every other goroutine has finished. */
export function noGoroutinesReport(): string {
  return `fatal error: ${NO_GOROUTINES}\n`;
}

/** A fatal error raised in goroutine g (GoFatal): the message and g's trace. */
export function fatalReport(msg: string, g: Goroutine, frames: readonly Frame[], filename: string): string {
  return `fatal error: ${msg}\n\n` + goroutineTrace(g, 'running', frames, filename);
}

/** Go's report of a goroutine that outgrew its stack; the sp/stack numbers are placeholders
 *  (real Go prints machine addresses there). */
export function stackOverflowReport(g: Goroutine, frames: readonly Frame[], filename: string): string {
  return (
    'runtime: goroutine stack exceeds 1000000000-byte limit\n' +
    'runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\n' +
    'fatal error: stack overflow\n\n' +
    'runtime stack:\n' +
    'runtime.throw({0x4b0698?, 0xc00005feb8?})\n' +
    '\truntime/panic.go:1067 +0x48\n' +
    'runtime.newstack()\n' +
    '\truntime/stack.go:1117 +0x5bd\n' +
    'runtime.morestack()\n' +
    '\truntime/asm_amd64.s:621 +0x7a\n\n' +
    goroutineTrace(g, 'running', frames.slice(0, 100), filename) +
    (frames.length > 100 ? '...additional frames elided...\n' : '')
  );
}
