// `golesson install [--user | --sys-prefix | --prefix DIR] [--name NAME]`: writes the kernelspec
// (kernelspec/kernel.json with argv pointing at this installation, and the logos) where
// `jupyter kernelspec install` would put it. Needs no Python.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const installUsage = 'usage: golesson install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--display-name TEXT]';

const logos = ['logo-32x32.png', 'logo-64x64.png', 'logo-svg.svg'] as const;

/** The package root (holding bin/ and kernelspec/), from this file in cli/ or dist/cli/. */
function packageRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const up of ['..', '../..']) {
    const root = resolve(here, up);
    try {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'golesson') return root;
    } catch {
      // not this level
    }
  }
  throw new Error('cannot find the golesson package root');
}

/** Jupyter's user data directory, as jupyter_core computes it. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['JUPYTER_DATA_DIR']) return env['JUPYTER_DATA_DIR'];
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Jupyter');
  if (process.platform === 'win32') return join(env['APPDATA'] ?? homedir(), 'jupyter');
  return join(env['XDG_DATA_HOME'] || join(homedir(), '.local', 'share'), 'jupyter');
}

/** Python's sys.prefix for --sys-prefix: the active environment, else the python3 on PATH. */
function sysPrefix(env: NodeJS.ProcessEnv = process.env): string {
  if (env['VIRTUAL_ENV']) return env['VIRTUAL_ENV'];
  if (env['CONDA_PREFIX']) return env['CONDA_PREFIX'];
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.prefix)'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim() !== '') return r.stdout.trim();
  return process.platform === 'win32' ? join(env['PROGRAMDATA'] ?? 'C:\\ProgramData') : '/usr';
}

export interface InstallOptions {
  readonly where: { readonly kind: 'system' } | { readonly kind: 'user' } | { readonly kind: 'sys-prefix' } | { readonly kind: 'prefix'; readonly dir: string };
  readonly name: string;
  readonly displayName?: string;
}

export function parseInstallArgs(argv: readonly string[]): InstallOptions | string {
  let where: InstallOptions['where'] = { kind: 'system' };
  let name = 'golesson';
  let displayName: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (flag: string): string | undefined => {
      if (a.startsWith(`${flag}=`)) return a.slice(flag.length + 1);
      return argv[++i];
    };
    if (a === '--user') where = { kind: 'user' };
    else if (a === '--sys-prefix') where = { kind: 'sys-prefix' };
    else if (a === '--prefix' || a.startsWith('--prefix=')) {
      const dir = value('--prefix');
      if (!dir) return '--prefix needs a directory';
      where = { kind: 'prefix', dir };
    } else if (a === '--name' || a.startsWith('--name=')) {
      const n = value('--name');
      if (!n || !/^[a-zA-Z0-9._-]+$/.test(n)) return `--name must be letters, digits, '.', '_' or '-', got ${JSON.stringify(n ?? '')}`;
      name = n;
    } else if (a === '--display-name' || a.startsWith('--display-name=')) {
      const d = value('--display-name');
      if (!d) return '--display-name needs a text';
      displayName = d;
    } else return `unexpected argument ${JSON.stringify(a)}`;
  }
  return { where, name, ...(displayName === undefined ? {} : { displayName }) };
}

/** The kernels directory the options select (…/share/jupyter/kernels or the user's). */
export function kernelsDir(where: InstallOptions['where']): string {
  switch (where.kind) {
    case 'user':
      return join(userDataDir(), 'kernels');
    case 'sys-prefix':
      return join(sysPrefix(), 'share', 'jupyter', 'kernels');
    case 'prefix':
      return join(resolve(where.dir), 'share', 'jupyter', 'kernels');
    case 'system':
      return process.platform === 'win32' ? join(process.env['PROGRAMDATA'] ?? 'C:\\ProgramData', 'jupyter', 'kernels') : '/usr/local/share/jupyter/kernels';
  }
}

/** The template's argv for this installation: this Node and this package's bin/golesson.js. The
 *  template's Node flags stay: a small young generation for the kernel's own thread and one V8
 *  helper thread keep an idle kernel's memory low (docs/kernel.md). */
export function installedArgv(template: readonly string[], root: string): string[] {
  return template.map((a) => (a === 'node' ? process.execPath : a === 'bin/golesson.js' ? join(root, 'bin', 'golesson.js') : a));
}

/** Writes the kernelspec; returns the directory written. */
export function installKernelspec(opts: InstallOptions): string {
  const root = packageRoot();
  const spec = JSON.parse(readFileSync(join(root, 'kernelspec', 'kernel.json'), 'utf8')) as { argv: string[]; display_name: string };
  spec.argv = installedArgv(spec.argv, root);
  if (opts.displayName !== undefined) spec.display_name = opts.displayName;
  const dir = join(kernelsDir(opts.where), opts.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kernel.json'), JSON.stringify(spec, null, 2) + '\n');
  for (const logo of logos) copyFileSync(join(root, 'kernelspec', logo), join(dir, logo));
  return dir;
}

export async function installCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${installUsage}\n`);
    return 0;
  }
  const opts = parseInstallArgs(argv);
  if (typeof opts === 'string') {
    process.stderr.write(`golesson install: ${opts}\n${installUsage}\n`);
    return 2;
  }
  try {
    const dir = installKernelspec(opts);
    process.stdout.write(`Installed kernelspec ${opts.name} in ${dir}\n`);
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const hint = err.code === 'EACCES' || err.code === 'EPERM' ? ' (use --user to install for this user only)' : '';
    process.stderr.write(`golesson install: ${err.message}${hint}\n`);
    return 1;
  }
}
