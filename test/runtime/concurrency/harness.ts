// Runs hand-written "compiled" programs (generator functions calling the runtime as compiled code
// does) through runMain and collects what they print.
import { runMain, type MainProgram } from '../../../interpreter/runtime/runmain.js';
import { writeStdout } from '../../../interpreter/runtime/process.js';
import type { RunOptions, RunResult } from '../../../interpreter/api.js';

export interface Ran {
  stdout: string;
  stderr: string;
  result: RunResult;
}

export const intElem = { zero: (): unknown => 0 };

export function println(...xs: unknown[]): void {
  writeStdout(xs.map(String).join(' ') + '\n');
}

export async function run(main: () => unknown, opts: Partial<RunOptions> = {}, extra: Partial<MainProgram> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const result = await runMain(
    { main, ...extra },
    {
      stdout: (b) => {
        stdout += b;
      },
      stderr: (b) => {
        stderr += b;
      },
      ...opts,
    },
  );
  return { stdout, stderr, result };
}
