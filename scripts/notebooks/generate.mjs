#!/usr/bin/env node
// Writes the lecture notebooks, notebooks/zh/*.ipynb and notebooks/en/*.ipynb, from their one source
// each in notebooks/src/. Outputs of code cells whose source did not change are kept, so an executed
// notebook stays executed; changed cells are left without outputs until `execute.mjs` runs them.
//
//   node scripts/notebooks/generate.mjs            write the notebooks
//   node scripts/notebooks/generate.mjs --check    write nothing; exit 1 if a notebook is out of step
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EDITIONS,
  buildNotebook,
  keepOutputs,
  notebookName,
  parseSource,
  serializeNotebook,
} from './notebook-source.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NOTEBOOKS = join(ROOT, 'notebooks');

/** Every source file, in order: notebooks/src/NN-*.md. */
export function sourceFiles() {
  const dir = join(NOTEBOOKS, 'src');
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Builds every edition of every notebook in memory, outputs carried over from the files on disk.
 * @returns {{ path: string, text: string, stale: number, existing: string | null }[]}
 */
export function generateAll() {
  const out = [];
  for (const file of sourceFiles()) {
    const rel = `src/${file.split('/').pop()}`;
    const cells = parseSource(readFileSync(file, 'utf8'), `notebooks/${rel}`);
    for (const edition of EDITIONS) {
      const path = join(NOTEBOOKS, edition, notebookName(file));
      const nb = buildNotebook(cells, edition, rel);
      const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
      const stale = existing === null ? nb.cells.filter((c) => c.cell_type === 'code').length : keepOutputs(nb, JSON.parse(existing));
      out.push({ path, text: serializeNotebook(nb), stale, existing });
    }
  }
  return out;
}

function main(argv) {
  const check = argv.includes('--check');
  let bad = 0;
  for (const g of generateAll()) {
    const rel = g.path.slice(ROOT.length + 1);
    if (g.existing === g.text) {
      if (!check) console.log(`${rel}: up to date${g.stale ? ` (${g.stale} code cells not executed)` : ''}`);
      continue;
    }
    if (check) {
      console.error(`${rel}: out of step with its source (run node scripts/notebooks/generate.mjs)`);
      bad++;
      continue;
    }
    mkdirSync(dirname(g.path), { recursive: true });
    writeFileSync(g.path, g.text);
    console.log(`${rel}: written${g.stale ? `, ${g.stale} code cells need executing (node scripts/notebooks/execute.mjs)` : ''}`);
  }
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
