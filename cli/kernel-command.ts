// `golesson kernel -f CONNECTION_FILE`: what kernel.json runs; serves one Jupyter kernel.
import { runKernel } from '../kernel/run.js';

export const kernelUsage = 'usage: golesson kernel -f CONNECTION_FILE';

/** Resolves with the exit code once the kernel has stopped (or could not start). */
export async function kernelCommand(argv: readonly string[]): Promise<number> {
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-f' || a === '--connection-file') file = argv[++i];
    else if (a.startsWith('--connection-file=')) file = a.slice('--connection-file='.length);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${kernelUsage}\n`);
      return 0;
    } else {
      process.stderr.write(`golesson kernel: unexpected argument ${JSON.stringify(a)}\n${kernelUsage}\n`);
      return 2;
    }
  }
  if (file === undefined || file === '') {
    process.stderr.write(`golesson kernel: missing connection file\n${kernelUsage}\n`);
    return 2;
  }
  return runKernel({ connectionFile: file });
}
