#!/usr/bin/env node
// Benchmarks: runs each bench/*.go program with golesson and, when Go 1.23 is installed, natively,
// and prints the median times and their ratio. Not a test: nothing here passes or fails on time.
//
//   npm run bench                       every program (builds a private copy of dist/ first)
//   npm run bench -- fib int-loop       programs whose name contains a part
//   npm run bench -- --runs 5 --no-build   use the existing dist/
//
// golesson's time is runProgram (parse, check, compile, run) in a fresh Node process, measured
// inside that process, so Node's own start-up is left out; Go's is the built binary's wall time
// (built once, outside the timing). Both print the program's output, which must agree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const GO = '/usr/lib/go-1.23/bin/go';

/** Child mode: run one program in this process and report the time runProgram took. */
async function once(dist, file) {
  const { runProgram } = await import(pathToFileURL(join(dist, 'interpreter', 'index.js')).href);
  const source = readFileSync(file, 'utf8');
  let stdout = '';
  let stderr = '';
  const start = process.hrtime.bigint();
  const result = await runProgram(source, {
    filename: `./${basename(file)}`,
    stdout: (b) => (stdout += b),
    stderr: (b) => (stderr += b),
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, stdout, stderr, outcome: result.outcome }));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function golessonTimes(dist, file, runs) {
  const times = [];
  let output;
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--once', dist, file], {
      encoding: 'latin1',
      maxBuffer: 1 << 28,
      timeout: 600000,
    });
    if (r.status !== 0) {
      const lines = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n');
      return { error: lines.find((l) => /error/i.test(l)) ?? lines.slice(0, 2).join(' | ') };
    }
    const rep = JSON.parse(r.stdout);
    if (rep.outcome !== 'exited') return { error: `${rep.outcome}: ${rep.stderr.split('\n').slice(0, 3).join(' | ')}` };
    times.push(rep.ms);
    output = rep.stdout;
  }
  return { ms: median(times), output };
}

function goTimes(file, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'golesson-bench-'));
  try {
    const bin = join(dir, 'prog');
    const b = spawnSync(GO, ['build', '-o', bin, basename(file)], {
      cwd: dirname(file),
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off', GO111MODULE: 'off' },
      encoding: 'utf8',
    });
    if (b.status !== 0) return { error: b.stderr.trim() };
    const times = [];
    let output;
    for (let k = 0; k < runs; k++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(bin, [], { encoding: 'latin1', maxBuffer: 1 << 28 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (r.status !== 0) return { error: r.stderr.trim() };
      output = r.stdout;
    }
    return { ms: median(times), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv) {
  let runs = 3;
  let build = true;
  const parts = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--no-build') build = false;
    else parts.push(argv[i]);
  }
  // A private build, so that others rebuilding dist/ meanwhile cannot change the code under test.
  let dist = join(root, 'dist');
  let buildDir;
  if (build) {
    buildDir = mkdtempSync(join(tmpdir(), 'golesson-bench-build-'));
    dist = join(buildDir, 'dist');
    process.stderr.write(`building into ${dist} (tsc)...\n`);
    const t = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--outDir', dist], { cwd: root, encoding: 'utf8' });
    if (t.status !== 0) process.stderr.write(`tsc reported errors (the build may be incomplete):\n${t.stdout.split('\n').slice(0, 5).join('\n')}\n`);
  }
  if (!existsSync(join(dist, 'interpreter', 'index.js'))) {
    console.error(`bench: ${join(dist, 'interpreter', 'index.js')} is missing; run npx tsc -p tsconfig.json`);
    process.exit(1);
  }
  const haveGo = existsSync(GO);
  const files = readdirSync(here)
    .filter((n) => n.endsWith('.go') && (parts.length === 0 || parts.some((p) => n.includes(p))))
    .sort()
    .map((n) => join(here, n));
  console.log(`median of ${runs} runs each; golesson = runProgram in a fresh process${haveGo ? '; go = built binary' : '; Go 1.23 not installed'}`);
  const header = ['program', 'golesson ms', 'go ms', 'ratio', 'note'];
  const rows = [];
  for (const file of files) {
    const name = basename(file, '.go');
    process.stderr.write(`${name}...\n`);
    const g = golessonTimes(dist, file, runs);
    const n = haveGo ? goTimes(file, Math.max(runs, 5)) : undefined;
    let note = '';
    if (g.error) note = `golesson: ${g.error}`.slice(0, 100);
    else if (n?.error) note = `go: ${n.error}`.slice(0, 100);
    else if (n && n.output !== g.output) note = 'OUTPUT DIFFERS';
    const ratio = g.ms !== undefined && n?.ms !== undefined ? `${(g.ms / n.ms).toFixed(1)}x` : '-';
    rows.push([name, g.ms?.toFixed(0) ?? '-', n?.ms?.toFixed(0) ?? '-', ratio, note]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
}

if (process.argv[2] === '--once') await once(process.argv[3], process.argv[4]);
else await main(process.argv.slice(2));
