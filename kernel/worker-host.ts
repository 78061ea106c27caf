// The main thread's handle on the worker that owns the Go session: requests and their answers,
// output events, stdin, interrupt through a shared flag, and replacing the worker when it dies
// (out of memory, or deaf to an interrupt) so the kernel itself stays up.
import { Worker } from 'node:worker_threads';
import type { Bundle, FromWorker, ToWorker, WorkerData, WorkerResult } from './worker-protocol.js';

export interface WorkerLimits {
  /** V8 heap of the worker (maxOldGenerationSizeMb). */
  readonly memoryMb: number;
  /** Young generation of the worker's heap: small keeps the idle kernel small (V8's default
   *  reserves tens of MB the Go session rarely needs). */
  readonly youngMb: number;
  /** Stack of the worker thread, so deep Go recursion fits before Go's own limit. */
  readonly stackMb: number;
  /** Resident size of the whole process that counts as out of memory (buffers live off-heap). */
  readonly rssLimitMb: number;
  /** Stream output per cell before it is cut. */
  readonly outputLimit: number;
  /** How long a run may ignore an interrupt before the worker is replaced. */
  readonly interruptGraceMs: number;
}

export const defaultLimits: WorkerLimits = {
  memoryMb: 1024,
  youngMb: 8,
  stackMb: 256,
  rssLimitMb: 1536,
  outputLimit: 1 << 20,
  interruptGraceMs: 3000,
};

/** Where a request's side effects go while it runs. */
export interface RunEvents {
  stream?(name: 'stdout' | 'stderr', text: string): void;
  display?(bundle: Bundle, id: string | undefined, update: boolean): void;
  clearOutput?(wait: boolean): void;
  /** The program reads stdin: answer with a line (without newline) or null for end of input. */
  input?(prompt: string, password: boolean): Promise<string | null>;
}

/** The worker was lost during a request; the session has been replaced by a fresh one. */
export class WorkerLost extends Error {
  constructor(readonly reason: 'out-of-memory' | 'unresponsive' | 'crashed', detail: string) {
    super(detail);
  }
}

/** The interpreter could not be loaded at all. */
export class SessionUnavailable extends Error {}

