// Installs the golesson kernelspec into a temporary prefix for the end-to-end tests (as
// `golesson install --prefix DIR` does) and gives the environment that makes Jupyter find it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installKernelspec } from '../../cli/install.js';
import { realSession, root } from '../kernel/client.js';

export const python = '/usr/bin/python3';

export interface InstalledSpec {
  readonly prefix: string;
  readonly name: string;
  readonly env: NodeJS.ProcessEnv;
}

export function installTestKernelspec(name = 'golesson'): InstalledSpec {
  const prefix = mkdtempSync(join(tmpdir(), 'golesson-e2e-'));
  const dir = installKernelspec({ where: { kind: 'prefix', dir: prefix }, name });
  if (!realSession || process.env['GOLESSON_KERNEL_DOUBLE']) {
    // Until the interpreter's Session is built, the kernel runs the test double.
    const file = join(dir, 'kernel.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as { argv: string[] };
    spec.argv = [process.execPath, join(root, 'test/kernel/double/start-kernel.mjs'), '-f', '{connection_file}'];
    writeFileSync(file, JSON.stringify(spec, null, 2));
  }
  const home = mkdtempSync(join(tmpdir(), 'golesson-e2e-home-'));
  return {
    prefix,
    name,
    env: {
      ...process.env,
      JUPYTER_PATH: join(prefix, 'share', 'jupyter'),
      // Keep the user's own Jupyter configuration and runtime files out of the tests.
      JUPYTER_CONFIG_DIR: join(home, 'config'),
      JUPYTER_DATA_DIR: join(home, 'data'),
      JUPYTER_RUNTIME_DIR: join(home, 'runtime'),
      IPYTHONDIR: join(home, 'ipython'),
      HOME: home,
      PYDEVD_DISABLE_FILE_VALIDATION: '1',
    },
  };
}

/** Whether Debian's python has a module; the tests that need it skip with a notice otherwise. */
export function pythonHas(module: string): boolean {
  return spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}
