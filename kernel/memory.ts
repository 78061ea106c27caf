// How a worker thread tells the interpreter that its heap is nearly full (the interpreter, which
// must run in browsers too, cannot look): past this point a Go program that keeps allocating ends
// as `fatal error: runtime: out of memory` rather than abort the process from inside V8.
import { getHeapStatistics } from 'node:v8';

/** Share of the thread's heap limit beyond which allocation counts as running out. */
const threshold = 0.7;

export function heapNearlyFull(): boolean {
  const h = getHeapStatistics();
  return h.used_heap_size > h.heap_size_limit * threshold;
}
