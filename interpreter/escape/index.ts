// Escape analysis entry points: analyzeEscapes for a checked package, buildDiagnostics for what
// `go build -gcflags=FLAGS FILE.go` prints (gc's -m, -m=2 and -d=defer output, in gc's order).
import { formatDiagnostic, formatDiagnostics } from '../source/diagnostic.js';
import { type Position, SourceFile } from '../source/file.js';
import { hasSyntaxErrors, parseFile } from '../syntax/parser.js';
import { checkPackage } from '../types/check.js';
import type { Package } from '../types/info.js';
import type { Type } from '../types/types.js';
import { runBatch } from './escape.js';
import type { Flags } from './flags.js';
import type { Output } from './graph.js';
import { type Func, forEachChild, Name, type Node, setTypeText } from './ir.js';
import { Lowerer } from './lower.js';
import { msgTypeString } from './typetext.js';
import { visitFuncsBottomUp } from './scc.js';

export type { Flags } from './flags.js';

/** One line of output: a positioned message (`./f.go:3:6: msg`) or a raw -m=2 line. */
export interface EscapeLine {
  readonly pos: number; // -1 for raw lines
  readonly text: string;
}

/** Maps positions to file:line:column: a SourceFile, or a FileSet when the package has several files (cells). */
export interface PositionMap {
  position(pos: number): Position;
}

/**
 * Runs escape analysis over a checked package; returns gc's lines in gc's order. With `only`, the
 * lines positioned outside it are dropped (a notebook shows the verdicts of the current cell while
 * earlier cells' functions still take part in the analysis).
 */
export function analyzeEscapes(pkg: Package, flags: Flags, file: PositionMap, only?: (pos: number) => boolean): string[] {
  const lines: string[] = [];
  const fmtPos = (p: number): string => {
    const q = file.position(p);
    return flags.noColumns === true ? `${q.filename}:${q.line}` : `${q.filename}:${q.line}:${q.column}`;
  };
  const out: Output = {
    warn: (pos, msg) => {
      if (only === undefined || only(pos)) lines.push(`${fmtPos(pos)}: ${msg}`);
    },
    raw: (pos, line) => {
      if (only === undefined || only(pos)) lines.push(line);
    },
    fmtPos,
  };
  runAnalysis(pkg, flags, out);
  return lines;
}

/** How each string-to-[]byte and string-to-[]rune conversion of the package allocates under
 *  -m -l, by the position gc reports it at (gcPos of its operand): `stack` when its result does
 *  not escape (Go's 32-byte buffer, which cap() shows), `zerocopy` when it also is never written
 *  (the bytes stay the string's); conversions not listed escape. Inlining, which go run does and
 *  -l does not, can only keep more of them on the stack. */
export function conversionAllocs(pkg: Package): Map<number, 'stack' | 'zerocopy'> {
  const allocs = new Map<number, 'stack' | 'zerocopy'>();
  const stays = /^\(\[\](byte|rune|uint8|int32)\)\(.*\) does not escape$/;
  const out: Output = {
    warn: (pos, msg) => {
      if (msg === 'zero-copy string->[]byte conversion') allocs.set(pos, 'zerocopy');
      else if (stays.test(msg) && !allocs.has(pos)) allocs.set(pos, 'stack');
    },
    raw: () => {},
    fmtPos: () => '',
  };
  runAnalysis(pkg, { m: 1, l: true, deferDebug: false }, out);
  return allocs;
}

function runAnalysis(pkg: Package, flags: Flags, out: Output): void {
  const tt = (t: Type): string => msgTypeString(t, pkg.path);
  setTypeText(tt);
  const lowerer = new Lowerer(pkg, tt);
  const { funcs } = lowerer.lowerPackage();
  for (const f of funcs) markReassigned(f);
  if (flags.m > 0 || flags.deferDebug) {
    const order: Func[] = [];
    visitFuncsBottomUp(funcs, (batch) => order.push(...batch.filter((f) => !f.isHiddenClosure)));
    lowerer.devirtualize(order, flags.m > 0 ? out.warn : () => {});
  }
  if (flags.m > 0) visitFuncsBottomUp(funcs, (batch) => runBatch(batch, flags, out));
  else if (flags.deferDebug) visitFuncsBottomUp(funcs, (batch) => runBatch(batch, flags, quiet(out.fmtPos)));
  if (flags.deferDebug) reportDefers(funcs, out, flags.m === 0);
}

function quiet(fmtPos: (p: number) => string): Output {
  return { warn: () => {}, raw: () => {}, fmtPos };
}

/** Parses -gcflags: "-m", "-m=2", "-m -l", "-d=defer", "-l". */
export function parseGcflags(s: string): Flags | string {
  const flags: Flags = { m: 0, l: false, deferDebug: false };
  for (const w of s.trim().split(/\s+/).filter(Boolean)) {
    if (w === '-m') flags.m++;
    else if (/^-m=\d+$/.test(w)) flags.m = Number(w.slice(3));
    else if (w === '-l') flags.l = true;
    else if (w === '-d=defer') flags.deferDebug = true;
    else if (w === '-e') flags.allErrors = true;
    else if (w === '-C') flags.noColumns = true;
    else if (w === '-N') continue;
    else return `golesson: unsupported compiler flag ${w} (supported: -m, -m=N, -l, -d=defer)`;
  }
  if (flags.m > 0 && !flags.l) {
    return 'golesson: -m without -l would also print the inliner\'s decisions, which golesson does not model; add -l (e.g. -gcflags=\'-m -l\')';
  }
  return flags;
}

