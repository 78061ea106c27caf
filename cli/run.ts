// `golesson run FILE.go [ARGS...]`: what `go run FILE.go` prints and how it exits; `golesson trace`
// does the same, then prints the defer/panic timeline.
import { readFileSync } from 'node:fs';
import { runInWorker } from './program-host.js';
import { goRunEpilogue, gcFileName } from '../interpreter/gorun.js';
import { terminalStdin } from './terminal-stdin.js';

export async function runCommand(argv: string[]): Promise<number> {
  return runOrTrace(argv, false);
}

/** `golesson trace FILE.go`: the run, then the defer/panic timeline as text. */
export async function traceCommand(argv: string[]): Promise<number> {
  return runOrTrace(argv, true);
}

async function runOrTrace(argv: string[], trace: boolean): Promise<number> {
  let seed: number | undefined;
  const rest = [...argv];
  while (rest[0]?.startsWith('-')) {
    const flag = rest.shift()!;
    if (flag === '-seed' || flag === '--seed') seed = Number(rest.shift());
    else if (flag.startsWith('-seed=')) seed = Number(flag.slice(6));
    else {
      process.stderr.write(`golesson: unknown flag ${flag}\n`);
      return 2;
    }
  }
  const path = rest.shift();
  if (!path || !path.endsWith('.go')) {
    process.stderr.write(`usage: golesson ${trace ? 'trace' : 'run'} [-seed N] FILE.go [ARGS...]\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`golesson: ${(e as Error).message}\n`);
    return 1;
  }
  const out = (fd: NodeJS.WriteStream) => (bytes: string) => fd.write(Buffer.from(bytes, 'latin1'));
  const interrupt = new Int32Array(new SharedArrayBuffer(4));
  const onSigint = () => Atomics.store(interrupt, 0, 1);
  process.on('SIGINT', onSigint);
  const stdin = terminalStdin();
  try {
    let timeline = '';
    const result = await runInWorker(
      { source, filename: gcFileName(path), args: rest, seed, trace },
      { stdout: out(process.stdout), stderr: out(process.stderr), readStdin: stdin.read, trace: (t) => (timeline = t) },
      interrupt,
    );
    const { stderr, exitCode } = goRunEpilogue(result);
    if (stderr) process.stderr.write(Buffer.from(stderr, 'latin1'));
    if (timeline) process.stdout.write(`\n${timeline}`);
    return exitCode;
  } finally {
    process.off('SIGINT', onSigint);
    stdin.close();
  }
}
