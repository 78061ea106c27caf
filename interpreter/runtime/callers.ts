// runtime.Caller: the Go frames of the code running now, from the JS stack mapped by the running
// program (the same mapping its panic traces use). runMain installs the mapping for its program.
import type { Frame } from './goroutine.js';

let mapper: ((e: Error) => readonly Frame[]) | null = null;

export function setCallerFrames(f: ((e: Error) => readonly Frame[]) | null): void {
  mapper = f;
}

/** Go frames, innermost first, of whoever called into the runtime. */
export function callerFrames(): readonly Frame[] {
  return mapper === null ? [] : mapper(new Error());
}
