// The timeline of a traced run: events become steps, each saying in words what happened, in which
// goroutine and function, at which line, and what the function's defer stack holds afterwards.
// Long repetitive stretches (defers in a loop of 10,000) are summarised, not listed.
import type { TraceEvent } from './events.js';

export type StepKind = TraceEvent['kind'] | 'summary';

export interface Step {
  readonly seq: number;
  readonly g: number;
  readonly kind: StepKind;
  /** The traced function the step belongs to ("" outside any). */
  readonly func: string;
  readonly frame: number;
  /** Nesting of traced functions in the goroutine (0 = outermost), for indentation. */
  readonly depth: number;
  readonly line: number | null;
  readonly text: string;
  /** The frame's pending deferred calls after this step, by their defer number (oldest first);
   *  for a deep stack only its ends (see stackSize). */
  readonly stack: readonly number[];
  /** How many deferred calls are pending (stack may show fewer). */
  readonly stackSize: number;
}

/** A deep defer stack is drawn by its bottom and top only. */
const stackBottom = 3;
const stackTop = 8;

export interface Frame {
  readonly id: number;
  readonly g: number;
  readonly func: string;
  readonly line: number;
  /** Deferred calls registered, by number: the line of the defer statement and the call. */
  readonly defers: Map<number, { line: number; call: string; args: readonly string[] }>;
  /** Results as the return statement set them, and as the caller got them. */
  returned: readonly string[] | null;
  got: readonly string[] | null;
  unwinding: 'panic' | 'goexit' | null;
  /** Deferred calls in the order they ran. */
  readonly ranOrder: number[];
}

export interface TraceModel {
  readonly steps: readonly Step[];
  readonly frames: ReadonlyMap<number, Frame>;
  /** Goroutines in order of first appearance. */
  readonly goroutines: readonly number[];
  readonly outcome: string;
  readonly dropped: readonly number[];
  /** Events the recorder did not keep (very large runs). */
  readonly lost: number;
  /** Largest defer stack seen, for scaling drawings. */
  readonly maxStack: number;
}

/** Steps of one frame beyond this many in a row of the same kind are summarised. */
const runLimit = 12;
const keepEnds = 5;

