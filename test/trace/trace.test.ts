// %trace's facts checked against what real Go printed for the same programs (the golden corpus's
// recordings): the traced run prints exactly Go's output; deferred calls run last-in first-out;
// a deferred fmt.Println prints the argument values the trace says the defer statement evaluated;
// and a function's result as the trace reports it is the value Go printed for it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram, withTrace, traceBundle } from '../../interpreter/index.js';
import type { TraceEvent } from '../../interpreter/trace/events.js';
import { comparable } from '../golden-support/compare.mjs';
import { programs, type Program } from '../golden-support/corpus.js';

const traced = programs()
  .filter((p) => p.recipe.kind === 'run' && /^(lecture\/defer-code|defer\/|panics\/|concurrency\/defer-code)/.test(p.rel))
  .filter((p) => !readPending().has(p.rel));

function readPending(): Set<string> {
  const file = new URL('../golden/PENDING', import.meta.url).pathname;
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]!));
}

async function trace(p: Program) {
  let stdout = '';
  let stderr = '';
  const { result, trace } = await withTrace({ stdout: (b) => (stdout += b), stderr: (b) => (stderr += b) }, (io) =>
    runProgram(p.source, { ...io, filename: p.filename, trace: true }),
  );
  return { result, events: trace.events, stdout, stderr, lost: trace.lost };
}

const read = (p: Program, ext: string) => (existsSync(`${p.base}.${ext}`) ? readFileSync(`${p.base}.${ext}`, 'latin1') : '');

/** The text each deferred call printed, by frame and defer number. */
function printedByDeferredCalls(events: readonly TraceEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  const running: string[] = [];
  for (const e of events) {
    if (e.kind === 'run') running.push(`${e.frame}#${e.index}`);
    else if (e.kind === 'ran') running.pop();
    else if (e.kind === 'output' && e.stream === 'stdout' && running.length > 0) {
      const k = running[running.length - 1]!;
      out.set(k, (out.get(k) ?? '') + e.text);
    }
  }
  return out;
}

describe('%trace facts agree with real Go', () => {
  it('covers the lecture programs and at least 20 more', () => {
    expect(traced.filter((p) => p.rel.startsWith('lecture/')).length).toBeGreaterThanOrEqual(6);
    expect(traced.length).toBeGreaterThanOrEqual(27);
  });

  for (const p of traced) {
    it(p.rel, async () => {
      const t = await trace(p);
      // The program's own output is unchanged by tracing.
      const expected = comparable({ stdout: read(p, 'out'), stderr: read(p, 'err').replace(/exit status \d+\n$/, ''), exit: '' });
      const actual = comparable({ stdout: t.stdout, stderr: t.stderr, exit: '' });
      expect(actual.stdout).toBe(expected.stdout);
      expect(t.lost).toBe(0);

      const defers = new Map<string, Extract<TraceEvent, { kind: 'defer' }>>();
      const ranOrder = new Map<number, number[]>();
      for (const e of t.events) {
        if (e.kind === 'defer') defers.set(`${e.frame}#${e.index}`, e);
        if (e.kind === 'run') ranOrder.set(e.frame, [...(ranOrder.get(e.frame) ?? []), e.index]);
      }
      // Last in, first out: each frame runs its deferred calls in decreasing defer order.
      for (const order of ranOrder.values()) expect(order).toEqual([...order].sort((a, b) => b - a));

      // A deferred fmt.Println prints the values its arguments had at the defer statement.
      for (const [key, printed] of printedByDeferredCalls(t.events)) {
        const d = defers.get(key);
        // Values that share memory (slices, maps, pointers) may change before the call runs.
        if (!d || !/^fmt\.Println\(/.test(d.call) || d.shared.some(Boolean)) continue;
        expect(printed.split('\n')[0]).toBe(d.values.join(' '));
      }

      // Every defer statement's call ran, unless the program ended first (os.Exit, a fatal error,
      // an unrecovered panic in another goroutine, or main returning while goroutines still wait).
      if (t.result.outcome === 'exited' && !t.events.some((e) => e.kind === 'end' && e.dropped.length > 0)) {
        const ran = new Set([...ranOrder].flatMap(([f, is]) => is.map((i) => `${f}#${i}`)));
        for (const key of defers.keys()) expect(ran.has(key), `deferred call ${key} ran`).toBe(true);
      }

      // The renderings exist and say the same thing.
      const { bundle } = traceBundle(t.events, t.lost);
      expect(bundle['text/plain']).toContain('%trace:');
      expect(bundle['text/html']).toContain('<table');
      expect(bundle['image/svg+xml']).toMatch(/^<svg /);
    });
  }
});

describe('%trace on the lecture', () => {
  /** The result the caller got, as the trace reports it, for each traced function, in order. */
  async function results(rel: string) {
    const p = traced.find((x) => x.rel === rel)!;
    const t = await trace(p);
    const frames = new Map<number, string>();
    const out: { func: string; returned: string[]; got: string[] }[] = [];
    const returned = new Map<number, string[]>();
    for (const e of t.events) {
      if (e.kind === 'enter') frames.set(e.frame, e.func);
      if (e.kind === 'return') returned.set(e.frame, [...e.results]);
      if (e.kind === 'exit') out.push({ func: frames.get(e.frame)!, returned: returned.get(e.frame) ?? [], got: [...e.results] });
    }
    return { out, goPrinted: read(p, 'out').split('\n')[0]! };
  }

  it('defer-code-1: the return statement sets r = 5 and the caller gets what Go printed', async () => {
    const { out, goPrinted } = await results('lecture/defer-code-1.go');
    expect(out[0]!.func).toBe('main.f1');
    expect(out[0]!.got).toEqual([`r = ${goPrinted}`]);
    expect(out[0]!.returned).toEqual(out[0]!.got);
  });

  it('defer-code-2: the deferred closure changes its own copy; the caller gets what Go printed', async () => {
    const { out, goPrinted } = await results('lecture/defer-code-2.go');
    expect(out[0]!.got).toEqual([`r = ${goPrinted}`]);
    expect(out[0]!.returned).toEqual(out[0]!.got);
  });

  it('defer-code-3: return sets r = 1, the deferred call changes it, the caller gets what Go printed', async () => {
    const { out, goPrinted } = await results('lecture/defer-code-3.go');
    expect(out[0]!.returned).toEqual(['r = 1']);
    expect(out[0]!.got).toEqual([`r = ${goPrinted}`]);
    expect(out[0]!.got).not.toEqual(out[0]!.returned);
  });

  it('defer-code-7: thirty deferred calls in main run in reverse order of their defer statements', async () => {
    const p = traced.find((x) => x.rel === 'lecture/defer-code-7.go')!;
    const t = await trace(p);
    const runs = t.events.filter((e): e is Extract<TraceEvent, { kind: 'run' }> => e.kind === 'run').map((e) => e.index);
    const goLines = read(p, 'out').trimEnd().split('\n');
    expect(runs.length).toBe(goLines.length);
    expect(runs).toEqual(Array.from({ length: goLines.length }, (_, i) => goLines.length - i));
  });
});