type ToWorkerRequest = ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export class WorkerHost {
  private worker!: Worker;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private ready!: Promise<void>;
  private nextId = 1;
  private current: { id: number; events: RunEvents; resolve(r: WorkerResult): void; reject(e: Error): void } | undefined;
  private lostReason: WorkerLost['reason'] | undefined;
  private interruptTimer: ReturnType<typeof setTimeout> | undefined;
  private rssTimer: ReturnType<typeof setInterval> | undefined;
  private stopping = false;

  constructor(
    private readonly sessionModule: string,
    private readonly limits: WorkerLimits,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    this.lostReason = undefined;
    const data: WorkerData = { interrupt: this.flag.buffer as SharedArrayBuffer, sessionModule: this.sessionModule, outputLimit: this.limits.outputLimit };
    const worker = new Worker(new URL('./worker-main.js', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: this.limits.youngMb, stackSizeMb: this.limits.stackMb },
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: FromWorker): void => {
        if (m.type === 'ready') resolve();
        else if (m.type === 'load_failed') reject(new SessionUnavailable(m.message));
        else this.onMessage(m);
      };
      worker.on('message', onMessage);
      worker.on('error', (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') this.lostReason ??= 'out-of-memory';
        this.log(`worker error: ${e.message}`);
      });
      worker.on('exit', (code) => {
        reject(new SessionUnavailable(`the Go session's thread exited (code ${code}) while starting`));
        this.onExit(worker, code);
      });
    });
    this.ready.catch(() => {});
  }

  /** Sends a request and resolves with its result; at most one request at a time (shell is serial). */
  async request(req: ToWorkerRequest, events: RunEvents = {}): Promise<WorkerResult> {
    // The request is current (and so interruptible) from now on, even while the worker starts.
    Atomics.store(this.flag, 0, 0);
    const id = this.nextId++;
    return new Promise<WorkerResult>((resolve, reject) => {
      this.current = { id, events, resolve, reject };
      this.ready.then(
        () => {
          if (this.current?.id !== id) return;
          this.worker.postMessage({ ...req, id } as ToWorker);
          if (req.type === 'execute') this.watchMemory();
        },
        (e: unknown) => reject(e as Error),
      );
    }).finally(() => {
      if (this.current?.id === id) this.current = undefined;
      this.stopWatching();
    });
  }

  /** Asks the running program to stop; a pending stdin read ends with no input. */
  interrupt(): void {
    if (!this.current) return;
    Atomics.store(this.flag, 0, 1);
    Atomics.notify(this.flag, 0);
    if (this.pendingInputCancel) this.pendingInputCancel();
    const worker = this.worker;
    this.interruptTimer ??= setTimeout(() => {
      this.interruptTimer = undefined;
      if (this.current && this.worker === worker) this.replace('unresponsive');
    }, this.limits.interruptGraceMs);
  }

  private pendingInputCancel: (() => void) | undefined;

  private onMessage(m: FromWorker): void {
    const cur = this.current;
    switch (m.type) {
      case 'ready':
      case 'load_failed':
        return;
      case 'stream':
        cur?.events.stream?.(m.name, m.text);
        return;
      case 'display':
        cur?.events.display?.(m.bundle, m.id, m.update);
        return;
      case 'clear_output':
        cur?.events.clearOutput?.(m.wait);
        return;
      case 'input_request': {
        const ask = cur?.events.input;
        if (!ask) {
          this.worker.postMessage({ type: 'input_reply', value: null } satisfies ToWorker);
          return;
        }
        let answered = false;
        const answer = (value: string | null): void => {
          if (answered) return;
          answered = true;
          this.pendingInputCancel = undefined;
          this.worker.postMessage({ type: 'input_reply', value } satisfies ToWorker);
        };
        this.pendingInputCancel = () => answer(null);
        ask(m.prompt, m.password).then(answer, () => answer(null));
        return;
      }
      case 'result':
        if (cur && cur.id === m.id) cur.resolve(m.result);
        return;
      case 'failed':
        if (cur && cur.id === m.id) {
          const e = new Error(m.message);
          e.stack = m.stack;
          cur.reject(e);
        }
        return;
    }
  }

  private onExit(worker: Worker, code: number): void {
    if (worker !== this.worker || this.stopping) return;
    const reason = this.lostReason ?? 'crashed';
    this.log(`the Go session's thread ended (${reason}, exit code ${code}); starting a new one`);
    const cur = this.current;
    this.current = undefined;
    this.pendingInputCancel = undefined;
    if (this.interruptTimer) clearTimeout(this.interruptTimer);
    this.interruptTimer = undefined;
    this.start();
    cur?.reject(new WorkerLost(reason, `the Go session's thread ended (${reason})`));
  }

  /** Ends the worker on purpose; the exit handler starts a fresh one and fails the request. */
  private replace(reason: WorkerLost['reason']): void {
    this.lostReason = reason;
    void this.worker.terminate();
  }

  /** Buffers live outside the worker's V8 heap, so the process's resident size is watched too. */
  private watchMemory(): void {
    this.rssTimer = setInterval(() => {
      if (process.memoryUsage.rss() > this.limits.rssLimitMb * 1024 * 1024) this.replace('out-of-memory');
    }, 100);
  }

  private stopWatching(): void {
    if (this.rssTimer) clearInterval(this.rssTimer);
    this.rssTimer = undefined;
    if (this.interruptTimer) clearTimeout(this.interruptTimer);
    this.interruptTimer = undefined;
  }

  get memoryLimitMb(): number {
    return this.limits.memoryMb;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.stopWatching();
    await this.worker.terminate();
  }
}