export function buildModel(events: readonly TraceEvent[], lost = 0): TraceModel {
  const frames = new Map<number, Frame>();
  const stacks = new Map<number, number[]>();
  const active = new Map<number, number[]>(); // goroutine -> frame ids, innermost last
  const goroutines: number[] = [];
  const raw: Step[] = [];
  let outcome = '';
  let dropped: readonly number[] = [];
  let maxStack = 0;

  const seeG = (g: number) => {
    if (!goroutines.includes(g)) goroutines.push(g);
    if (!active.has(g)) active.set(g, []);
  };
  const step = (e: { g: number }, kind: StepKind, frame: number, line: number | null, text: string) => {
    const f = frames.get(frame);
    const chain = active.get(e.g) ?? [];
    const depth = Math.max(0, f ? chain.indexOf(frame) : chain.length);
    const all = stacks.get(frame) ?? [];
    const stack = all.length <= stackBottom + stackTop ? [...all] : [...all.slice(0, stackBottom), ...all.slice(-stackTop)];
    maxStack = Math.max(maxStack, all.length);
    raw.push({ seq: raw.length, g: e.g, kind, func: f?.func ?? '', frame, depth, line, text, stack, stackSize: all.length });
  };
  const innermost = (g: number) => {
    const chain = active.get(g) ?? [];
    return chain[chain.length - 1] ?? 0;
  };

  for (const e of events) {
    if (e.kind !== 'end') seeG(e.g);
    switch (e.kind) {
      case 'enter':
        frames.set(e.frame, { id: e.frame, g: e.g, func: e.func, line: e.line, defers: new Map(), returned: null, got: null, unwinding: null, ranOrder: [] });
        stacks.set(e.frame, []);
        active.get(e.g)!.push(e.frame);
        step(e, 'enter', e.frame, e.line, `${e.func} starts`);
        break;
      case 'defer': {
        frames.get(e.frame)?.defers.set(e.index, { line: e.line, call: e.call, args: e.args });
        stacks.get(e.frame)?.push(e.index);
        const args = e.args.length > 0 ? `, arguments evaluated now: ${e.args.map((a, i) => (e.shared[i] ? `${a} (shared: later changes show)` : a)).join(', ')}` : '';
        step(e, 'defer', e.frame, e.line, `defer #${e.index} ${e.call}${args}`);
        break;
      }
      case 'return': {
        const f = frames.get(e.frame);
        if (f) f.returned = e.results;
        step(e, 'return', e.frame, e.line, e.results.length > 0 ? `return sets ${e.results.join(', ')}` : 'return');
        break;
      }
      case 'run': {
        const f = frames.get(e.frame);
        const d = f?.defers.get(e.index);
        const s = stacks.get(e.frame);
        if (s) {
          const i = s.lastIndexOf(e.index);
          if (i >= 0) s.splice(i, 1);
        }
        f?.ranOrder.push(e.index);
        const why = e.panicking ? ' while panicking' : '';
        step(e, 'run', e.frame, d?.line ?? null, `#${e.index} runs${why}: ${d?.call ?? '?'} (deferred at line ${d?.line ?? '?'})`);
        break;
      }
      case 'ran':
        step(e, 'ran', e.frame, null, `#${e.index} done`);
        break;
      case 'exit': {
        const f = frames.get(e.frame);
        let text: string;
        if (e.unwinding) text = e.unwinding === 'panic' ? `${f?.func ?? '?'} unwinds: the panic goes on to its caller` : `${f?.func ?? '?'} ends its goroutine (runtime.Goexit)`;
        else {
          text = e.results.length > 0 ? `${f?.func ?? '?'} returns ${e.results.join(', ')}` : `${f?.func ?? '?'} returns`;
          const before = f?.returned?.join(', ');
          const after = e.results.join(', ');
          if (f?.returned && before !== after) text += ` (the return statement set ${before}; deferred calls changed it)`;
        }
        if (f) {
          f.got = e.unwinding ? null : e.results;
          f.unwinding = e.unwinding;
        }
        step(e, 'exit', e.frame, null, text);
        const chain = active.get(e.g)!;
        const i = chain.lastIndexOf(e.frame);
        if (i >= 0) chain.splice(i, 1);
        break;
      }
      case 'panic':
        step(e, 'panic', innermost(e.g), e.line || null, `panic(${e.value})`);
        break;
      case 'recover':
        step(e, 'recover', innermost(e.g), e.line || null, e.value === 'nil' ? 'recover() returns nil (no panic to stop here)' : `recover() returns ${e.value}: the panic stops`);
        break;
      case 'goexit':
        step(e, 'goexit', innermost(e.g), e.line || null, 'runtime.Goexit(): deferred calls run, then the goroutine ends');
        break;
      case 'go':
        seeG(e.child);
        step(e, 'go', innermost(e.g), e.line || null, `go ${e.func} starts goroutine ${e.child}`);
        break;
      case 'output':
        step(e, 'output', innermost(e.g), null, `prints ${JSON.stringify(e.text)}`);
        break;
      case 'end':
        outcome = e.outcome;
        dropped = e.dropped;
        break;
    }
  }
  return { steps: summarise(raw), frames, goroutines, outcome, dropped, lost, maxStack };
}

/** Long runs of same-kind steps of one frame keep their ends and a count in between. */
function summarise(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  let i = 0;
  while (i < steps.length) {
    const s = steps[i]!;
    let j = i + 1;
    // A run: the same frame, and kinds that repeat (defer..., or run/ran/output cycles).
    while (j < steps.length && steps[j]!.frame === s.frame && steps[j]!.g === s.g && sameFamily(steps[j]!.kind, s.kind)) j++;
    const n = j - i;
    if (n > runLimit) {
      out.push(...steps.slice(i, i + keepEnds));
      const hidden = steps.slice(i + keepEnds, j - keepEnds);
      const defers = hidden.filter((h) => h.kind === 'defer').length;
      const runs = hidden.filter((h) => h.kind === 'run').length;
      const what = [defers > 0 ? `${defers} more defer statements` : '', runs > 0 ? `${runs} more deferred calls` : '']
        .filter(Boolean).join(' and ') || `${hidden.length} more steps`;
      const last = hidden[hidden.length - 1]!;
      out.push({ ...last, kind: 'summary', line: null, text: `… ${what} …` });
      out.push(...steps.slice(j - keepEnds, j));
    } else out.push(...steps.slice(i, j));
    i = j;
  }
  return out.map((s, k) => ({ ...s, seq: k }));
}

function sameFamily(a: StepKind, b: StepKind): boolean {
  const cycle = (k: StepKind) => k === 'run' || k === 'ran' || k === 'output';
  return a === b || (cycle(a) && cycle(b));
}
