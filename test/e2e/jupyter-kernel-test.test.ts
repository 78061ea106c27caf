// jupyter_kernel_test (Debian's python3-jupyter-kernel-test) against the installed golesson
// kernelspec, with every sample attribute set: all its tests must run and pass.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { installTestKernelspec, python, pythonHas } from './kernelspec-fixture.js';
import { root } from '../kernel/client.js';

const available = pythonHas('jupyter_kernel_test');
if (!available) console.warn(`NOTICE: ${python} lacks jupyter_kernel_test (Debian python3-jupyter-kernel-test); skipping its run`);

describe('jupyter_kernel_test', () => {
  it.skipIf(!available)('passes every test with every sample attribute', () => {
    const spec = installTestKernelspec();
    const r = spawnSync(python, ['-m', 'unittest', 'discover', '-v', '-s', 'test/e2e', '-p', 'kernel_test_golesson.py'], {
      cwd: root,
      env: spec.env,
      encoding: 'utf8',
      timeout: 240000,
    });
    const out = r.stdout + r.stderr;
    expect(out, out).toMatch(/\nOK\n/);
    expect(r.status, out).toBe(0);
    expect(out).not.toMatch(/skipped/);
    const tests = ['kernel_info', 'execute_stdout', 'execute_stderr', 'completion', 'is_complete', 'pager', 'error', 'execute_result', 'display_data', 'history', 'inspect', 'clear_output'];
    for (const t of tests) expect(out).toMatch(new RegExp(`test_${t} \\([^)]*\\)( \\.\\.\\.|\\n[^\\n]*\\.\\.\\.) ok`));
  }, 300000);
});
