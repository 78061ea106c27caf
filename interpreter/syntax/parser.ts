// The Go parser: recursive descent from tokens to the go/ast-shaped tree of ast.ts, with gc's syntax
// error messages, positions and recovery (structure follows cmd/compile/internal/syntax/parser.go, so
// that the first error and its wording match what `go build` prints).
import type { Diagnostic } from '../source/diagnostic.js';
import { NoPos, type Pos, type SourceFile } from '../source/file.js';
import type * as ast from './ast.js';
import { checkBranches } from './branches.js';
import { goVersionOfBuildLine } from './buildline.js';
import { startPos } from './positions.js';
import { exprString, stmtString } from './printer.js';
import { Scanner, type ScannedComment } from './scanner.js';
import { precedence, tokenText, type Token } from './token.js';

type W<T> = { -readonly [K in keyof T]: T[K] };

/** gc's parser-internal parameter: one name (or none) and its type (or none yet). */
interface Param {
  name: ast.Ident | null;
  type: ast.Expr | null;
}

/** A range clause as parsed in a for header, before it becomes a RangeStmt. */
interface RangeClause {
  readonly kind: 'RangeClause';
  readonly Lhs: readonly ast.Expr[];
  readonly Def: boolean;
  readonly TokPos: Pos;
  readonly Range: Pos;
  readonly X: ast.Expr;
}

type SimpleStmt = ast.ExprStmt | ast.AssignStmt | ast.IncDecStmt | ast.SendStmt | RangeClause;

const assignOps: ReadonlySet<Token> = new Set<Token>([
  'ADD_ASSIGN', 'SUB_ASSIGN', 'MUL_ASSIGN', 'QUO_ASSIGN', 'REM_ASSIGN', 'AND_ASSIGN', 'OR_ASSIGN',
  'XOR_ASSIGN', 'SHL_ASSIGN', 'SHR_ASSIGN', 'AND_NOT_ASSIGN',
]);

/** Tokens gc's scanner calls _Operator (everything with a precedence, plus ! and ~, but not *). */
const operators: ReadonlySet<Token> = new Set<Token>([
  'ADD', 'SUB', 'QUO', 'REM', 'AND', 'OR', 'XOR', 'SHL', 'SHR', 'AND_NOT', 'LAND', 'LOR',
  'EQL', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ', 'NOT', 'TILDE',
]);

const literalToks: ReadonlySet<Token> = new Set<Token>(['INT', 'FLOAT', 'IMAG', 'CHAR', 'STRING']);

/** Statement keywords: good synchronization points after an error (cf. gc's stopset). */
const stopset: ReadonlySet<Token> = new Set<Token>([
  'BREAK', 'CONST', 'CONTINUE', 'DEFER', 'FALLTHROUGH', 'FOR', 'GO', 'GOTO', 'IF', 'RETURN',
  'SELECT', 'SWITCH', 'TYPE', 'VAR',
]);

/** gc's word for a token in "expected X" messages. */
function tokstring(t: Token): string {
  switch (t) {
    case 'COMMA': return 'comma';
    case 'SEMICOLON': return 'semicolon or newline';
    case 'IDENT': return 'name';
    case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING': return 'literal';
    default: return tokenText[t];
  }
}

export interface ParseResult {
  readonly file: ast.File;
  readonly diagnostics: Diagnostic[];
}

export interface CellParseResult {
  readonly packageClause: ast.Ident | null;
  readonly imports: ast.ImportSpec[];
  readonly decls: ast.Decl[];
  readonly stmts: ast.Stmt[];
  /** Declarations and statements in source order (imports excluded). */
  readonly items: (ast.Decl | ast.Stmt)[];
  readonly diagnostics: Diagnostic[];
  /** All comments of the cell, grouped. */
  readonly comments: ast.CommentGroup[];
  /** From a `//go:build goX.Y` line before anything else in the cell, or "". */
  readonly goVersion: string;
}

/** Parses a whole Go source file. */
export function parseFile(file: SourceFile): ParseResult {
  const p = new Parser(file);
  const f = p.parseFile();
  return { file: f, diagnostics: p.diagnostics() };
}

/** Parses a notebook cell: optional package clause, imports, declarations and statements, mixed. */
export function parseCell(file: SourceFile): CellParseResult {
  const p = new Parser(file);
  return p.parseCell();
}

/** True if any diagnostic is a syntax error (gc then reports no type errors). */
export function hasSyntaxErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.msg.startsWith('syntax error'));
}

export class Parser {
  private readonly s: Scanner;
  private lit = '';
  private pos: Pos = 0;

  private readonly errs: Diagnostic[] = [];
  private first = false; // an error was reported
  private errcnt = 0;
  private lastSyntaxLine = -1;
  private lastOther: { line: number; msg: string } = { line: -1, msg: '' };

  private goVersion = '';
  private top = true; // before the package clause
  private fnest = 0; // function nesting level
  private xnest = 0; // expression nesting level (composite literal vs block)

  /** Assignments `x := y.(type)` that head a type switch. */
  private readonly guardAssigns = new WeakSet<ast.AssignStmt>();

  /** The current token (a method, so that TypeScript does not narrow it across next()). */
  private tok(): Token {
    return this.s.tok;
  }

  constructor(readonly file: SourceFile) {
    this.s = new Scanner(file);
    this.s.onError = (e) => this.errorAt(e.pos, e.msg);
    this.s.onComment = (c) => this.comment(c);
    this.next();
  }

  diagnostics(): Diagnostic[] {
    return this.errs;
  }

  private comment(c: ScannedComment): void {
    if (this.top && c.text.startsWith('//go:build')) {
      const v = goVersionOfBuildLine(c.text);
      if (v !== null) this.goVersion = v;
    }
  }

  private next(): void {
    this.s.next();
    this.lit = this.s.lit;
    this.pos = this.s.pos;
  }

  private got(t: Token): boolean {
    if (this.tok() === t) {
      this.next();
      return true;
    }
    return false;
  }

  private want(t: Token): void {
    if (!this.got(t)) {
      this.syntaxError('expected ' + tokstring(t));
      this.advance();
    }
  }

