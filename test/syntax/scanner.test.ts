// Scanner and parser unit checks: byte positions, semicolon insertion, //go:build versions, cells.
import { describe, expect, it } from 'vitest';
import { SourceFile, decodeUTF8 } from '../../interpreter/source/file.js';
import { parseCell, parseFile } from '../../interpreter/syntax/parser.js';
import { Scanner } from '../../interpreter/syntax/scanner.js';
import { exprString } from '../../interpreter/syntax/printer.js';
import { inspect } from '../../interpreter/syntax/walk.js';
import type { Node } from '../../interpreter/syntax/ast.js';

function tokens(src: string, base = 0): string[] {
  const f = new SourceFile('x.go', new TextEncoder().encode(src).reduce((s, b) => s + String.fromCharCode(b), ''), base);
  const s = new Scanner(f);
  const out: string[] = [];
  for (;;) {
    s.next();
    const p = f.position(s.pos);
    out.push(`${p.line}:${p.column} ${s.tok}${s.tok === 'SEMICOLON' || s.tok === 'IDENT' || s.tok === 'STRING' ? ' ' + s.lit : ''}`);
    if (s.tok === 'EOF') return out;
  }
}

describe('scanner', () => {
  it('inserts semicolons after the spec tokens and at EOF', () => {
    expect(tokens('x\nreturn\n)\n}\n]\ni++\n1\nbreak // c\nf(\n')).toEqual([
      '1:1 IDENT x', '1:2 SEMICOLON newline',
      '2:1 RETURN', '2:7 SEMICOLON newline',
      '3:1 RPAREN', '3:2 SEMICOLON newline',
      '4:1 RBRACE', '4:2 SEMICOLON newline',
      '5:1 RBRACK', '5:2 SEMICOLON newline',
      '6:1 IDENT i', '6:2 INC', '6:4 SEMICOLON newline',
      '7:1 INT', '7:2 SEMICOLON newline',
      '8:1 BREAK', '8:11 SEMICOLON newline',
      '9:1 IDENT f', '9:2 LPAREN',
      '10:1 EOF',
    ]);
    expect(tokens('x')).toEqual(['1:1 IDENT x', '1:2 SEMICOLON EOF', '1:2 EOF']);
    expect(tokens('x /* a\nb */ y')).toEqual(['1:1 IDENT x', '1:3 SEMICOLON newline', '2:6 IDENT y', '2:7 SEMICOLON EOF', '2:7 EOF']);
    expect(tokens('x /* a */ y')).toEqual(['1:1 IDENT x', '1:11 IDENT y', '1:12 SEMICOLON EOF', '1:12 EOF']);
  });

  it('counts columns in bytes, a tab as one', () => {
    expect(tokens('\t"é" é\tx')).toEqual([
      '1:2 STRING "\xc3\xa9"', '1:7 IDENT \xc3\xa9', '1:10 IDENT x', '1:11 SEMICOLON EOF', '1:11 EOF',
    ]);
  });

  it('adds the file base to positions', () => {
    expect(tokens('\n x', 100)).toEqual(['2:2 IDENT x', '2:3 SEMICOLON EOF', '2:3 EOF']);
  });
});

describe('parser', () => {
  it('reads the Go version from //go:build before the package clause', () => {
    const v = (src: string) => parseFile(SourceFile.fromText('x.go', src)).file.GoVersion;
    expect(v('//go:build go1.21\n\npackage main\n')).toBe('go1.21');
    expect(v('// comment\n//go:build linux && go1.20\npackage main\n')).toBe('go1.20');
    expect(v('//go:build go1.18 || go1.21\npackage main\n')).toBe('go1.18');
    expect(v('//go:build !go1.21\npackage main\n')).toBe('');
    expect(v('package main\n//go:build go1.21\n')).toBe('');
    expect(v('package main\n')).toBe('');
  });

  it('gives exact byte positions with multi-byte text before them', () => {
    const f = SourceFile.fromText('x.go', 'package main\n\nvar s = "héllo"; var t = s\n');
    const { file } = parseFile(f);
    const names: string[] = [];
    inspect(file, (n: Node | null) => {
      if (n?.kind === 'Ident') {
        const p = f.position(n.NamePos);
        names.push(`${n.Name}@${p.line}:${p.column}`);
      }
      return true;
    });
    expect(names).toEqual(['main@1:9', 's@3:5', 't@3:23', 's@3:27']);
  });

  it('parses notebook cells: package clause, imports, declarations and statements in order', () => {
    const r = parseCell(SourceFile.fromText('cell.go', 'import "fmt"\n\ntype T int\nx := 1\nfunc f() int { return 2 }\nfunc() { fmt.Println(x) }()\nvar y = 3\nL:\nfor {\n\tbreak L\n}\nx + f()\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.packageClause).toBeNull();
    expect(r.imports.map((i) => i.Path.Value)).toEqual(['"fmt"']);
    expect(r.items.map((i) => i.kind)).toEqual(['GenDecl', 'AssignStmt', 'FuncDecl', 'ExprStmt', 'GenDecl', 'LabeledStmt', 'ExprStmt']);
    expect(r.decls.map((d) => d.kind)).toEqual(['GenDecl', 'FuncDecl', 'GenDecl']);
    const last = r.stmts[r.stmts.length - 1]!;
    expect(last.kind === 'ExprStmt' && exprString(last.X)).toBe('x + f()');
  });

  it('parses a whole program as a cell', () => {
    const r = parseCell(SourceFile.fromText('cell.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(1)\n}\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.packageClause?.Name).toBe('main');
    expect(r.decls.length).toBe(1);
    expect(r.stmts.length).toBe(0);
  });

  it('reports misplaced branches in cell statements', () => {
    const r = parseCell(SourceFile.fromText('./prog.go', 'x := 1\nbreak\n'));
    expect(r.diagnostics.map((d) => d.msg)).toEqual(['break is not in a loop, switch, or select']);
  });

  it('prints expressions as gc quotes them', () => {
    const { file } = parseFile(SourceFile.fromText('x.go', 'package p\nvar _ = []int{1, 2}[a:b] + f(x, y...) * -<-c\nvar _ = func(a, b int) (int, error) { return }\nvar _ = map[string]chan<- struct{ x int; y string }{}\n'));
    const vals = file.Decls.map((d) => d.kind === 'GenDecl' && d.Specs[0]!.kind === 'ValueSpec' ? exprString(d.Specs[0]!.Values[0]!) : '');
    // Messages are byte strings: the elision mark is its UTF-8 bytes.
    expect(vals.map(decodeUTF8)).toEqual([
      '[]int{…}[a:b] + f(x, y...) * -<-c',
      'func(a, b int) (int, error) {…}',
      'map[string]chan<- struct{x int; y string}{}',
    ]);
  });
});
