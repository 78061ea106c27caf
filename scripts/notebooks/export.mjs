#!/usr/bin/env node
// Exports the lecture notebooks as course material with nbconvert (Debian's python3-nbconvert) into
// the git-ignored export/ folder: export/html/<edition>/NN-*.html and export/markdown/<edition>/…
// (Go highlighted by pygments through the notebooks' language_info; %escape and %trace displays kept
// as their text/html). Optional: reveal.js slides (--slides) and PDF (--pdf, when xelatex exists).
//
//   node scripts/notebooks/export.mjs [--lang zh|en] [--slides] [--pdf] [--out DIR] [NAME...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notebookPaths, python, ROOT } from './execute.mjs';
import { EDITIONS } from './notebook-source.mjs';

/** Formats: nbconvert exporter name, folder under export/, and the file extension it writes. */
const FORMATS = {
  html: { to: 'html', ext: '.html' },
  markdown: { to: 'markdown', ext: '.md' },
  slides: { to: 'slides', ext: '.slides.html' },
  pdf: { to: 'pdf', ext: '.pdf' },
};

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function hasNbconvert() {
  return spawnSync(python(), ['-c', 'import nbconvert'], { stdio: 'ignore' }).status === 0;
}

/**
 * Exports every selected notebook in every selected format.
 * @param {{ editions?: readonly string[], names?: string[], formats?: (keyof typeof FORMATS)[], out?: string,
 *           log?: (line: string) => void }} opts
 * @returns {{ file: string, ok: boolean, message: string }[]}
 */
export function exportNotebooks(opts = {}) {
  const { formats = ['html', 'markdown'], out = join(ROOT, 'export'), log = () => {} } = opts;
  const results = [];
  for (const edition of opts.editions ?? EDITIONS) {
    const nbs = notebookPaths([edition], opts.names ?? []);
    if (nbs.length === 0) continue;
    for (const f of formats) {
      const dir = join(out, f, edition);
      mkdirSync(dir, { recursive: true });
      // One nbconvert run per edition and format: starting Python and Jupyter dominates the time.
      const r = spawnSync(python(), ['-m', 'nbconvert', '--to', FORMATS[f].to, '--output-dir', dir, ...nbs], { encoding: 'utf8' });
      for (const nb of nbs) {
        const file = join(dir, basename(nb, '.ipynb') + FORMATS[f].ext);
        const ok = r.status === 0 && existsSync(file);
        const message = ok ? '' : (r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n');
        results.push({ file, ok, message });
        log(`${file.slice(resolve(out).length + 1)}: ${ok ? 'written' : `FAILED\n${message}`}`);
      }
    }
  }
  return results;
}

function main(argv) {
  let editions = EDITIONS;
  const formats = ['html', 'markdown'];
  const names = [];
  let out = join(ROOT, 'export');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang') {
      const l = argv[++i];
      if (!EDITIONS.includes(l)) throw new Error(`--lang is one of ${EDITIONS.join(', ')}`);
      editions = [l];
    } else if (a === '--slides') formats.push('slides');
    else if (a === '--pdf') {
      if (onPath('xelatex')) formats.push('pdf');
      else console.error('--pdf: skipped, xelatex is not installed (apt-get install texlive-xetex texlive-fonts-recommended texlive-plain-generic)');
    } else if (a === '--out') out = resolve(argv[++i]);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else names.push(a);
  }
  if (!hasNbconvert()) {
    console.error(`nbconvert is not available to ${python()}; install it with: apt-get install python3-nbconvert`);
    return 4;
  }
  const results = exportNotebooks({ editions, names, formats, out, log: (l) => console.log(l) });
  if (results.length === 0) {
    console.error('no notebooks found (run node scripts/notebooks/generate.mjs)');
    return 1;
  }
  const bad = results.filter((r) => !r.ok).length;
  console.log(`${results.length - bad}/${results.length} files written under ${out}`);
  // Exports show the outputs the notebooks store; say so when a notebook has not been executed.
  const unexecuted = notebookPaths(editions, names).filter((p) =>
    JSON.parse(readFileSync(p, 'utf8')).cells.some((c) => c.cell_type === 'code' && c.execution_count === null),
  );
  for (const p of unexecuted) console.warn(`note: ${p.slice(ROOT.length + 1)} has cells not executed yet (node scripts/notebooks/execute.mjs)`);
  return bad ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
