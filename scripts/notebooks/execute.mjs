#!/usr/bin/env node
// Re-executes the lecture notebooks through the installed golesson kernelspec with nbclient
// (Debian's python3-nbclient, via scripts/notebooks/nb_execute.py) and stores their outputs; with
// --check, executes them without writing and compares every output with the stored one.
//
//   node scripts/notebooks/execute.mjs                 execute every notebook, save the outputs
//   node scripts/notebooks/execute.mjs --check         execute, compare, write nothing (exit 1 on a difference)
//   options: --lang zh|en   one edition only
//            --temp-kernelspec   install the kernelspec into a temporary prefix first (CI, tests),
//                                instead of using the one installed for the user
//            --kernel NAME  (default golesson)   --timeout SECONDS (per cell, default 120)
//            --jobs N       notebooks executed at once (default 2)
//            NAME...        only notebooks whose file name contains one of these
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputDifferences } from './compare-outputs.mjs';
import { EDITIONS, serializeNotebook } from './notebook-source.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
const NOTEBOOKS = join(ROOT, 'notebooks');

/** Debian's Jupyter lives in /usr/bin/python3; the python3 first on PATH may be another one. */
export function python() {
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** Whether nbclient can be imported by python(). */
export function hasNbclient() {
  const r = spawnSync(python(), ['-c', 'import nbclient, nbformat, jupyter_client'], { stdio: 'ignore' });
  return r.status === 0;
}

/** The notebooks to run: notebooks/<edition>/NN-*.ipynb, filtered. */
export function notebookPaths(editions = EDITIONS, names = []) {
  const out = [];
  for (const e of editions) {
    const dir = join(NOTEBOOKS, e);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort()) {
      if (names.length === 0 || names.some((n) => f.includes(n))) out.push(join(dir, f));
    }
  }
  return out;
}

/**
 * Installs the kernelspec into a fresh temporary prefix with `golesson install --prefix` and
 * returns the JUPYTER_PATH entry that makes Jupyter find it, and a clean-up function.
 */
export function installTempKernelspec() {
  const prefix = mkdtempSync(join(tmpdir(), 'golesson-kernelspec-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'golesson.js'), 'install', '--prefix', prefix], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`golesson install --prefix failed (status ${r.status}):\n${r.stdout}${r.stderr}`);
  }
  return { jupyterPath: join(prefix, 'share', 'jupyter'), cleanup: () => rmSync(prefix, { recursive: true, force: true }) };
}

/** Runs nb_execute.py on one notebook, writing the executed copy to `out`. */
function runOne(path, out, { kernel, timeout, env }) {
  return new Promise((resolve) => {
    const child = spawn(python(), [join(HERE, 'nb_execute.py'), '--kernel', kernel, '--timeout', String(timeout), path, out], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (status) => resolve({ status: status ?? 1, log }));
  });
}

/**
 * Executes notebooks. In check mode nothing is written and each result lists the cells whose
 * outputs differ from the stored ones; otherwise executed notebooks replace the stored ones.
 * @param {{ check?: boolean, editions?: readonly string[], names?: string[], kernel?: string,
 *           timeout?: number, jobs?: number, jupyterPath?: string, log?: (line: string) => void }} opts
 * @returns {Promise<{ path: string, ok: boolean, problems: string[], log: string, status: number }[]>}
 */
export async function executeNotebooks(opts = {}) {
  const { check = false, kernel = 'golesson', timeout = 120, jobs = 2, log = () => {} } = opts;
  const paths = notebookPaths(opts.editions ?? EDITIONS, opts.names ?? []);
  const env = { ...process.env };
  if (opts.jupyterPath) env.JUPYTER_PATH = env.JUPYTER_PATH ? `${opts.jupyterPath}:${env.JUPYTER_PATH}` : opts.jupyterPath;
  const work = mkdtempSync(join(tmpdir(), 'golesson-notebooks-'));
  const results = [];
  try {
    let next = 0;
    const worker = async () => {
      while (next < paths.length) {
        const path = paths[next++];
        const rel = path.slice(ROOT.length + 1);
        const out = join(work, `${basename(dirname(path))}-${basename(path)}`);
        log(`${rel}: executing...`);
        const r = await runOne(path, out, { kernel, timeout, env });
        if (r.status !== 0 || !existsSync(out)) {
          results.push({ path, ok: false, problems: [`execution failed (status ${r.status})`], log: r.log, status: r.status });
          log(`${rel}: FAILED\n${r.log.trimEnd()}`);
          continue;
        }
        const stored = JSON.parse(readFileSync(path, 'utf8'));
        const executed = JSON.parse(readFileSync(out, 'utf8'));
        const problems = outputDifferences(stored, executed);
        if (check) {
          results.push({ path, ok: problems.length === 0, problems, log: r.log, status: 0 });
          log(`${rel}: ${problems.length === 0 ? 'outputs as stored' : `${problems.length} cells differ`}`);
        } else {
          writeFileSync(path, serializeNotebook(executed));
          results.push({ path, ok: true, problems: [], log: r.log, status: 0 });
          const cells = executed.cells.filter((c) => c.cell_type === 'code').length;
          log(`${rel}: ${cells} code cells executed, saved${problems.length ? ` (${problems.length} cells changed)` : ''}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, paths.length)) }, worker));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  results.sort((a, b) => a.path.localeCompare(b.path));
  return results;
}

function parseArgs(argv) {
  const o = { check: false, editions: EDITIONS, names: [], kernel: 'golesson', timeout: 120, jobs: 2, temp: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--check') o.check = true;
    else if (a === '--temp-kernelspec') o.temp = true;
    else if (a === '--lang') {
      const l = value();
      if (!EDITIONS.includes(l)) throw new Error(`--lang is one of ${EDITIONS.join(', ')}`);
      o.editions = [l];
    } else if (a === '--kernel') o.kernel = value();
    else if (a === '--timeout') o.timeout = Number(value());
    else if (a === '--jobs') o.jobs = Number(value());
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else o.names.push(a);
  }
  return o;
}

async function main(argv) {
  const o = parseArgs(argv);
  if (!hasNbclient()) {
    console.error(`nbclient is not available to ${python()}; install it with: apt-get install python3-nbclient`);
    return 4;
  }
  let temp = null;
  if (o.temp) temp = installTempKernelspec();
  try {
    const results = await executeNotebooks({ ...o, jupyterPath: temp?.jupyterPath, log: (l) => console.log(l) });
    if (results.length === 0) {
      console.error('no notebooks found (run node scripts/notebooks/generate.mjs)');
      return 1;
    }
    let bad = 0;
    for (const r of results) {
      if (r.ok) continue;
      bad++;
      if (r.status === 3) {
        console.error(r.log.trim());
        return 3;
      }
      for (const p of r.problems) console.error(`${r.path.slice(ROOT.length + 1)}: ${p}`);
    }
    console.log(`${results.length - bad}/${results.length} notebooks ${o.check ? 're-ran to their stored outputs' : 'executed'}`);
    return bad ? 1 : 0;
  } finally {
    temp?.cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
