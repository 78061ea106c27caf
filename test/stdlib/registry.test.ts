// Every standard package type-checks, every body-less declaration has a TypeScript implementation
// (and every implementation a declaration), and blocking implementations are generators.
import { describe, expect, it } from 'vitest';
import { stdPackages, supportedPackages, mayBlock } from '../../interpreter/stdlib/index.js';
import { importStd } from '../../interpreter/run.js';
import { parseFile } from '../../interpreter/syntax/parser.js';
import { SourceFile } from '../../interpreter/source/file.js';
import type * as ast from '../../interpreter/syntax/ast.js';

function recvTypeName(e: ast.Expr): string {
  switch (e.kind) {
    case 'StarExpr':
      return recvTypeName(e.X);
    case 'Ident':
      return e.Name;
    case 'IndexExpr':
      return recvTypeName(e.X);
    default:
      throw new Error(`unexpected receiver ${e.kind}`);
  }
}

describe('standard package registry', () => {
  it('lists the packages users may import', () => {
    expect(supportedPackages()).toEqual([
      'bufio', 'bytes', 'cmp', 'container/heap', 'container/list', 'context', 'errors', 'fmt', 'golesson/display', 'io', 'iter', 'log', 'maps', 'math',
      'math/bits', 'math/rand', 'math/rand/v2', 'os', 'runtime', 'slices', 'sort', 'strconv', 'strings', 'sync', 'sync/atomic', 'time',
      'unicode', 'unicode/utf8', 'unsafe',
    ]);
  });

  for (const [path, pkg] of stdPackages) {
    it(`${path}: declarations and implementations agree`, () => {
      const parsed = parseFile(new SourceFile(`${path}.go`, pkg.source, 0));
      expect(parsed.diagnostics).toEqual([]);
      const needed = new Set<string>();
      for (const d of parsed.file.Decls) {
        if (d.kind !== 'FuncDecl' || d.Body !== null) continue;
        const recv = d.Recv?.List[0]?.Type;
        needed.add(recv ? `${recvTypeName(recv)}.${d.Name.Name}` : d.Name.Name);
      }
      expect([...needed].filter((k) => !(k in pkg.impl)).sort()).toEqual([]);
      expect(Object.keys(pkg.impl).filter((k) => !needed.has(k)).sort()).toEqual([]);
      expect(importStd(path)).not.toBeNull();
    });
  }

  it('marks exactly the implementations that read input or wait as blocking', () => {
    const blocking = [...stdPackages].flatMap(([path, p]) =>
      Object.entries(p.impl).filter(([, fn]) => mayBlock(fn)).map(([k]) => `${path}.${k}`),
    );
    expect(blocking.filter((k) => /^(fmt|os|bufio|strings|strconv|errors|sort|slices|bytes)\./.test(k)).sort()).toEqual([
      'fmt.scanReader', 'fmt.scanStdin', 'os.readStdin',
    ]);
  });
});
