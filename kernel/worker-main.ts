// The worker thread: owns the Go session and runs cells, completions and lookups for the main
// thread, which keeps the sockets. Output leaves at once, chunk by chunk (see output.ts): a running
// program may not return to this thread's event loop until it ends.
import { parentPort, workerData } from 'node:worker_threads';
import type { GoSession, RunOptions } from '../interpreter/api.js';
import type { Bundle, CellEnd, FromWorker, PagePayload, ToWorker, WorkerData, WorkerResult } from './worker-protocol.js';
import { OutputLimiter } from './output.js';
import { runCell, toBytes, type StopReason } from './cell.js';
import type { CellIO } from './magics/magic.js';
import { builtinMagics } from './magics/builtin.js';
import { heapNearlyFull } from './memory.js';

const port = parentPort!;
const data = workerData as WorkerData;
const interruptFlag = new Int32Array(data.interrupt);
const magics = builtinMagics();
const post = (m: FromWorker): void => port.postMessage(m);

let session: GoSession | undefined;
let pendingInput: ((value: string | null) => void) | undefined;
/** Executions so far: each runs with its own seed (select's choices, unseeded math/rand), so
 *  re-running a cell may draw differently, while a notebook run from the top repeats exactly. */
let executions = 0;

async function load(): Promise<void> {
  try {
    const mod = (await import(data.sessionModule)) as { Session: new () => GoSession };
    session = new mod.Session();
    (await import('../interpreter/index.js')).setMemoryProbe(heapNearlyFull);
    post({ type: 'ready' });
  } catch (e) {
    post({ type: 'load_failed', message: `the Go interpreter could not be loaded: ${(e as Error).message}` });
  }
}

async function execute(code: string, allowStdin: boolean, silent: boolean): Promise<CellEnd & { payload: PagePayload[] }> {
  const payload: PagePayload[] = [];
  let stop: StopReason | undefined;
  let tail = '';
  const stream = (name: 'stdout' | 'stderr', text: string): void => {
    if (!silent) post({ type: 'stream', name, text });
  };
  const out = new OutputLimiter(stream, data.outputLimit, () => {
    stop = 'output-limit';
    Atomics.store(interruptFlag, 0, 1);
  });
  const display = (bundle: Bundle, id?: string, update = false): void => {
    if (!silent) post({ type: 'display', bundle: { ...bundle }, ...(id === undefined ? {} : { id }), update });
  };
  const io: CellIO = {
    stdout: (text) => out.write('stdout', toBytes(text)),
    stderr: (text) => out.write('stderr', toBytes(text)),
    display,
    page: (bundle) => payload.push({ source: 'page', data: { ...bundle }, start: 0 }),
  };
  const runOptions: RunOptions = {
    stdout: (bytes) => out.write('stdout', bytes),
    stderr: (bytes) => {
      // Trimmed now and then, not on every write: a flood on stderr must stay linear.
      tail += bytes;
      if (tail.length > 131072) tail = tail.slice(-65536);
      out.write('stderr', bytes);
    },
    display,
    clearOutput: (wait) => {
      if (!silent) post({ type: 'clear_output', wait });
    },
    interrupt: interruptFlag,
    seed: ++executions,
    readStdin: async () => {
      if (!allowStdin) return null;
      const value = await new Promise<string | null>((resolve) => {
        pendingInput = resolve;
        post({ type: 'input_request', prompt: '', password: false });
      });
      // An interrupt while waiting answers null and leaves the flag set: the run is then stopped.
      if (value === null) {
        if (Atomics.load(interruptFlag, 0) !== 0) stop ??= 'interrupt';
        return null;
      }
      return toBytes(value + '\n');
    },
  };
  const end = await runCell(code, {
    session: session!,
    magics,
    io,
    runOptions,
    stderrTail: () => tail,
    stopReason: () => stop,
  });
  return { ...end, payload };
}

async function handle(m: Exclude<ToWorker, { type: 'input_reply' }>): Promise<WorkerResult> {
  const s = session!;
  switch (m.type) {
    case 'execute':
      return { kind: 'execute', outcome: await execute(m.code, m.allowStdin, m.silent) };
    case 'complete': {
      const magic = /^%(\w*)$/.exec(m.code.slice(0, m.cursor).split('\n').pop() ?? '');
      if (magic && !m.code.slice(0, m.cursor).includes('\n')) {
        const names = magics.all().map((x) => `%${x.name}`).filter((n) => n.startsWith(`%${magic[1]}`));
        return { kind: 'complete', matches: names, start: 0, end: m.cursor };
      }
      const c = s.complete(m.code, m.cursor);
      return { kind: 'complete', matches: [...c.matches], start: c.start, end: c.end };
    }
    case 'inspect': {
      const r = s.inspect(m.code, m.cursor);
      return { kind: 'inspect', found: r.found, text: r.text };
    }
    case 'is_complete': {
      const lines = m.code.split('\n');
      while (lines.length > 0 && /^\s*(%.*)?$/.test(lines[0]!)) lines.shift();
      const body = lines.join('\n');
      if (body.trim() === '') return { kind: 'is_complete', completeness: { status: 'complete' } };
      return { kind: 'is_complete', completeness: s.isComplete(body) };
    }
  }
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'input_reply') {
    const resolve = pendingInput;
    pendingInput = undefined;
    resolve?.(m.value);
    return;
  }
  handle(m).then(
    (result) => post({ type: 'result', id: m.id, result }),
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      post({ type: 'failed', id: m.id, message: err.message, stack: err.stack ?? err.message });
    },
  );
});

void load();