  /** Like got(ASSIGN) but also accepts ":=" (with an error) for better recovery. */
  private gotAssign(): boolean {
    switch (this.tok()) {
      case 'DEFINE':
        this.syntaxError('expected =');
        this.next();
        return true;
      case 'ASSIGN':
        this.next();
        return true;
      default:
        return false;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Errors

  private errorAt(pos: Pos, msg: string): void {
    this.first = true;
    this.errcnt++;
    // gc's error sink keeps one syntax error per line, and drops repeats of the same other error
    // on one line (cf. base.ErrorfAt).
    const line = this.file.position(pos).line;
    if (msg.startsWith('syntax error')) {
      if (line === this.lastSyntaxLine) return;
      this.lastSyntaxLine = line;
    } else {
      if (line === this.lastOther.line && msg === this.lastOther.msg) return;
      this.lastOther = { line, msg };
    }
    this.errs.push({ file: this.file, pos, msg });
  }

  private syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.tok() === 'EOF' && this.first) return; // avoid meaningless follow-up errors
    if (msg === '') {
      // nothing to add
    } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ' ' + msg;
    } else if (msg.startsWith('expected ')) {
      msg = ', ' + msg;
    } else {
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }
    this.errorAt(pos, 'syntax error: unexpected ' + this.tokDesc() + msg);
  }

  private tokDesc(): string {
    const t = this.tok();
    if (t === 'IDENT') return 'name ' + this.lit;
    if (t === 'SEMICOLON') return this.lit;
    if (literalToks.has(t)) return 'literal ' + this.lit;
    if (t === 'COMMA') return 'comma';
    return tokenText[t];
  }

  private error(msg: string): void {
    this.errorAt(this.pos, msg);
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos, msg);
  }

  /** Skips tokens until one in the follow list (or, inside functions, a statement keyword). */
  private advance(...followlist: Token[]): void {
    const follow = new Set<Token>(['EOF', ...followlist]);
    const useStop = followlist.length > 0 && this.fnest > 0;
    while (!follow.has(this.tok()) && !(useStop && stopset.has(this.tok()))) {
      this.next();
      if (followlist.length === 0) break;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Files

  parseFile(): ast.File {
    const fileStart = this.file.base;
    const pkgPos = this.pos;
    this.top = false;
    const decls: ast.Decl[] = [];
    const imports: ast.ImportSpec[] = [];
    const mk = (name: ast.Ident): ast.File => ({
      kind: 'File', Doc: null, Package: pkgPos, Name: name, Decls: decls, FileStart: fileStart,
      FileEnd: this.file.end, Imports: imports, Comments: this.commentGroups(),
      GoVersion: this.goVersion, source: this.file,
    });
    if (!this.got('PACKAGE')) {
      this.syntaxError('package statement must be first');
      return mk(ident(pkgPos, '_'));
    }
    const name = this.name();
    this.want('SEMICOLON');
    if (this.first) return mk(name);

    let prev: Token = 'IMPORT';
    while (this.tok() !== 'EOF') {
      if (this.tok() === 'IMPORT' && prev !== 'IMPORT') this.syntaxError('imports must appear before other declarations');
      prev = this.tok();
      switch (this.tok()) {
        case 'IMPORT': case 'CONST': case 'TYPE': case 'VAR': {
          const d = this.genDecl();
          decls.push(d);
          if (d.Tok === 'IMPORT') for (const s of d.Specs) imports.push(s as ast.ImportSpec);
          break;
        }
        case 'FUNC': {
          const d = this.funcDeclOrNil();
          if (d !== null) decls.push(d);
          break;
        }
        default: {
          const last = decls[decls.length - 1];
          if (this.tok() === 'LBRACE' && last !== undefined && last.kind === 'FuncDecl' && last.Body === null) {
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance('IMPORT', 'CONST', 'TYPE', 'VAR', 'FUNC');
          continue;
        }
      }
      if (this.tok() !== 'EOF' && !this.got('SEMICOLON')) {
        this.syntaxError('after top level declaration');
        this.advance('IMPORT', 'CONST', 'TYPE', 'VAR', 'FUNC');
      }
    }
    const f = mk(name);
    attachDocs(f.Decls, f.Comments, this.file);
    return f;
  }

  parseCell(): CellParseResult {
    let packageClause: ast.Ident | null = null;
    const imports: ast.ImportSpec[] = [];
    const decls: ast.Decl[] = [];
    const stmts: ast.Stmt[] = [];
    const items: (ast.Decl | ast.Stmt)[] = [];
    const done = (): CellParseResult => {
      const comments = this.commentGroups();
      attachDocs(decls, comments, this.file);
      if (this.errcnt === 0 && stmts.length > 0) {
        const start = startPos(stmts[0]!);
        for (const e of checkBranches(stmts, start, this.file)) this.errorAt(e.pos, e.msg);
      }
      return {
        packageClause, imports, decls, stmts, items, diagnostics: this.errs, comments,
        goVersion: this.goVersion,
      };
    };
    while (this.tok() === 'SEMICOLON') this.next();
    this.top = false;
    if (this.got('PACKAGE')) {
      packageClause = this.name();
      this.want('SEMICOLON');
      if (this.first) return done();
    }
    let sawOther = false;
    this.fnest++; // statements at the top of a cell are a function body
    while (this.tok() !== 'EOF') {
      if (this.tok() === 'SEMICOLON') {
        this.next();
        continue;
      }
      if (this.tok() === 'IMPORT') {
        if (sawOther) this.syntaxError('imports must appear before other declarations');
        const d = this.genDecl();
        for (const s of d.Specs) imports.push(s as ast.ImportSpec);
      } else {
        sawOther = true;
        if (this.tok() === 'CONST' || this.tok() === 'TYPE' || this.tok() === 'VAR') {
          const d = this.genDecl();
          decls.push(d);
          items.push(d);
        } else if (this.tok() === 'FUNC' && this.funcDeclAhead()) {
          this.fnest--;
          const d = this.funcDeclOrNil();
          this.fnest++;
          if (d !== null) {
            decls.push(d);
            items.push(d);
          }
        } else {
          if (this.tok() === 'RBRACE' || this.tok() === 'CASE' || this.tok() === 'DEFAULT') {
            this.syntaxError('non-declaration statement outside function body');
            this.advance('SEMICOLON');
            continue;
          }
          const s = this.stmtOrNil();
          if (s === null) {
            this.syntaxError('non-declaration statement outside function body');
            this.advance('SEMICOLON');
            continue;
          }
          stmts.push(s);
          items.push(s);
        }
      }
      if (this.tok() !== 'EOF' && !this.got('SEMICOLON')) {
        this.syntaxError('at end of statement');
        this.advance('SEMICOLON');
        this.got('SEMICOLON');
      }
    }
    this.fnest--;
    return done();
  }

  /** At `func`: does a declaration follow (`func Name`, `func (recv) Name`), not a literal? */
  private funcDeclAhead(): boolean {
    const snap = this.s.save();
    const saved = { lit: this.lit, pos: this.pos };
    this.s.onError = null;
    this.s.onComment = null;
    try {
      this.next();
      if (this.tok() === 'IDENT') return true;
      if (this.tok() !== 'LPAREN') return false;
      let depth = 0;
      for (;;) {
        if (this.tok() === 'LPAREN') depth++;
        else if (this.tok() === 'RPAREN') {
          depth--;
          if (depth === 0) break;
        } else if (this.tok() === 'EOF') return false;
        this.next();
      }
      this.next();
      if (this.tok() !== 'IDENT') return false;
      this.next();
      return this.tok() === 'LPAREN' || this.tok() === 'LBRACK';
    } finally {
      this.s.restore(snap);
      this.lit = saved.lit;
      this.pos = saved.pos;
      this.s.onError = (e) => this.errorAt(e.pos, e.msg);
      this.s.onComment = (c) => this.comment(c);
    }
  }

  private commentGroups(): ast.CommentGroup[] {
    const groups: ast.CommentGroup[] = [];
    let cur: ast.Comment[] = [];
    let lastLine = -2;
    for (const c of this.s.comments) {
      const line = this.file.position(c.pos).line;
      if (cur.length > 0 && line > lastLine + 1) {
        groups.push({ kind: 'CommentGroup', List: cur });
        cur = [];
      }
      cur.push({ kind: 'Comment', Slash: c.pos, Text: c.text });
      lastLine = this.file.position(c.pos + c.text.length).line;
    }
    if (cur.length > 0) groups.push({ kind: 'CommentGroup', List: cur });
    return groups;
  }

  // ------------------------------------------------------------------------------------------
  // Declarations

  /** list = [ f { sep f } [sep] ] close . Returns the position of the closing token. */
  private list(context: string, sep: Token, close: Token, f: () => boolean): Pos {
    let done = false;
    while (this.tok() !== 'EOF' && this.tok() !== close && !done) {
      done = f();
      if (!this.got(sep) && this.tok() !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance('RPAREN', 'RBRACK', 'RBRACE');
        if (this.tok() !== close) return this.pos;
      }
    }
    const pos = this.pos;
    this.want(close);
    return pos;
  }

  /** import/const/type/var, single or grouped; the current token is the keyword. */
  private genDecl(): ast.GenDecl {
    const tokPos = this.pos;
    const tok = this.tok() as 'IMPORT' | 'CONST' | 'TYPE' | 'VAR';
    this.next();
    const specs: ast.Spec[] = [];
    const spec = (group: boolean): ast.Spec | null => {
      switch (tok) {
        case 'IMPORT': return this.importSpec();
        case 'CONST': return this.constSpec();
        case 'TYPE': return this.typeSpec();
        case 'VAR': return this.varSpec(group);
      }
    };
    let lparen: Pos = NoPos;
    let rparen: Pos = NoPos;
    if (this.tok() === 'LPAREN') {
      lparen = this.pos;
      this.next();
      rparen = this.list('grouped declaration', 'SEMICOLON', 'RPAREN', () => {
        const s = spec(true);
        if (s !== null) specs.push(s);
        return false;
      });
    } else {
      const s = spec(false);
      if (s !== null) specs.push(s);
    }
    return { kind: 'GenDecl', Doc: null, TokPos: tokPos, Tok: tok, Lparen: lparen, Specs: specs, Rparen: rparen };
  }

  private importSpec(): ast.ImportSpec | null {
    let name: ast.Ident | null = null;
    if (this.tok() === 'IDENT') name = this.name();
    else if (this.tok() === 'PERIOD') {
      name = ident(this.pos, '.');
      this.next();
    }
    const path = this.oliteral();
    if (path === null) {
      this.syntaxError('missing import path');
      this.advance('SEMICOLON', 'RPAREN');
      return null;
    }
    if (!path.Bad && path.Kind !== 'STRING') {
      this.syntaxErrorAt(path.ValuePos, 'import path must be a string');
      (path as W<ast.BasicLit>).Bad = true;
    }
    return { kind: 'ImportSpec', Doc: null, Name: name, Path: path, Comment: null, EndPos: NoPos };
  }

  private constSpec(): ast.ValueSpec {
    const names = this.nameList(this.name());
    let typ: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.tok() !== 'EOF' && this.tok() !== 'SEMICOLON' && this.tok() !== 'RPAREN') {
      typ = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', Doc: null, Names: names, Type: typ, Values: values, Comment: null };
  }

  private typeSpec(): ast.TypeSpec {
    const name = this.name();
    let tparams: ast.FieldList | null = null;
    let assign: Pos = NoPos;
    let typ: ast.Expr | null = null;
    if (this.tok() === 'LBRACK') {
      // An array or slice type, or a type parameter list.
      const lbrack = this.pos;
      this.next();
      if (this.tok() === 'IDENT') {
        let x: ast.Expr = this.name();
        if (this.tok() !== 'LBRACK') {
          this.xnest++;
          x = this.binaryExpr(this.pexpr(x, false), 0);
          this.xnest--;
        }
        const [pname, ptype] = extractName(x, this.tok() === 'COMMA');
        if (pname !== null && (ptype !== null || this.tok() !== 'RBRACK')) {
          const pl = this.paramList(pname, ptype, 'RBRACK', true);
          tparams = toFieldList(lbrack, pl.params, pl.close);
          if (this.tok() === 'DEFINE' || this.tok() === 'ASSIGN') assign = this.pos;
          if (!this.gotAssign()) assign = NoPos;
          typ = this.typeOrNil();
        } else {
          typ = this.arrayType(lbrack, x);
        }
      } else if (this.tok() === 'RBRACK') {
        this.next();
        typ = this.sliceType(lbrack);
      } else {
        typ = this.arrayType(lbrack, null);
      }
    } else {
      if (this.tok() === 'DEFINE' || this.tok() === 'ASSIGN') assign = this.pos;
      if (!this.gotAssign()) assign = NoPos;
      typ = this.typeOrNil();
    }
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance('SEMICOLON', 'RPAREN');
    }
    return { kind: 'TypeSpec', Doc: null, Name: name, TypeParams: tparams, Assign: assign, Type: typ, Comment: null };
  }

  private varSpec(_group: boolean): ast.ValueSpec {
    const names = this.nameList(this.name());
    let typ: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      typ = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', Doc: null, Names: names, Type: typ, Values: values, Comment: null };
  }

  /** FunctionDecl or MethodDecl; the current token is `func`. */
  private funcDeclOrNil(): ast.FuncDecl | null {
    const funcPos = this.pos;
    this.next();
    let recv: ast.FieldList | null = null;
    let context = '';
    if (this.tok() === 'LPAREN') {
      const lparen = this.pos;
      this.next();
      context = 'method';
      const pl = this.paramList(null, null, 'RPAREN', false);
      switch (pl.params.length) {
        case 0:
          this.error('method has no receiver');
          break;
        case 1:
          break;
        default:
          this.error('method has multiple receivers');
      }
      recv = toFieldList(lparen, pl.params, pl.close);
    }
    let name: ast.Ident;
    let type: ast.FuncType;
    if (this.tok() === 'IDENT') {
      name = this.name();
      type = this.funcType(context, funcPos);
    } else {
      name = ident(this.pos, '_');
      type = {
        kind: 'FuncType', Func: funcPos, TypeParams: null,
        Params: { kind: 'FieldList', Opening: NoPos, List: [], Closing: NoPos }, Results: null,
      };
      this.syntaxError(context !== '' ? 'expected name' : 'expected name or (');
      this.advance('LBRACE', 'SEMICOLON');
    }
    let body: ast.BlockStmt | null = null;
    if (this.tok() === 'LBRACE') body = this.funcBody();
    return { kind: 'FuncDecl', Doc: null, Recv: recv, Name: name, Type: type, Body: body };
  }

  private funcBody(): ast.BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const body = this.blockStmt('');
    this.fnest--;
    // Branches are checked only in bodies without syntax errors (cf. gc's funcBody).
    if (errcnt === this.errcnt) {
      for (const e of checkBranches(body.List, body.Lbrace, this.file)) this.errorAt(e.pos, e.msg);
    }
    return body;
  }

  // ------------------------------------------------------------------------------------------
  // Expressions

  private expr(): ast.Expr {
    return this.binaryExpr(null, 0);
  }

  private isOperator(): boolean {
    return operators.has(this.tok()) || this.tok() === 'MUL';
  }

  private binaryExpr(x: ast.Expr | null, prec: number): ast.Expr {
    if (x === null) x = this.unaryExpr();
    for (;;) {
      if (!this.isOperator()) break;
      const tprec = precedence(this.tok());
      if (tprec <= prec) break;
      const opPos = this.pos;
      const op = this.tok();
      this.next();
      const y = this.binaryExpr(null, tprec);
      x = { kind: 'BinaryExpr', X: x, OpPos: opPos, Op: op, Y: y };
    }
    return x;
  }

  private unaryExpr(): ast.Expr {
    switch (this.tok()) {
      case 'MUL': {
        const pos = this.pos;
        this.next();
        return { kind: 'StarExpr', Star: pos, X: this.unaryExpr() };
      }
      case 'ADD': case 'SUB': case 'NOT': case 'XOR': case 'TILDE': {
        const pos = this.pos;
        const op = this.tok();
        this.next();
        return { kind: 'UnaryExpr', OpPos: pos, Op: op, X: this.unaryExpr() };
      }
      case 'AND': {
        const pos = this.pos;
        this.next();
        // unaryExpr may have returned a parenthesized composite literal: drop the parentheses
        return { kind: 'UnaryExpr', OpPos: pos, Op: 'AND', X: unparen(this.unaryExpr()) };
      }
      case 'ARROW': {
        const pos = this.pos;
        this.next();
        const x = this.unaryExpr();
        if (x.kind === 'ChanType') {
          // <-chan E is a receive-only channel type: re-associate the arrow with the type.
          let dir: ast.ChanDir = 'SEND';
          let t: ast.Expr = x;
          let first = true;
          while (dir === 'SEND') {
            if (t.kind !== 'ChanType') break;
            const c = t as W<ast.ChanType>;
            dir = c.Dir;
            if (dir === 'RECV') this.syntaxError('unexpected <-, expected chan');
            if (first) {
              c.Begin = pos;
              c.Arrow = pos;
              first = false;
            } else {
              c.Arrow = c.Begin;
            }
            c.Dir = 'RECV';
            t = c.Value;
          }
          if (dir === 'SEND') this.syntaxError(`unexpected ${exprString(t)}, expected chan`);
          return x;
        }
        return { kind: 'UnaryExpr', OpPos: pos, Op: 'ARROW', X: x };
      }
    }
    return this.pexpr(null, true);
  }

  /** go/defer operand: a call, never parenthesized. */
  private callStmt(): ast.GoStmt | ast.DeferStmt {
    const pos = this.pos;
    const tok = this.tok();
    this.next();
    let x = this.pexpr(null, this.tok() === 'LPAREN');
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(startPos(x), `expression in ${tok === 'GO' ? 'go' : 'defer'} must not be parenthesized`);
      x = t;
    }
    // A non-call is kept as a call-less expression for the type checker to reject
    // ("expression in defer must be function call"); we wrap it so Call has a CallExpr shape.
    const call: ast.CallExpr =
      x.kind === 'CallExpr'
        ? x
        : { kind: 'CallExpr', Fun: x, Lparen: NoPos, Args: [], Ellipsis: NoPos, Rparen: NoPos };
    return tok === 'GO' ? { kind: 'GoStmt', Go: pos, Call: call } : { kind: 'DeferStmt', Defer: pos, Call: call };
  }

  private operand(keepParens: boolean): ast.Expr {
    switch (this.tok()) {
      case 'IDENT':
        return this.name();
      case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING':
        return this.oliteral()!;
      case 'LPAREN': {
        const pos = this.pos;
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        const rparen = this.pos;
        this.want('RPAREN');
        // Parentheses matter for error reporting around T{} and go/defer; go/ast keeps them always.
        void keepParens;
        return { kind: 'ParenExpr', Lparen: pos, X: x, Rparen: rparen };
      }
      case 'FUNC': {
        const pos = this.pos;
        this.next();
        const ftyp = this.funcType('function type', pos);
        if (this.tok() === 'LBRACE') {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return { kind: 'FuncLit', Type: ftyp, Body: body };
        }
        return ftyp;
      }
      case 'LBRACK': case 'CHAN': case 'MAP': case 'STRUCT': case 'INTERFACE':
        return this.type_();
      default: {
        const x = this.badExpr();
        this.syntaxError('expected expression');
        this.advance('RPAREN', 'RBRACK', 'RBRACE');
        return x;
      }
    }
  }

  private pexpr(x: ast.Expr | null, keepParens: boolean): ast.Expr {
    if (x === null) x = this.operand(keepParens);
    for (;;) {
      const pos = this.pos;
      switch (this.tok()) {
        case 'PERIOD': {
          this.next();
          if (this.tok() === 'IDENT') {
            x = { kind: 'SelectorExpr', X: x, Sel: this.name() };
          } else if (this.tok() === 'LPAREN') {
            const lparen = this.pos;
            this.next();
            let typ: ast.Expr | null = null;
            if (!this.got('TYPE')) typ = this.type_();
            const rparen = this.pos;
            this.want('RPAREN');
            x = { kind: 'TypeAssertExpr', X: x, Type: typ, Lparen: lparen, Rparen: rparen };
          } else {
            this.syntaxError('expected name or (');
            this.advance('SEMICOLON', 'RPAREN');
          }
          continue;
        }
        case 'LBRACK': {
          this.next();
          let i: ast.Expr | null = null;
          if (this.tok() !== 'COLON') {
            let comma = false;
            let list: ast.Expr[];
            if (this.tok() === 'RBRACK') {
              this.syntaxError('expected operand');
              list = [this.badExpr()];
            } else {
              [list, comma] = this.typeList(false);
            }
            if (comma || this.tok() === 'RBRACK') {
              const rbrack = this.pos;
              this.want('RBRACK');
              x = list.length === 1
                ? { kind: 'IndexExpr', X: x, Lbrack: pos, Index: list[0]!, Rbrack: rbrack }
                : { kind: 'IndexListExpr', X: x, Lbrack: pos, Indices: list, Rbrack: rbrack };
              continue;
            }
            i = list[0]!;
          }
          // x[i:...
          if (!this.got('COLON')) {
            this.syntaxError('expected comma, : or ]');
            this.advance('COMMA', 'COLON', 'RBRACK');
          }
          this.xnest++;
          let high: ast.Expr | null = null;
          let max: ast.Expr | null = null;
          let full = false;
          if (this.tok() !== 'COLON' && this.tok() !== 'RBRACK') high = this.expr();
          if (this.tok() === 'COLON') {
            full = true;
            if (high === null) {
              this.error('middle index required in 3-index slice');
              high = this.badExpr();
            }
            this.next();
            if (this.tok() !== 'RBRACK') {
              max = this.expr();
            } else {
              this.error('final index required in 3-index slice');
              max = this.badExpr();
            }
          }
          this.xnest--;
          const rbrack = this.pos;
          this.want('RBRACK');
          x = { kind: 'SliceExpr', X: x, Lbrack: pos, Low: i, High: high, Max: max, Slice3: full, Rbrack: rbrack };
          continue;
        }
        case 'LPAREN': {
          this.next();
          const [args, ellipsis, rparen] = this.argList();
          x = { kind: 'CallExpr', Fun: x, Lparen: pos, Args: args, Ellipsis: ellipsis, Rparen: rparen };
          continue;
        }
        case 'LBRACE': {
          // Does the { start a composite literal or a block? (the exprLev/xnest rule)
          const t = unparen(x);
          let complitOk = false;
          switch (t.kind) {
            case 'Ident': case 'SelectorExpr':
              complitOk = this.xnest >= 0;
              break;
            case 'IndexExpr': case 'IndexListExpr':
              complitOk = this.xnest >= 0 && !isValue(t);
              break;
            case 'ArrayType': case 'StructType': case 'MapType':
              complitOk = true;
              break;
          }
          if (!complitOk) return x;
          if (t !== x) this.syntaxError('cannot parenthesize type in composite literal');
          x = this.complitexpr(x);
          continue;
        }
        default:
          return x;
      }
    }
  }

  private bareComplitexpr(): ast.Expr {
    if (this.tok() === 'LBRACE') return this.complitexpr(null);
    return this.expr();
  }

  private complitexpr(type: ast.Expr | null): ast.CompositeLit {
    const lbrace = this.pos;
    const elts: ast.Expr[] = [];
    this.xnest++;
    this.want('LBRACE');
    const rbrace = this.list('composite literal', 'COMMA', 'RBRACE', () => {
      let e = this.bareComplitexpr();
      if (this.tok() === 'COLON') {
        const colon = this.pos;
        this.next();
        e = { kind: 'KeyValueExpr', Key: e, Colon: colon, Value: this.bareComplitexpr() };
      }
      elts.push(e);
      return false;
    });
    this.xnest--;
    return { kind: 'CompositeLit', Type: type, Lbrace: lbrace, Elts: elts, Rbrace: rbrace, Incomplete: false };
  }

  // ------------------------------------------------------------------------------------------
  // Types

  private type_(): ast.Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError('expected type');
      this.advance('COMMA', 'COLON', 'SEMICOLON', 'RPAREN', 'RBRACK', 'RBRACE');
    }
    return typ;
  }

  private typeOrNil(): ast.Expr | null {
    const pos = this.pos;
    switch (this.tok()) {
      case 'MUL':
        this.next();
        return { kind: 'StarExpr', Star: pos, X: this.type_() };
      case 'ARROW': {
        this.next();
        this.want('CHAN');
        return { kind: 'ChanType', Begin: pos, Arrow: pos, Dir: 'RECV', Value: this.chanElem() };
      }
      case 'FUNC':
        this.next();
        return this.funcType('function type', pos);
      case 'LBRACK':
        this.next();
        if (this.got('RBRACK')) return this.sliceType(pos);
        return this.arrayType(pos, null);
      case 'CHAN': {
        this.next();
        let arrow: Pos = NoPos;
        let dir: ast.ChanDir = 'BOTH';
        if (this.tok() === 'ARROW') {
          arrow = this.pos;
          this.next();
          dir = 'SEND';
        }
        return { kind: 'ChanType', Begin: pos, Arrow: arrow, Dir: dir, Value: this.chanElem() };
      }
      case 'MAP': {
        this.next();
        this.want('LBRACK');
        const key = this.type_();
        this.want('RBRACK');
        return { kind: 'MapType', Map: pos, Key: key, Value: this.type_() };
      }
      case 'STRUCT':
        return this.structType();
      case 'INTERFACE':
        return this.interfaceType();
      case 'IDENT':
        return this.qualifiedName(null);
      case 'LPAREN': {
        this.next();
        const t = this.type_();
        const rparen = this.pos;
        this.want('RPAREN');
        return { kind: 'ParenExpr', Lparen: pos, X: t, Rparen: rparen };
      }
    }
    return null;
  }

  private typeInstance(typ: ast.Expr): ast.Expr {
    const pos = this.pos;
    this.want('LBRACK');
    let list: ast.Expr[];
    if (this.tok() === 'RBRACK') {
      this.syntaxError('expected type argument list');
      list = [this.badExpr()];
    } else {
      [list] = this.typeList(true);
    }
    const rbrack = this.pos;
    this.want('RBRACK');
    return list.length === 1
      ? { kind: 'IndexExpr', X: typ, Lbrack: pos, Index: list[0]!, Rbrack: rbrack }
      : { kind: 'IndexListExpr', X: typ, Lbrack: pos, Indices: list, Rbrack: rbrack };
  }

  /** Signature with optional type parameters; if context !== "", type parameters are an error. */
  private funcType(context: string, funcPos: Pos): ast.FuncType {
    const typPos = this.pos;
    let tparams: ast.FieldList | null = null;
    if (this.tok() === 'LBRACK') {
      const lbrack = this.pos;
      this.next();
      if (context !== '') this.syntaxErrorAt(typPos, context + ' must have no type parameters');
      if (this.tok() === 'RBRACK') {
        this.syntaxError('empty type parameter list');
        const rb = this.pos;
        this.next();
        tparams = { kind: 'FieldList', Opening: lbrack, List: [], Closing: rb };
      } else {
        const pl = this.paramList(null, null, 'RBRACK', true);
        tparams = toFieldList(lbrack, pl.params, pl.close);
      }
    }
    const lparen = this.pos;
    this.want('LPAREN');
    const pl = this.paramList(null, null, 'RPAREN', false);
    const params = toFieldList(lparen, pl.params, pl.close);
    const results = this.funcResult();
    return { kind: 'FuncType', Func: funcPos, TypeParams: tparams, Params: params, Results: results };
  }

  /** `[` has been consumed at pos; len is an already parsed length, if any. */
  private arrayType(pos: Pos, len: ast.Expr | null): ast.Expr {
    if (len === null) {
      if (this.tok() === 'ELLIPSIS') {
        len = { kind: 'Ellipsis', Ellipsis: this.pos, Elt: null };
        this.next();
      } else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.tok() === 'COMMA') {
      this.syntaxError('unexpected comma; expected ]');
      this.next();
    }
    this.want('RBRACK');
    return { kind: 'ArrayType', Lbrack: pos, Len: len, Elt: this.type_() };
  }

  private sliceType(pos: Pos): ast.Expr {
    return { kind: 'ArrayType', Lbrack: pos, Len: null, Elt: this.type_() };
  }

  private chanElem(): ast.Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError('missing channel element type');
    }
    return typ;
  }

  private structType(): ast.StructType {
    const pos = this.pos;
    this.want('STRUCT');
    const lbrace = this.pos;
    this.want('LBRACE');
    const fields: ast.Field[] = [];
    const rbrace = this.list('struct type', 'SEMICOLON', 'RBRACE', () => {
      this.fieldDecl(fields);
      return false;
    });
    return { kind: 'StructType', Struct: pos, Fields: { kind: 'FieldList', Opening: lbrace, List: fields, Closing: rbrace } };
  }

  private interfaceType(): ast.InterfaceType {
    const pos = this.pos;
    this.want('INTERFACE');
    const lbrace = this.pos;
    this.want('LBRACE');
    const methods: ast.Field[] = [];
    const rbrace = this.list('interface type', 'SEMICOLON', 'RBRACE', () => {
      let f: Param | null = null;
      if (this.tok() === 'IDENT') f = this.methodDecl();
      if (f === null || f.name === null) f = this.embeddedElem(f);
      methods.push(field(f.name === null ? [] : [f.name], f.type!, null));
      return false;
    });
    return { kind: 'InterfaceType', Interface: pos, Methods: { kind: 'FieldList', Opening: lbrace, List: methods, Closing: rbrace } };
  }

  private funcResult(): ast.FieldList | null {
    if (this.tok() === 'LPAREN') {
      const lparen = this.pos;
      this.next();
      const pl = this.paramList(null, null, 'RPAREN', false);
      return toFieldList(lparen, pl.params, pl.close);
    }
    const typ = this.typeOrNil();
    if (typ !== null) return { kind: 'FieldList', Opening: NoPos, List: [field([], typ, null)], Closing: NoPos };
    return null;
  }

  private fieldDecl(fields: ast.Field[]): void {
    const pos = this.pos;
    switch (this.tok()) {
      case 'IDENT': {
        const name = this.name();
        if (this.tok() === 'PERIOD' || literalToks.has(this.tok()) || this.tok() === 'SEMICOLON' || this.tok() === 'RBRACE') {
          // embedded type
          const typ = this.qualifiedName(name);
          const tag = this.oliteral();
          fields.push(field([], typ, tag));
          return;
        }
        const names = this.nameList(name);
        let typ: ast.Expr;
        if (names.length === 1 && this.tok() === 'LBRACK') {
          // An embedded instantiated type T[P1, P2] or a field T of array/slice type.
          const t = this.arrayOrTArgs();
          if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
            const inst = { ...t, X: name };
            const tag = this.oliteral();
            fields.push(field([], inst, tag));
            return;
          }
          typ = t;
        } else {
          typ = this.type_();
        }
        const tag = this.oliteral();
        fields.push(field(names, typ, tag));
        return;
      }
      case 'MUL': {
        this.next();
        let typ: ast.Expr;
        if (this.tok() === 'LPAREN') {
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          typ = this.qualifiedName(null);
          this.got('RPAREN');
        } else {
          typ = this.qualifiedName(null);
        }
        const tag = this.oliteral();
        fields.push(field([], { kind: 'StarExpr', Star: pos, X: typ }, tag));
        return;
      }
      case 'LPAREN': {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let typ: ast.Expr;
        if (this.tok() === 'MUL') {
          const spos = this.pos;
          this.next();
          typ = { kind: 'StarExpr', Star: spos, X: this.qualifiedName(null) };
        } else {
          typ = this.qualifiedName(null);
        }
        this.got('RPAREN');
        const tag = this.oliteral();
        fields.push(field([], typ, tag));
        return;
      }
      default:
        this.syntaxError('expected field name or embedded type');
        this.advance('SEMICOLON', 'RBRACE');
    }
  }

  /** After a name: `[n]E`, `[]E`, or type arguments `[A, B]` (X left for the caller). */
  private arrayOrTArgs(): ast.Expr {
    const pos = this.pos;
    this.want('LBRACK');
    if (this.got('RBRACK')) return this.sliceType(pos);
    const [list, comma] = this.typeList(false);
    const rbrack = this.pos;
    this.want('RBRACK');
    if (!comma) {
      const elem = this.typeOrNil();
      if (elem !== null) return { kind: 'ArrayType', Lbrack: pos, Len: list[0]!, Elt: elem };
    }
    const placeholder = ident(NoPos, '_');
    return list.length === 1
      ? { kind: 'IndexExpr', X: placeholder, Lbrack: pos, Index: list[0]!, Rbrack: rbrack }
      : { kind: 'IndexListExpr', X: placeholder, Lbrack: pos, Indices: list, Rbrack: rbrack };
  }

  private oliteral(): ast.BasicLit | null {
    if (literalToks.has(this.tok())) {
      const b: ast.BasicLit = {
        kind: 'BasicLit', ValuePos: this.pos, Kind: this.tok() as ast.BasicLit['Kind'], Value: this.lit,
        ...(this.s.bad ? { Bad: true } : {}),
      };
      this.next();
      return b;
    }
    return null;
  }

  /** An interface element starting with a name: a method or an embedded (instantiated) type. */
  private methodDecl(): Param {
    const name = this.name();
    const context = 'interface method';
    switch (this.tok()) {
      case 'LPAREN':
        return { name, type: this.funcType(context, NoPos) };
      case 'LBRACK': {
        const pos = this.pos;
        this.next();
        if (this.tok() === 'RBRACK') {
          const rpos = this.pos;
          this.next();
          if (this.tok() === 'LPAREN') {
            this.errorAt(rpos, 'empty type parameter list');
            return { name, type: this.funcType(context, NoPos) };
          }
          this.errorAt(rpos, 'empty type argument list');
          return { name: null, type: name };
        }
        const pl = this.paramList(null, null, 'RBRACK', false);
        const list = pl.params;
        if (list.length === 0) {
          if (this.tok() === 'LPAREN') return { name, type: this.funcType(context, NoPos) };
          return { name: null, type: name };
        }
        if (list[0]!.name !== null) {
          const t = this.funcType(context, NoPos);
          this.errorAt(pos, 'interface method must have no type parameters');
          return { name, type: t };
        }
        const types = list.map((p) => p.type!);
        const t: ast.Expr = types.length === 1
          ? { kind: 'IndexExpr', X: name, Lbrack: pos, Index: types[0]!, Rbrack: pl.close }
          : { kind: 'IndexListExpr', X: name, Lbrack: pos, Indices: types, Rbrack: pl.close };
        return { name: null, type: t };
      }
      default:
        return { name: null, type: this.qualifiedName(name) };
    }
  }

  /** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
  private embeddedElem(f: Param | null): Param {
    if (f === null) f = { name: null, type: this.embeddedTerm() };
    while (this.tok() === 'OR') {
      const opPos = this.pos;
      this.next();
      f.type = { kind: 'BinaryExpr', X: f.type!, OpPos: opPos, Op: 'OR', Y: this.embeddedTerm() };
    }
    return f;
  }

  private embeddedTerm(): ast.Expr {
    if (this.tok() === 'TILDE') {
      const pos = this.pos;
      this.next();
      return { kind: 'UnaryExpr', OpPos: pos, Op: 'TILDE', X: this.type_() };
    }
    let t = this.typeOrNil();
    if (t === null) {
      t = this.badExpr();
      this.syntaxError('expected ~ term or type');
      this.advance('OR', 'SEMICOLON', 'RPAREN', 'RBRACK', 'RBRACE');
    }
    return t;
  }

  /** ParameterDecl = [ IdentifierList ] [ "..." ] Type . */
  private paramDeclOrNil(name: ast.Ident | null, follow: Token): Param | null {
    const typeSetsOk = follow === 'RBRACK';
    if (name === null && typeSetsOk && this.tok() === 'TILDE') return this.embeddedElem(null);
    const f: Param = { name: null, type: null };
    if (this.tok() === 'IDENT' || name !== null) {
      if (name === null) name = this.name();
      if (this.tok() === 'LBRACK') {
        const t = this.arrayOrTArgs();
        if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
          f.type = { ...t, X: name };
        } else {
          f.name = name;
          f.type = t;
        }
        if (typeSetsOk && this.tok() === 'OR') return this.embeddedElem(f);
        return f;
      }
      if (this.tok() === 'PERIOD') {
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.tok() === 'OR') return this.embeddedElem(f);
        return f;
      }
      if (typeSetsOk && this.tok() === 'OR') {
        f.type = name;
        return this.embeddedElem(f);
      }
      f.name = name;
    }
    if (this.tok() === 'ELLIPSIS') {
      const pos = this.pos;
      this.next();
      let elt = this.typeOrNil();
      if (elt === null) {
        elt = this.badExpr();
        this.syntaxError('... is missing type');
      }
      f.type = { kind: 'Ellipsis', Ellipsis: pos, Elt: elt };
      return f;
    }
    if (typeSetsOk && this.tok() === 'TILDE') {
      f.type = this.embeddedElem(null).type;
      return f;
    }
    f.type = this.typeOrNil();
    if (typeSetsOk && this.tok() === 'OR' && f.type !== null) return this.embeddedElem(f);
    if (f.name !== null || f.type !== null) return f;
    this.syntaxError('expected ' + tokstring(follow));
    this.advance('COMMA', follow);
    return null;
  }

  /**
   * Parameters after "(" or "[" (already consumed). If name is set it is the first name; if typ is
   * also set, (name, typ) is the first parameter. Either all parameters end up named or none.
   */
  private paramList(name: ast.Ident | null, typ: ast.Expr | null, close: Token, requireNames: boolean): { params: Param[]; close: Pos } {
    if (name !== null && typ !== null && this.tok() === close) {
      const c = this.pos;
      this.next();
      return { params: [{ name, type: typ }], close: c };
    }
    const list: Param[] = [];
    let named = 0;
    let typed = 0;
    const end = this.list('parameter list', 'COMMA', close, () => {
      let par: Param | null;
      if (typ !== null) par = { name, type: typ };
      else par = this.paramDeclOrNil(name, close);
      name = null;
      typ = null;
      if (par !== null) {
        if (par.name !== null && par.type !== null) named++;
        if (par.type !== null) typed++;
        list.push(par);
      }
      return false;
    });
    if (list.length === 0) return { params: list, close: end };

    if (named === 0 && !requireNames) {
      // all unnamed: the names found are type names
      for (const par of list) {
        if (par.name !== null) {
          par.type = par.name;
          par.name = null;
        }
      }
    } else if (named !== list.length) {
      // some named, or a type parameter list: all must be named
      let errPos: Pos = NoPos;
      let t: ast.Expr | null = null;
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i]!;
        if (par.type !== null) {
          t = par.type;
          if (par.name === null) {
            errPos = startPos(t);
            par.name = ident(errPos, '_');
          }
        } else if (t !== null) {
          par.type = t;
        } else {
          errPos = par.name!.NamePos;
          par.type = { kind: 'BadExpr', From: errPos, To: errPos };
        }
      }
      if (errPos !== NoPos) {
        let msg: string;
        if (requireNames) {
          if (named === typed) {
            errPos = end;
            msg = 'missing type constraint';
          } else {
            msg = 'missing type parameter name';
            if (list.length === 1) msg += ' or invalid array length';
          }
        } else {
          msg = 'mixed named and unnamed parameters';
        }
        this.syntaxErrorAt(errPos, msg);
      }
    }
    return { params: list, close: end };
  }

  private badExpr(): ast.BadExpr {
    return { kind: 'BadExpr', From: this.pos, To: this.pos };
  }

  // ------------------------------------------------------------------------------------------
  // Statements

  private simpleStmt(lhs: ast.Expr[] | null, keyword: Token): SimpleStmt {
    if (keyword === 'FOR' && this.tok() === 'RANGE') return this.newRangeClause([], false, NoPos);
    if (lhs === null) lhs = this.exprList();
    if (lhs.length === 1 && this.tok() !== 'ASSIGN' && this.tok() !== 'DEFINE') {
      const x = lhs[0]!;
      const pos = this.pos;
      if (assignOps.has(this.tok())) {
        const tok = this.tok();
        this.next();
        return { kind: 'AssignStmt', Lhs: lhs, TokPos: pos, Tok: tok, Rhs: [this.expr()] };
      }
      if (this.tok() === 'INC' || this.tok() === 'DEC') {
        const tok = this.tok() as 'INC' | 'DEC';
        this.next();
        return { kind: 'IncDecStmt', X: x, TokPos: pos, Tok: tok };
      }
      if (this.tok() === 'ARROW') {
        this.next();
        return { kind: 'SendStmt', Chan: x, Arrow: pos, Value: this.expr() };
      }
      return { kind: 'ExprStmt', X: x };
    }
    if (this.tok() === 'ASSIGN' || this.tok() === 'DEFINE') {
      const pos = this.pos;
      const tok = this.tok();
      this.next();
      if (keyword === 'FOR' && this.tok() === 'RANGE') return this.newRangeClause(lhs, tok === 'DEFINE', pos);
      const rhs = this.exprList();
      const a: ast.AssignStmt = { kind: 'AssignStmt', Lhs: lhs, TokPos: pos, Tok: tok, Rhs: rhs };
      if (keyword === 'SWITCH' && tok === 'DEFINE' && lhs.length === 1 && lhs[0]!.kind === 'Ident' &&
        rhs.length === 1 && isTypeSwitchGuard(rhs[0]!)) {
        this.guardAssigns.add(a);
      }
      return a;
    }
    this.syntaxError('expected := or = or comma');
    this.advance('SEMICOLON', 'RBRACE');
    return { kind: 'ExprStmt', X: lhs[0]! };
  }

  private newRangeClause(lhs: ast.Expr[], def: boolean, tokPos: Pos): RangeClause {
    const rangePos = this.pos;
    this.next();
    return { kind: 'RangeClause', Lhs: lhs, Def: def, TokPos: tokPos, Range: rangePos, X: this.expr() };
  }

  private labeledStmtOrNil(label: ast.Ident): ast.Stmt | null {
    const colon = this.pos;
    this.want('COLON');
    if (this.tok() === 'RBRACE') {
      // The statement may be an (implicit) empty statement before }.
      return { kind: 'LabeledStmt', Label: label, Colon: colon, Stmt: { kind: 'EmptyStmt', Semicolon: this.pos, Implicit: true } };
    }
    const s = this.stmtOrNil();
    if (s !== null) return { kind: 'LabeledStmt', Label: label, Colon: colon, Stmt: s };
    this.syntaxErrorAt(colon, 'missing statement after label');
    return null;
  }

  private blockStmt(context: string): ast.BlockStmt {
    const lbrace = this.pos;
    if (!this.got('LBRACE')) {
      this.syntaxError('expected { after ' + context);
      this.advance('IDENT', 'RBRACE');
      const rb = this.pos;
      if (this.got('RBRACE')) return { kind: 'BlockStmt', Lbrace: lbrace, List: [], Rbrace: rb };
    }
    const list = this.stmtList();
    const rbrace = this.pos;
    this.want('RBRACE');
    return { kind: 'BlockStmt', Lbrace: lbrace, List: list, Rbrace: rbrace };
  }

  private forStmt(): ast.ForStmt | ast.RangeStmt {
    const pos = this.pos;
    const h = this.header('FOR');
    const body = this.blockStmt('for clause');
    if (h.init !== null && h.init.kind === 'RangeClause') {
      const r = h.init;
      return {
        kind: 'RangeStmt', For: pos, Key: r.Lhs[0] ?? null, Value: r.Lhs[1] ?? null,
        TokPos: r.TokPos, Tok: r.Lhs.length === 0 ? 'ILLEGAL' : r.Def ? 'DEFINE' : 'ASSIGN',
        Range: r.Range, X: r.X, Body: body,
        ...(r.Lhs.length > 2 ? { ExtraLhs: r.Lhs.slice(2) } : {}),
      } as ast.RangeStmt;
    }
    return { kind: 'ForStmt', For: pos, Init: h.init as ast.Stmt | null, Cond: h.cond, Post: h.post, Body: body };
  }

  /** The header of if/for/switch: init; cond; post (cf. gc's parser.header). */
  private header(keyword: Token): { init: SimpleStmt | null; cond: ast.Expr | null; guard: ast.Stmt | null; post: ast.Stmt | null } {
    this.want(keyword);
    let init: SimpleStmt | null = null;
    let cond: ast.Expr | null = null;
    let guard: ast.Stmt | null = null;
    let post: ast.Stmt | null = null;
    if (this.tok() === 'LBRACE') {
      if (keyword === 'IF') {
        this.syntaxError('missing condition in if statement');
        cond = this.badExpr();
      }
      return { init, cond, guard, post };
    }
    const outer = this.xnest;
    this.xnest = -1;
    if (this.tok() !== 'SEMICOLON') {
      if (this.got('VAR')) this.syntaxError(`var declaration not allowed in ${tokstring(keyword)} initializer`);
      init = this.simpleStmt(null, keyword);
      if (init.kind === 'RangeClause') {
        this.xnest = outer;
        return { init, cond, guard, post };
      }
    }
    let condStmt: SimpleStmt | null = null;
    let semiPos: Pos = NoPos;
    let semiLit = '';
    let skipToDone = false;
    if (this.tok() !== 'LBRACE') {
      if (this.tok() === 'SEMICOLON') {
        semiPos = this.pos;
        semiLit = this.lit;
        this.next();
      } else {
        // asking for a { rather than a ; gives a better error message
        this.want('LBRACE');
        if (this.tok() !== 'LBRACE') this.advance('LBRACE', 'RBRACE');
      }
      if (keyword === 'FOR') {
        if (this.tok() !== 'SEMICOLON') {
          if (this.tok() === 'LBRACE') {
            this.syntaxError('expected for loop condition');
            skipToDone = true;
          } else {
            condStmt = this.simpleStmt(null, 'ILLEGAL');
          }
        }
        if (!skipToDone) {
          this.want('SEMICOLON');
          if (this.tok() !== 'LBRACE') {
            const ps = this.simpleStmt(null, 'ILLEGAL');
            if (ps.kind === 'AssignStmt' && ps.Tok === 'DEFINE') {
              this.syntaxErrorAt(ps.TokPos, 'cannot declare in post statement of for loop');
            }
            post = ps as ast.Stmt;
          }
        }
      } else if (this.tok() !== 'LBRACE') {
        condStmt = this.simpleStmt(null, keyword);
      }
    } else {
      condStmt = init;
      init = null;
    }

    if (condStmt === null) {
      if (keyword === 'IF' && semiPos !== NoPos) {
        if (semiLit !== 'semicolon') {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expected { after if clause`);
        } else {
          this.syntaxErrorAt(semiPos, 'missing condition in if statement');
        }
        cond = { kind: 'BadExpr', From: semiPos, To: semiPos };
      }
    } else if (condStmt.kind === 'ExprStmt') {
      cond = condStmt.X;
    } else if (condStmt.kind === 'AssignStmt' && this.guardAssigns.has(condStmt)) {
      guard = condStmt;
    } else {
      // A common mistake is = for ==: say so explicitly.
      let str: string;
      let pos: Pos;
      if (condStmt.kind === 'AssignStmt' && condStmt.Tok === 'ASSIGN') {
        str = 'assignment ' + emphasize(condStmt.Lhs) + ' = ' + emphasize(condStmt.Rhs);
        pos = condStmt.TokPos;
      } else if (condStmt.kind === 'RangeClause') {
        str = 'range ' + exprString(condStmt.X);
        pos = condStmt.Range;
      } else {
        str = stmtString(condStmt);
        pos = condStmt.kind === 'SendStmt' ? condStmt.Arrow : condStmt.TokPos;
      }
      this.syntaxErrorAt(pos, `cannot use ${str} as value`);
    }
    this.xnest = outer;
    return { init, cond, guard, post };
  }

  private ifStmt(): ast.IfStmt {
    const pos = this.pos;
    const h = this.header('IF');
    const body = this.blockStmt('if clause');
    let els: ast.BlockStmt | ast.IfStmt | null = null;
    if (this.got('ELSE')) {
      switch (this.tok()) {
        case 'IF':
          els = this.ifStmt();
          break;
        case 'LBRACE':
          els = this.blockStmt('');
          break;
        default:
          this.syntaxError('else must be followed by if or statement block');
          this.advance('IDENT', 'RBRACE');
      }
    }
    const cond: ast.Expr = h.cond ?? (h.guard !== null ? (h.guard as ast.AssignStmt).Rhs[0]! : { kind: 'BadExpr', From: pos, To: pos });
    return { kind: 'IfStmt', If: pos, Init: h.init as ast.Stmt | null, Cond: cond, Body: body, Else: els };
  }

  private switchStmt(): ast.SwitchStmt | ast.TypeSwitchStmt {
    const pos = this.pos;
    const h = this.header('SWITCH');
    const lbrace = this.pos;
    if (!this.got('LBRACE')) {
      this.syntaxError('missing { after switch clause');
      this.advance('CASE', 'DEFAULT', 'RBRACE');
    }
    const clauses: ast.CaseClause[] = [];
    while (this.tok() !== 'EOF' && this.tok() !== 'RBRACE') clauses.push(this.caseClause());
    const rbrace = this.pos;
    this.want('RBRACE');
    const body: ast.BlockStmt = { kind: 'BlockStmt', Lbrace: lbrace, List: clauses, Rbrace: rbrace };
    const init = h.init as ast.Stmt | null;
    if (h.guard !== null) return { kind: 'TypeSwitchStmt', Switch: pos, Init: init, Assign: h.guard as ast.AssignStmt, Body: body };
    if (h.cond !== null && isTypeSwitchGuard(h.cond)) {
      return { kind: 'TypeSwitchStmt', Switch: pos, Init: init, Assign: { kind: 'ExprStmt', X: h.cond }, Body: body };
    }
    return { kind: 'SwitchStmt', Switch: pos, Init: init, Tag: h.cond, Body: body };
  }

  private selectStmt(): ast.SelectStmt {
    const pos = this.pos;
    this.want('SELECT');
    const lbrace = this.pos;
    if (!this.got('LBRACE')) {
      this.syntaxError('missing { after select clause');
      this.advance('CASE', 'DEFAULT', 'RBRACE');
    }
    const clauses: ast.CommClause[] = [];
    while (this.tok() !== 'EOF' && this.tok() !== 'RBRACE') clauses.push(this.commClause());
    const rbrace = this.pos;
    this.want('RBRACE');
    return { kind: 'SelectStmt', Select: pos, Body: { kind: 'BlockStmt', Lbrace: lbrace, List: clauses, Rbrace: rbrace } };
  }

  private caseClause(): ast.CaseClause {
    const pos = this.pos;
    let list: ast.Expr[] = [];
    switch (this.tok()) {
      case 'CASE':
        this.next();
        list = this.exprList();
        break;
      case 'DEFAULT':
        this.next();
        break;
      default:
        this.syntaxError('expected case or default or }');
        this.advance('COLON', 'CASE', 'DEFAULT', 'RBRACE');
    }
    const colon = this.pos;
    this.want('COLON');
    return { kind: 'CaseClause', Case: pos, List: list, Colon: colon, Body: this.stmtList() };
  }

  private commClause(): ast.CommClause {
    const pos = this.pos;
    let comm: ast.SendStmt | ast.ExprStmt | ast.AssignStmt | null = null;
    switch (this.tok()) {
      case 'CASE': {
        this.next();
        const s = this.simpleStmt(null, 'ILLEGAL');
        // Only send, receive and receive-assignments are valid here; the type checker rejects
        // the rest, so an IncDecStmt is kept as an ExprStmt-shaped placeholder.
        comm = s.kind === 'IncDecStmt' || s.kind === 'RangeClause' ? { kind: 'ExprStmt', X: s.kind === 'IncDecStmt' ? s.X : s.X } : s;
        break;
      }
      case 'DEFAULT':
        this.next();
        break;
      default:
        this.syntaxError('expected case or default or }');
        this.advance('COLON', 'CASE', 'DEFAULT', 'RBRACE');
    }
    const colon = this.pos;
    this.want('COLON');
    return { kind: 'CommClause', Case: pos, Comm: comm, Colon: colon, Body: this.stmtList() };
  }

  private stmtOrNil(): ast.Stmt | null {
    if (this.tok() === 'IDENT') {
      const lhs = this.exprList();
      if (lhs.length === 1 && lhs[0]!.kind === 'Ident' && this.tok() === 'COLON') return this.labeledStmtOrNil(lhs[0]);
      return this.simpleStmt(lhs, 'ILLEGAL') as ast.Stmt;
    }
    switch (this.tok()) {
      case 'VAR': case 'CONST': case 'TYPE':
        return { kind: 'DeclStmt', Decl: this.genDecl() };
      case 'LBRACE':
        return this.blockStmt('');
      case 'ADD': case 'SUB': case 'MUL': case 'AND': case 'XOR': case 'NOT':
        return this.simpleStmt(null, 'ILLEGAL') as ast.Stmt;
      case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING': case 'FUNC': case 'LPAREN':
      case 'LBRACK': case 'STRUCT': case 'MAP': case 'CHAN': case 'INTERFACE': case 'ARROW':
        return this.simpleStmt(null, 'ILLEGAL') as ast.Stmt;
      case 'FOR':
        return this.forStmt();
      case 'SWITCH':
        return this.switchStmt();
      case 'SELECT':
        return this.selectStmt();
      case 'IF':
        return this.ifStmt();
      case 'FALLTHROUGH': {
        const pos = this.pos;
        this.next();
        return { kind: 'BranchStmt', TokPos: pos, Tok: 'FALLTHROUGH', Label: null };
      }
      case 'BREAK': case 'CONTINUE': {
        const pos = this.pos;
        const tok = this.tok() as 'BREAK' | 'CONTINUE';
        this.next();
        let label: ast.Ident | null = null;
        if (this.tok() === 'IDENT') label = this.name();
        return { kind: 'BranchStmt', TokPos: pos, Tok: tok, Label: label };
      }
      case 'GO': case 'DEFER':
        return this.callStmt();
      case 'GOTO': {
        const pos = this.pos;
        this.next();
        return { kind: 'BranchStmt', TokPos: pos, Tok: 'GOTO', Label: this.name() };
      }
      case 'RETURN': {
        const pos = this.pos;
        this.next();
        let results: ast.Expr[] = [];
        if (this.tok() !== 'SEMICOLON' && this.tok() !== 'RBRACE') results = this.exprList();
        return { kind: 'ReturnStmt', Return: pos, Results: results };
      }
      case 'SEMICOLON':
        return { kind: 'EmptyStmt', Semicolon: this.pos, Implicit: false };
    }
    return null;
  }

  private stmtList(): ast.Stmt[] {
    const l: ast.Stmt[] = [];
    while (this.tok() !== 'EOF' && this.tok() !== 'RBRACE' && this.tok() !== 'CASE' && this.tok() !== 'DEFAULT') {
      const s = this.stmtOrNil();
      if (s === null) break;
      l.push(s);
      if (!this.got('SEMICOLON') && this.tok() !== 'RBRACE') {
        this.syntaxError('at end of statement');
        this.advance('SEMICOLON', 'RBRACE', 'CASE', 'DEFAULT');
        this.got('SEMICOLON');
      }
    }
    return l;
  }

  /** Arguments after "(": returns the list, the position of a final `...` (or NoPos) and of ")". */
  private argList(): [ast.Expr[], Pos, Pos] {
    const list: ast.Expr[] = [];
    let ellipsis: Pos = NoPos;
    this.xnest++;
    const rparen = this.list('argument list', 'COMMA', 'RPAREN', () => {
      list.push(this.expr());
      if (this.tok() === 'ELLIPSIS') {
        ellipsis = this.pos;
        this.next();
        return true;
      }
      return false;
    });
    this.xnest--;
    return [list, ellipsis, rparen];
  }

  // ------------------------------------------------------------------------------------------
  // Common productions

  private name(): ast.Ident {
    if (this.tok() === 'IDENT') {
      const n = ident(this.pos, this.lit);
      this.next();
      return n;
    }
    const n = ident(this.pos, '_');
    this.syntaxError('expected name');
    this.advance();
    return n;
  }

  private nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got('COMMA')) l.push(this.name());
    return l;
  }

  private qualifiedName(name: ast.Ident | null): ast.Expr {
    let x: ast.Expr;
    if (name !== null) x = name;
    else if (this.tok() === 'IDENT') x = this.name();
    else {
      x = ident(this.pos, '_');
      this.syntaxError('expected name');
      this.advance('PERIOD', 'SEMICOLON', 'RBRACE');
    }
    if (this.tok() === 'PERIOD') {
      this.next();
      x = { kind: 'SelectorExpr', X: x, Sel: this.name() };
    }
    if (this.tok() === 'LBRACK') x = this.typeInstance(x);
    return x;
  }

  private exprList(): ast.Expr[] {
    const list = [this.expr()];
    while (this.got('COMMA')) list.push(this.expr());
    return list;
  }

  /** A non-empty list of types (the first may be an expression unless strict); [list, sawComma]. */
  private typeList(strict: boolean): [ast.Expr[], boolean] {
    this.xnest++;
    const list: ast.Expr[] = [strict ? this.type_() : this.expr()];
    let comma = false;
    if (this.got('COMMA')) {
      comma = true;
      let t = this.typeOrNil();
      if (t !== null) {
        list.push(t);
        while (this.got('COMMA')) {
          t = this.typeOrNil();
          if (t === null) break;
          list.push(t);
        }
      }
    }
    this.xnest--;
    return [list, comma];
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function ident(pos: Pos, name: string): ast.Ident {
  return { kind: 'Ident', NamePos: pos, Name: name };
}

function field(names: ast.Ident[], type: ast.Expr, tag: ast.BasicLit | null): ast.Field {
  return { kind: 'Field', Doc: null, Names: names, Type: type, Tag: tag, Comment: null };
}

/** Groups gc-style parameters (one per name, sharing type nodes) into go/ast fields. */
function toFieldList(open: Pos, params: Param[], close: Pos): ast.FieldList {
  const list: ast.Field[] = [];
  let i = 0;
  while (i < params.length) {
    const p = params[i]!;
    if (p.name === null) {
      list.push(field([], p.type!, null));
      i++;
      continue;
    }
    const names = [p.name];
    let j = i + 1;
    while (j < params.length && params[j]!.name !== null && params[j]!.type === p.type) names.push(params[j++]!.name!);
    list.push(field(names, p.type!, null));
    i = j;
  }
  return { kind: 'FieldList', Opening: open, List: list, Closing: close };
}

export function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.X;
  return x;
}

function isTypeSwitchGuard(x: ast.Expr): boolean {
  return x.kind === 'TypeAssertExpr' && x.Type === null;
}

/** Reports whether x is a (possibly parenthesized) type element, never an ordinary value. */
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'StarExpr':
      return isTypeElem(x.X);
    case 'UnaryExpr':
      return x.Op === 'TILDE' || isTypeElem(x.X);
    case 'BinaryExpr':
      return isTypeElem(x.X) || isTypeElem(x.Y);
    case 'ParenExpr':
      return isTypeElem(x.X);
    default:
      return false;
  }
}

/** Reports whether x syntactically must be a value, not a type. */
function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
    case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.X);
    case 'IndexExpr':
      return isValue(x.X) || isValue(x.Index);
    case 'IndexListExpr':
      return isValue(x.X);
    default:
      return false;
  }
}

/**
 * Splits x into (name, type) if x can be read as `name type` in a type parameter list
 * (cf. gc's extractName): `P *C`, `P *C|D`, `P (C)`; force allows it when x could also be a value.
 */
function extractName(x: ast.Expr, force: boolean): [ast.Ident | null, ast.Expr | null] {
  switch (x.kind) {
    case 'Ident':
      return [x, null];
    case 'BinaryExpr':
      if (x.Op === 'MUL') {
        if (x.X.kind === 'Ident' && (force || isTypeElem(x.Y))) {
          return [x.X, { kind: 'StarExpr', Star: x.OpPos, X: x.Y }];
        }
      } else if (x.Op === 'OR') {
        const [name, lhs] = extractName(x.X, force || isTypeElem(x.Y));
        if (name !== null && lhs !== null) return [name, { ...x, X: lhs }];
      }
      break;
    case 'CallExpr':
      if (x.Fun.kind === 'Ident' && x.Args.length === 1 && x.Ellipsis === NoPos && (force || isTypeElem(x.Args[0]!))) {
        return [x.Fun, x.Args[0]!];
      }
      break;
  }
  return [null, x];
}

function emphasize(list: readonly ast.Expr[]): string {
  const s = list.map(exprString).join(', ');
  if (list.length === 1 && list[0]!.kind === 'BinaryExpr') return '(' + s + ')';
  return s;
}

/** Sets the Doc comment of declarations: the group ending on the line just above the keyword. */
function attachDocs(decls: readonly ast.Decl[], groups: readonly ast.CommentGroup[], file: SourceFile): void {
  if (groups.length === 0) return;
  const endLine = new Map<number, ast.CommentGroup>();
  for (const g of groups) {
    const last = g.List[g.List.length - 1]!;
    endLine.set(file.position(last.Slash + last.Text.length).line, g);
  }
  for (const d of decls) {
    if (d.kind === 'BadDecl') continue;
    const pos = d.kind === 'FuncDecl' ? d.Type.Func : d.TokPos;
    const g = endLine.get(file.position(pos).line - 1);
    if (g !== undefined) (d as W<ast.GenDecl | ast.FuncDecl>).Doc = g;
  }
}
