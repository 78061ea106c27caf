// gc's syntax-phase diagnostics: each program in errors/cases.txt must give exactly the lines real
// `go build` printed for it (errors/cases.expected.json, recorded by scripts/record-syntax.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../interpreter/source/diagnostic.js';
import { SourceFile } from '../../interpreter/source/file.js';
import { parseFile } from '../../interpreter/syntax/parser.js';

const dir = join(import.meta.dirname, 'errors');
const text = readFileSync(join(dir, 'cases.txt')).toString('latin1');
const expected: Record<string, string[]> = JSON.parse(readFileSync(join(dir, 'cases.expected.json'), 'latin1'));

function splitCases(t: string): [string, string][] {
  const heads = [...t.matchAll(/^=== (.*)\n/gm)];
  return heads.map((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < heads.length ? heads[i + 1]!.index : t.length;
    return [m[1]!, t.slice(start, end)];
  });
}

// Cases whose recorded output also holds type checker errors (the parser's lines must be among them).
const alsoTypeErrors = new Set([
  'interface-generic-method', 'tparam-bad-array', 'ident-digit-start', 'non-letter-in-ident', 'bom-middle',
]);
// Cases the go command rejects while reading the file header, before the compiler runs.
const goCommand = new Set(['package-first', 'missing-import-path', 'import-not-string']);

describe('gc syntax errors', () => {
  const cases = splitCases(text);
  it('has recorded cases', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(Object.keys(expected).length).toBe(cases.length);
  });
  for (const [name, src] of cases) {
    const filter = process.env['FILTER'];
    if (filter !== undefined && !name.includes(filter)) continue;
    it(name, () => {
      const want = expected[name]!;
      const { diagnostics } = parseFile(new SourceFile('./prog.go', src));
      const got = formatDiagnostics(diagnostics);
      if (goCommand.has(name)) {
        // Not gc's wording: the go command's header check. The parser still reports an error there.
        expect(want.every((l) => !l.startsWith('./'))).toBe(true);
        expect(got.length).toBeGreaterThan(0);
      } else if (alsoTypeErrors.has(name)) {
        for (const l of got) expect(want).toContain(l);
      } else {
        expect(got).toEqual(want);
      }
    });
  }
});
