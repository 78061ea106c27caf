// Jupyter (Debian's jupyter_client) finds the kernelspec `golesson install --prefix` writes,
// with its logos, when JUPYTER_PATH points at the prefix.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { installTestKernelspec, python, pythonHas } from './kernelspec-fixture.js';

const available = pythonHas('jupyter_client');
if (!available) console.warn(`NOTICE: ${python} lacks jupyter_client (Debian python3-jupyter-client); skipping the kernelspec lookup`);

describe('installed kernelspec', () => {
  it.skipIf(!available)('is found by jupyter_client with language go, interrupt_mode message and logos', () => {
    const spec = installTestKernelspec();
    const script = [
      'import json',
      'from jupyter_client.kernelspec import KernelSpecManager',
      'print(json.dumps(KernelSpecManager().get_all_specs()["golesson"]))',
    ].join('\n');
    const r = spawnSync(python, ['-c', script], { env: spec.env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const found = JSON.parse(r.stdout);
    expect(found.resource_dir.startsWith(spec.prefix)).toBe(true);
    expect(found.spec).toMatchObject({ language: 'go', interrupt_mode: 'message', display_name: 'Go (golesson)' });
    expect(found.spec.argv.slice(-2)).toEqual(['-f', '{connection_file}']);
    const res = spawnSync(python, ['-c', 'import os,sys; print(sorted(os.listdir(sys.argv[1])))', found.resource_dir], { encoding: 'utf8' });
    expect(res.stdout.trim()).toBe("['kernel.json', 'logo-32x32.png', 'logo-64x64.png', 'logo-svg.svg']");
  });
});
