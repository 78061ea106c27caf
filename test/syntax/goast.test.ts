// Compares golesson's parser with go/parser: each test/syntax/testdata/X.go has X.ast.json recorded
// by scripts/goast-dump.go (npm run syntax:record-ast); the trees must agree node by node, positions included.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../interpreter/source/file.js';
import { formatDiagnostic } from '../../interpreter/source/diagnostic.js';
import { parseFile } from '../../interpreter/syntax/parser.js';
import { astJSON, firstDiff } from './astjson.js';

const dir = join(import.meta.dirname, 'testdata');
const cases: [string, string][] = readdirSync(dir)
  .filter((f) => f.endsWith('.go') && existsSync(join(dir, f.replace(/\.go$/, '.ast.json'))))
  .map((f) => [join(dir, f), join(dir, f.replace(/\.go$/, '.ast.json'))]);

// Extra pairs (e.g. Go's own sources dumped into a scratch directory): GOAST_LIST=list-file,
// one Go file per line, with the dumps beside the list file.
const extra = process.env['GOAST_LIST'];
if (extra !== undefined) {
  const d = join(extra, '..');
  for (const f of readFileSync(extra, 'utf8').split('\n').filter(Boolean)) {
    cases.push([f, join(d, f.replace(/^.*\//, '').replace(/\.go$/, '.ast.json'))]);
  }
}

describe('parser agrees with go/parser', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const [goFile, jsonFile] of cases) {
    const filter = process.env['FILTER'];
    if (filter !== undefined && !goFile.includes(filter)) continue;
    it(goFile.replace(/^.*\//, ''), () => {
      const src = new SourceFile(goFile, readFileSync(goFile).toString('latin1'));
      const { file, diagnostics } = parseFile(src);
      expect(diagnostics.map(formatDiagnostic)).toEqual([]);
      const want = JSON.parse(readFileSync(jsonFile, 'latin1'));
      const got = astJSON(file);
      expect(firstDiff(got, want)).toBeNull();
    });
  }
});
