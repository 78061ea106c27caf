// Starts a kernel (from dist/) whose worker runs the session TEST DOUBLE; used by the kernel tests
// with GOLESSON_KERNEL_DOUBLE=1 or when the interpreter is not built. Usage: node start-kernel.mjs -f CONNECTION_FILE
import { runKernel } from '../../../dist/kernel/run.js';

const i = process.argv.indexOf('-f');
const code = await runKernel({
  connectionFile: process.argv[i + 1],
  sessionModule: new URL('./session-double.mjs', import.meta.url).href,
});
process.exitCode = code;
