// Parses Go's own sources for a few std packages: every file must parse with zero diagnostics.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../interpreter/source/file.js';
import { formatDiagnostic } from '../../interpreter/source/diagnostic.js';
import { parseFile } from '../../interpreter/syntax/parser.js';

const root = '/usr/lib/go-1.23/src';
const dirs = ['fmt', 'strings', 'sort', 'errors', 'container', 'go/parser', 'go/types', 'runtime', 'net/http'];

function goFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'testdata') out.push(...goFiles(p));
    } else if (e.name.endsWith('.go')) out.push(p);
  }
  return out;
}

const present = existsSync(root);
if (!present) console.warn(`notice: ${root} not found; skipping the std parse test`);

describe.skipIf(!present)('parse Go std sources', () => {
  for (const d of dirs) {
    it(d, () => {
      const bad: string[] = [];
      let decls = 0;
      const files = goFiles(join(root, d));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const text = readFileSync(f).toString('latin1');
        const { file, diagnostics } = parseFile(new SourceFile(f, text));
        for (const x of diagnostics) bad.push(formatDiagnostic(x));
        decls += file.Decls.length;
      }
      expect(bad).toEqual([]);
      expect(decls).toBeGreaterThan(files.length);
    });
  }
});
