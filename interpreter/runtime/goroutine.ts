// A goroutine: a generator stack the scheduler resumes, with what Go's tracebacks print about it.

/** Why a goroutine is parked, in the words Go's tracebacks use (runtime's waitReasonStrings; Go
 *  1.23 reports WaitGroup.Wait as `semacquire`). */
export type WaitReason =
  | 'chan receive'
  | 'chan send'
  | 'chan receive (nil chan)'
  | 'chan send (nil chan)'
  | 'select'
  | 'select (no cases)'
  | 'sleep'
  | 'semacquire'
  | 'sync.Mutex.Lock'
  | 'sync.RWMutex.RLock'
  | 'sync.RWMutex.Lock'
  | 'sync.Cond.Wait'
  | 'IO wait';

/** One line pair of a Go traceback: `main.f(...)` then `\t./prog.go:12`. */
export interface Frame {
  /** The Go function name as tracebacks print it: "main.main", "main.main.func1", "main.(*T).M". */
  readonly func: string;
  /** "./prog.go"; empty when unknown. */
  readonly file: string;
  /** 0 when unknown. */
  readonly line: number;
}

/** Where a `go` statement was: the compiler passes one per `go` statement (all fields optional). */
export interface GoSite {
  /** The function the goroutine runs, as tracebacks print it ("main.worker", "main.main.func1"). */
  readonly entry?: string;
  /** The function holding the `go` statement ("main.main"). */
  readonly creator?: string;
  readonly file?: string;
  readonly line?: number;
  /** The statement calls a function value without parameters or results directly (gc wraps any
   *  other call in a closure): a nil one is a fatal error of the goroutine running the statement. */
  readonly direct?: boolean;
}

/** The generator a goroutine runs: what compiled Go functions that may block return. */
export type GoStack = Generator<unknown, unknown, unknown>;

export type GStatus = 'runnable' | 'running' | 'waiting' | 'dead';

export class Goroutine {
  status: GStatus = 'runnable';
  waitReason: WaitReason | '' = '';
  /** The value the next resume passes into the generator (the scheduler's PROBE, else nothing:
   *  blocking operations read their results from their own waiter records). */
  resume: unknown = undefined;
  /** The run queue's link. */
  next: Goroutine | null = null;
  /** The entry function's line for a trace when compiled code gives no frames (0: unknown). */
  line = 0;

  constructor(
    readonly id: number,
    readonly stack: GoStack,
    readonly site: GoSite,
    /** The id of the goroutine that ran the `go` statement (0 for main). */
    readonly parent: number,
  ) {}
}
