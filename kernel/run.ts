// Running a kernel as a process: read the connection file, start, and stop cleanly on
// shutdown_request, SIGTERM, or when the process that started us (JPY_PARENT_PID) is gone.
import { ConnectionFileError, readConnectionFile } from './connection.js';
import { Kernel, type KernelOptions } from './kernel.js';

export interface RunKernelOptions {
  readonly connectionFile: string;
  readonly sessionModule?: string;
  readonly limits?: KernelOptions['limits'];
}

/** Limits from the environment: GOLESSON_MEMORY_MB caps the Go session's memory (default 1024);
 *  the whole process may use 512 MB more (sockets, buffers outside the V8 heap). */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): KernelOptions['limits'] {
  const mb = Number(env['GOLESSON_MEMORY_MB']);
  if (!Number.isInteger(mb) || mb <= 0) return undefined;
  return { memoryMb: mb, rssLimitMb: mb + 512 };
}

/** Serves a kernel in this process; resolves with the exit code once it has stopped. */
export async function runKernel(opts: RunKernelOptions): Promise<number> {
  let connection;
  try {
    connection = readConnectionFile(opts.connectionFile);
  } catch (e) {
    if (e instanceof ConnectionFileError) {
      process.stderr.write(`golesson kernel: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let stopped!: (code: number) => void;
  const done = new Promise<number>((resolve) => (stopped = resolve));
  const kernel: Kernel = new Kernel({
    connection,
    ...(opts.sessionModule === undefined ? {} : { sessionModule: opts.sessionModule }),
    limits: { ...limitsFromEnv(), ...opts.limits },
    onShutdown: () => {
      process.exitCode = 0;
      stopped(0);
      // Whatever might still hold the event loop (a stuck zeromq close), the process ends.
      setTimeout(() => process.exit(0), 2000).unref();
    },
  });
  try {
    await kernel.start();
  } catch (e) {
    process.stderr.write(`golesson kernel: cannot bind the sockets of ${opts.connectionFile}: ${(e as Error).message}\n`);
    return 3;
  }
  // Interrupts also arrive as signals from clients that ignore interrupt_mode "message".
  process.on('SIGINT', () => kernel.interrupt());
  process.on('SIGTERM', () => void kernel.close());
  const parent = Number(process.env['JPY_PARENT_PID']);
  if (Number.isInteger(parent) && parent > 1) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch (e) {
        // EPERM means alive but not ours to signal; only a vanished parent ends the kernel.
        if ((e as NodeJS.ErrnoException).code === 'ESRCH') void kernel.close();
      }
    }, 1000).unref();
  }
  return done;
}
