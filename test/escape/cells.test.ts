// analyzeEscapes over a package of several files (notebook cells), keeping one cell's verdicts.
import { describe, expect, it } from 'vitest';
import { FileSet, SourceFile } from '../../interpreter/source/file.js';
import { parseFile } from '../../interpreter/syntax/parser.js';
import { checkPackage } from '../../interpreter/types/check.js';
import { analyzeEscapes, parseGcflags } from '../../interpreter/escape/index.js';
import { stdImporter } from './support.js';

describe('escape analysis across cells', () => {
  it('uses functions from an earlier cell and reports only the current one', () => {
    const fset = new FileSet();
    const cell1 = fset.add(SourceFile.fromText('./cell1.go', 'package main\n\nvar sink *int\n\nfunc keep(p *int) { sink = p }\n', fset.nextBase()));
    const cell2 = fset.add(SourceFile.fromText('./cell2.go', 'package main\n\nfunc main() {\n\tx := 1\n\tkeep(&x)\n\ty := 2\n\t_ = &y\n}\n', fset.nextBase()));
    const files = [parseFile(cell1).file, parseFile(cell2).file];
    const { pkg, diagnostics } = checkPackage({ path: 'main', files, importer: stdImporter });
    expect(diagnostics).toEqual([]);
    const flags = parseGcflags('-m -l');
    if (typeof flags === 'string') throw new Error(flags);
    expect(analyzeEscapes(pkg, flags, fset)).toEqual(['./cell1.go:5:11: leaking param: p', './cell2.go:4:2: moved to heap: x']);
    expect(analyzeEscapes(pkg, flags, fset, (p) => cell2.contains(p))).toEqual(['./cell2.go:4:2: moved to heap: x']);
  });

  it('rejects flags it cannot emulate with a clear message', () => {
    expect(parseGcflags('-m')).toMatch(/-m without -l/);
    expect(parseGcflags('-m -l -race')).toMatch(/unsupported compiler flag -race/);
    expect(parseGcflags('-m=2 -l')).toEqual({ m: 2, l: true, deferDebug: false });
  });
});
