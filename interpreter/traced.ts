// Running a program for %trace: the tracer is installed for the run, sees the program's output in
// the order it happens, and gets the program's ending (and the goroutines it dropped).
import type { RunIO, RunResult } from './api.js';
import { setTracer } from './runtime/tracehook.js';
import { sched } from './runtime/scheduler.js';
import { Iface } from './runtime/iface.js';
import type { TypeDesc } from './runtime/typedesc.js';
import { sprintf } from './stdlib/fmt.js';
import { TraceRecorder, type TraceEvent } from './trace/events.js';

export interface TraceLog {
  readonly events: readonly TraceEvent[];
  /** Events not recorded because the run was very large. */
  readonly lost: number;
}

/** `%v` of a value of type t (interface values are already Iface or nil). */
function formatValue(t: { kind: string }, v: unknown): string {
  const arg = t.kind === 'Interface' ? (v as Iface | null) : new Iface(t as TypeDesc, v);
  return sprintf('%v', [arg]);
}

/** Runs `run` with a tracer listening; `io`'s writers are wrapped so output lands in the trace. */
export async function withTrace<R extends RunResult>(io: RunIO, run: (io: RunIO) => Promise<R>): Promise<{ result: R; trace: TraceLog }> {
  const rec = new TraceRecorder(formatValue, () => sched.current?.id ?? 1);
  const traced: RunIO = {
    ...io,
    stdout: (b) => {
      rec.output('stdout', b);
      io.stdout(b);
    },
    stderr: (b) => {
      rec.output('stderr', b);
      io.stderr(b);
    },
  };
  setTracer(rec);
  let result: R;
  try {
    result = await run(traced);
  } finally {
    setTracer(null);
  }
  const dropped = result.outcome === 'exited' ? [...sched.all.keys()].filter((id) => id !== 1) : [];
  rec.end(result.outcome, dropped);
  return { result, trace: { events: rec.events, lost: rec.dropped } };
}
