// jupyter-console (Debian) starts the installed golesson kernel and runs cells typed at its prompt.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { installTestKernelspec, python, pythonHas } from './kernelspec-fixture.js';

const available = pythonHas('jupyter_console');
if (!available) console.warn(`NOTICE: ${python} lacks jupyter_console (Debian jupyter-console); skipping the console run`);

describe('jupyter-console', () => {
  it.skipIf(!available)('runs cells at the console prompt', () => {
    const spec = installTestKernelspec();
    const input = ['1 + 2', 'package main; import "fmt"; func main() { fmt.Println("hello, world") }', ''].join('\n');
    const r = spawnSync(python, ['-m', 'jupyter_console', '--kernel', 'golesson', '--simple-prompt'], { env: spec.env, input, encoding: 'utf8', timeout: 60000 });
    expect(r.stdout, r.stderr).toMatch(/golesson [\d.]+: Go 1\.23/);
    expect(r.stdout).toMatch(/In \[1\]: Out\[1\]: 3\n/);
    expect(r.stdout).toMatch(/In \[2\]: hello, world\n/);
    expect(r.stdout).toMatch(/Shutting down kernel/);
  }, 90000);
});
