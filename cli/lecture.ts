// `golesson lecture`: the main job on a fresh machine after `npm ci`. Installs the kernelspec for the
// user, then opens notebooks/ in JupyterLab (or Jupyter Notebook) and prints its URL; without Jupyter,
// runs the lecture in the terminal and says how to install Jupyter.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoSession } from '../interpreter/api.js';
import { installCommand } from './install.js';
import { runHeadless } from './lecture-headless.js';

export const lectureUsage = `usage: golesson lecture [--lang zh|en] [--headless] [--no-install] [--no-browser] [--port N] [--ip ADDR] [NOTEBOOK...]

Opens the lecture notebooks (notebooks/zh: 中文, notebooks/en: English) in JupyterLab, or Jupyter
Notebook, after installing the golesson kernelspec for this user. Without Jupyter, or with
--headless, runs them in the terminal. NOTEBOOK selects notebooks by name (e.g. 01, escape).
--lang picks the edition for the terminal (default: from $LANG, zh for Chinese locales, else en).`;

const installHint = 'To use the notebooks in a browser, install Jupyter: sudo apt-get install jupyter-notebook python3-nbclient';

export interface LectureOptions {
  readonly lang: 'zh' | 'en';
  readonly headless: boolean;
  readonly install: boolean;
  readonly browser: boolean;
  readonly port?: string;
  readonly ip?: string;
  readonly names: readonly string[];
}

/** The edition the locale asks for: zh for Chinese locales, en otherwise. */
export function localeEdition(env: NodeJS.ProcessEnv = process.env): 'zh' | 'en' {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

export function parseLectureArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): LectureOptions | string {
  let lang = localeEdition(env);
  let headless = false;
  let install = true;
  let browser = true;
  let port: string | undefined;
  let ip: string | undefined;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (flag: string): string | undefined => (a.startsWith(`${flag}=`) ? a.slice(flag.length + 1) : argv[++i]);
    if (a === '--headless') headless = true;
    else if (a === '--no-install') install = false;
    else if (a === '--no-browser') browser = false;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = value('--lang');
      if (l !== 'zh' && l !== 'en') return `--lang is zh or en, got ${JSON.stringify(l ?? '')}`;
      lang = l;
    } else if (a === '--port' || a.startsWith('--port=')) {
      port = value('--port');
      if (!port || !/^\d+$/.test(port)) return '--port needs a number';
    } else if (a === '--ip' || a.startsWith('--ip=')) {
      ip = value('--ip');
      if (!ip) return '--ip needs an address';
    } else if (a.startsWith('-')) return `unexpected option ${JSON.stringify(a)}`;
    else names.push(a);
  }
  return { lang, headless, install, browser, names, ...(port === undefined ? {} : { port }), ...(ip === undefined ? {} : { ip }) };
}

/** The package root (holding notebooks/), from this file in cli/ or dist/cli/. */
export function packageRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const up of ['..', '../..']) {
    const root = resolve(here, up);
    try {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'golesson' && existsSync(join(root, 'notebooks'))) return root;
    } catch {
      // not this level
    }
  }
  throw new Error('cannot find the golesson package root (with notebooks/)');
}

/** The lecture notebooks of one edition, in order, optionally only those whose name matches. */
export function lectureNotebooks(root: string, lang: 'zh' | 'en', names: readonly string[] = []): string[] {
  const dir = join(root, 'notebooks', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.ipynb$/.test(f) && (names.length === 0 || names.some((n) => f.includes(n))))
    .sort()
    .map((f) => join(dir, f));
}

/** How to start a Jupyter front end: the program, its leading arguments and which one it is. */
export interface JupyterCommand {
  readonly kind: 'lab' | 'notebook';
  readonly command: string;
  readonly args: readonly string[];
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Debian's Jupyter lives in /usr/bin/python3; the python3 first on PATH may be another one. */
function pythonImports(python: string, module: string): boolean {
  if (!existsSync(python)) return false;
  return spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

/** JupyterLab if installed, else Jupyter Notebook, else undefined. */
export function findJupyter(env: NodeJS.ProcessEnv = process.env, python = '/usr/bin/python3'): JupyterCommand | undefined {
  const lab = onPath('jupyter-lab', env);
  if (lab) return { kind: 'lab', command: lab, args: [] };
  if (pythonImports(python, 'jupyterlab')) return { kind: 'lab', command: python, args: ['-m', 'jupyterlab'] };
  const nb = onPath('jupyter-notebook', env);
  if (nb) return { kind: 'notebook', command: nb, args: [] };
  if (pythonImports(python, 'notebook')) return { kind: 'notebook', command: python, args: ['-m', 'notebook'] };
  return undefined;
}

/** The address a Jupyter server announces in its log (with its token), if the line holds one. */
export function jupyterUrl(line: string): string | undefined {
  const m = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]|[\w.-]+):\d+\/[^\s]*/.exec(line);
  if (!m) return undefined;
  // Jupyter prints the same server under several names; the token-bearing one opens without a login.
  return m[0];
}