/** Checker setup a caller provides: the standard packages the program may import. */
export interface BuildEnv {
  importer: (path: string) => Package | null;
  /** Behave as `go tool compile` (body-less functions allowed) rather than `go build`. */
  toolCompile?: boolean;
}

/**
 * What `go build -gcflags=GCFLAGS FILENAME` prints for a one-file package: the
 * "# command-line-arguments" header and gc's lines, or nothing. Compile errors are reported as gc
 * reports them. Returns { output, ok }: ok is false when the build fails (exit status 1).
 */
export function buildDiagnostics(source: string, filename: string, gcflags: string, env: BuildEnv): { output: string; ok: boolean } {
  // `go tool compile` without -complete (what Go's own tests run) accepts functions without bodies.
  const toolCompile = env.toolCompile === true;
  const flags = parseGcflags(gcflags);
  if (typeof flags === 'string') return { output: flags + '\n', ok: false };
  const file = new SourceFile(filename, source);
  const parsed = parseFile(file);
  let errs = parsed.diagnostics;
  let lines: string[] = [];
  if (!hasSyntaxErrors(errs)) {
    const { pkg, diagnostics } = checkPackage({ path: 'main', files: [parsed.file], importer: env.importer, goVersion: parsed.file.GoVersion });
    errs = [...errs, ...diagnostics.filter((d) => !(toolCompile && d.msg === 'missing function body'))];
    if (errs.length === 0) lines = analyzeEscapes(pkg, flags, file);
  }
  if (errs.length > 0) {
    let lines2 = flags.allErrors === true ? [...errs].sort((a, b) => a.pos - b.pos).map(formatDiagnostic) : formatDiagnostics(errs);
    if (flags.noColumns === true) lines2 = lines2.map((l) => l.replace(/^([^:]*:\d+):\d+:/, '$1:'));
    return { output: `# command-line-arguments\n${lines2.map((l) => l + '\n').join('')}`, ok: false };
  }
  if (lines.length === 0) return { output: '', ok: true };
  return { output: `# command-line-arguments\n${lines.map((l) => l + '\n').join('')}`, ok: true };
}

// ---------------------------------------------------------------------------------------------

/** Marks names assigned besides their definition or whose address is taken (cf. ir.Reassigned). */
function markReassigned(f: Func): void {
  const seen = new Set<Node>();
  const mark = (n: Node | null): void => {
    if (n instanceof Name) n.canonical().reassignedAnywhere = true;
  };
  const visit = (n: Node | null): void => {
    if (n === null || seen.has(n)) return;
    seen.add(n);
    switch (n.op) {
      case 'AS':
        if (n.x instanceof Name && n.x.defn !== n) mark(n.x);
        break;
      case 'AS2': case 'AS2FUNC': case 'AS2DOTTYPE': case 'AS2MAPR': case 'AS2RECV':
        for (const l of n.list) if (l instanceof Name && l.defn !== n) mark(l);
        break;
      case 'ASOP':
        mark(n.x);
        break;
      case 'RANGE':
        for (const l of n.rlist) if (l instanceof Name && l.defn !== n) mark(l);
        break;
      case 'ADDR':
        mark(n.x);
        break;
    }
    forEachChild(n, visit);
    if (n.op === 'CLOSURE' && n.func !== null) for (const s of n.func.body) visit(s);
  };
  for (const s of f.body) visit(s);
}

/** -d=defer: how each defer statement is implemented (cf. ssagen's ODEFER case). */
function reportDefers(funcs: Func[], out: Output, sorted: boolean): void {
  const all: Func[] = [];
  const add = (f: Func): void => {
    all.push(f);
    for (const c of f.closures) add(c);
  };
  for (const f of funcs) add(f);
  // Functions in source order, each followed by its function literals. Without -m, gc holds its
  // messages back and prints them sorted by position, once each (a generic function's defers are
  // reported once per shape).
  const lines: { pos: number; msg: string }[] = [];
  for (const f of all) {
    if (f.defers.length === 0) continue;
    let open = f.defers.length <= 8 && f.defers.every((d) => d.label === 'stack');
    if (open && f.results.some((r) => r.escapes)) open = false;
    if (open && f.returns * f.defers.length > 15) open = false;
    for (const d of f.defers) {
      const kind = open ? 'open-coded' : d.label === 'stack' ? 'stack-allocated' : 'heap-allocated';
      lines.push({ pos: d.pos, msg: `${kind} defer` });
    }
  }
  if (sorted) lines.sort((a, b) => a.pos - b.pos);
  let last = '';
  for (const l of lines) {
    const key = `${l.pos} ${l.msg}`;
    if (sorted && key === last) continue;
    last = key;
    out.warn(l.pos, l.msg);
  }
}