/** Starts Jupyter on notebooks/ and relays its log; resolves with its exit code. */
async function openInJupyter(jupyter: JupyterCommand, root: string, opts: LectureOptions): Promise<number> {
  const dir = join(root, 'notebooks');
  const headlessDisplay = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];
  const args = [...jupyter.args, `--notebook-dir=${dir}`];
  if (!opts.browser || headlessDisplay) args.push('--no-browser');
  if (opts.port) args.push(`--port=${opts.port}`);
  if (opts.ip) args.push(`--ip=${opts.ip}`);
  // Jupyter refuses to run as root without this; a fresh container is often root.
  if (process.getuid?.() === 0) args.push('--allow-root');
  const name = jupyter.kind === 'lab' ? 'JupyterLab' : 'Jupyter Notebook';
  process.stdout.write(`golesson lecture: starting ${name} on ${dir}\n`);
  const child = spawn(jupyter.command, args, { stdio: ['inherit', 'pipe', 'pipe'] });
  let announced = false;
  const scan = (chunk: Buffer, to: NodeJS.WriteStream): void => {
    to.write(chunk);
    if (announced) return;
    for (const line of chunk.toString('utf8').split('\n')) {
      const url = jupyterUrl(line);
      if (url && /[?&]token=/.test(url)) {
        announced = true;
        process.stdout.write(
          `\ngolesson lecture: open ${url}\n  notebooks: zh/ (中文) and en/ (English); kernel "Go (golesson)". Ctrl-C stops the server.\n\n`,
        );
        break;
      }
    }
  };
  child.stdout.on('data', (c: Buffer) => scan(c, process.stdout));
  child.stderr.on('data', (c: Buffer) => scan(c, process.stderr));
  // Ctrl-C reaches Jupyter too (same process group); it decides how to shut down.
  const ignore = (): void => {};
  process.on('SIGINT', ignore);
  try {
    return await new Promise<number>((done) => {
      child.on('error', (e) => {
        process.stderr.write(`golesson lecture: could not start ${name}: ${e.message}\n`);
        done(1);
      });
      child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
    });
  } finally {
    process.off('SIGINT', ignore);
  }
}

/** Loads the interpreter's notebook Session (interpreter/index.ts), if this build has it. */
async function loadSession(): Promise<(() => GoSession) | string> {
  const url = new URL('../interpreter/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return 'the Go interpreter (interpreter/index.ts) is not built yet';
  try {
    const mod = (await import(url.href)) as { Session?: new () => GoSession };
    if (typeof mod.Session !== 'function') return 'interpreter/index.ts does not export Session yet';
    const S = mod.Session;
    return () => new S();
  } catch (e) {
    return `the Go interpreter could not be loaded: ${(e as Error).message}`;
  }
}

/** Runs the lecture in the terminal. */
async function runInTerminal(root: string, opts: LectureOptions): Promise<number> {
  const notebooks = lectureNotebooks(root, opts.lang, opts.names);
  if (notebooks.length === 0) {
    process.stderr.write(`golesson lecture: no notebooks in ${join(root, 'notebooks', opts.lang)}${opts.names.length ? ` matching ${opts.names.join(', ')}` : ''}\n`);
    return 1;
  }
  const newSession = await loadSession();
  if (typeof newSession === 'string') {
    process.stderr.write(`golesson lecture: cannot run the lecture in the terminal: ${newSession}\n`);
    return 1;
  }
  const interrupt = new Int32Array(new SharedArrayBuffer(4));
  const onSigint = (): void => {
    if (Atomics.load(interrupt, 0) !== 0) process.exit(130);
    Atomics.store(interrupt, 0, 1);
  };
  process.on('SIGINT', onSigint);
  const color = process.stdout.isTTY === true && !process.env['NO_COLOR'];
  try {
    const summary = await runHeadless({
      notebooks,
      newSession,
      interrupt,
      out: {
        color,
        text: (s) => process.stdout.write(s),
        bytes: (stream, b) => (stream === 'stdout' ? process.stdout : process.stderr).write(Buffer.from(b, 'latin1')),
      },
    });
    process.stdout.write(
      `\ngolesson lecture: ${notebooks.length} notebooks, ${summary.cells} cells` +
        (summary.unexpectedErrors ? `, ${summary.unexpectedErrors} cells failed unexpectedly` : '') +
        (summary.missingMagics ? `, ${summary.missingMagics} magic cells need a newer golesson` : '') +
        '\n',
    );
    return summary.unexpectedErrors > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export async function lectureCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${lectureUsage}\n`);
    return 0;
  }
  const opts = parseLectureArgs(argv);
  if (typeof opts === 'string') {
    process.stderr.write(`golesson lecture: ${opts}\n${lectureUsage}\n`);
    return 2;
  }
  let root: string;
  try {
    root = packageRoot();
  } catch (e) {
    process.stderr.write(`golesson lecture: ${(e as Error).message}\n`);
    return 1;
  }
  // The kernelspec goes in first, also without Jupyter: a Jupyter installed later then finds it.
  if (opts.install) {
    const status = await installCommand(['--user']);
    if (status !== 0) return status;
  }
  const jupyter = opts.headless ? undefined : findJupyter();
  if (jupyter) return openInJupyter(jupyter, root, opts);
  if (!opts.headless) process.stdout.write(`golesson lecture: no Jupyter found; running the lecture in the terminal.\n${installHint}\n`);
  const status = await runInTerminal(root, opts);
  if (!opts.headless) process.stdout.write(`\n${installHint}\n  then run: npx golesson lecture\n`);
  return status;
}
