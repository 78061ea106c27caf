// The small intermediate form escape analysis runs on (cf. cmd/compile/internal/ir): the checked
// syntax tree with the compiler's implicit operations made explicit — interface conversions, the
// `... argument` slice of variadic calls, implicit & and * on receivers, go/defer wrappers, result
// variables ~r0 — and gc's way of printing nodes in messages (ir/fmt.go).
import type { Pos } from '../source/file.js';
import type { Signature, Type, Var } from '../types/types.js';
import type { Leaks } from './leaks.js';

export type Op =
  // expressions
  | 'NAME' | 'LITERAL' | 'NIL' | 'TYPE' | 'METHEXPR'
  | 'ADDR' | 'PTRLIT' | 'DEREF' | 'DOT' | 'DOTPTR' | 'DOTINTER' | 'DOTTYPE' | 'DOTTYPE2'
  | 'INDEX' | 'INDEXMAP' | 'SLICE' | 'SLICEARR' | 'SLICESTR' | 'SLICE3' | 'SLICE3ARR'
  | 'CONV' | 'CONVNOP' | 'CONVIFACE' | 'STR2BYTES' | 'BYTES2STR' | 'STR2RUNES' | 'RUNES2STR' | 'RUNESTR'
  | 'SLICE2ARR' | 'SLICE2ARRPTR'
  | 'PLUS' | 'NEG' | 'BITNOT' | 'NOT' | 'RECV'
  | 'ADD' | 'SUB' | 'OR' | 'XOR' | 'MUL' | 'DIV' | 'MOD' | 'LSH' | 'RSH' | 'AND' | 'ANDNOT'
  | 'EQ' | 'NE' | 'LT' | 'LE' | 'GT' | 'GE' | 'ANDAND' | 'OROR' | 'ADDSTR'
  | 'CALLFUNC' | 'CALLINTER' | 'APPEND' | 'COPY' | 'PANIC' | 'LEN' | 'CAP' | 'CLEAR' | 'CLOSE'
  | 'COMPLEX' | 'REAL' | 'IMAG' | 'MIN' | 'MAX' | 'DELETE' | 'PRINT' | 'PRINTLN' | 'RECOVER'
  | 'NEW' | 'MAKESLICE' | 'MAKEMAP' | 'MAKECHAN' | 'METHVALUE'
  | 'ARRAYLIT' | 'SLICELIT' | 'STRUCTLIT' | 'MAPLIT' | 'KEY' | 'CLOSURE'
  // statements
  | 'BLOCK' | 'DCL' | 'AS' | 'AS2' | 'AS2FUNC' | 'AS2DOTTYPE' | 'AS2MAPR' | 'AS2RECV' | 'ASOP'
  | 'IF' | 'FOR' | 'RANGE' | 'SWITCH' | 'CASE' | 'SELECT' | 'SEND' | 'RETURN' | 'GO' | 'DEFER'
  | 'LABEL' | 'BREAK' | 'CONTINUE' | 'GOTO' | 'FALL' | 'CHECKNIL';

export type Class = 'PAUTO' | 'PPARAM' | 'PPARAMOUT' | 'PEXTERN' | 'PFUNC';

/** One node; which fields are set depends on op (as in gc's ir, where each op has its struct). */
export class Node {
  op: Op;
  x: Node | null = null;
  y: Node | null = null;
  list: Node[] = [];
  init: Node[] = [];
  /** Implicit operations print as their operand (conversions, & and * the compiler inserted). */
  implicit = false;
  /** Text for LITERAL, selector name for DOT/METHVALUE/..., operator text for ASOP. */
  text = '';
  isDDD = false;
  /** Statements: if/for bodies, case bodies; else branch in els. */
  body: Node[] = [];
  els: Node[] = [];
  post: Node | null = null;
  /** RANGE key/value; AS2 left sides in list, right sides in rlist. */
  rlist: Node[] = [];
  /** AS from a := declaration. */
  def = false;
  /** CLOSURE: the function; CALLFUNC: nothing. */
  func: Func | null = null;
  /** SWITCH: a type switch guard (x in `switch v := x.(type)`), its bound name per case in CASE.x. */
  isTypeSwitch = false;
  /** For method calls: the static callee (a method's PFUNC name). */
  callee: Name | null = null;
  /** For static method calls: the method expression gc prints them as, `(*T).M` or `T.V`, the
   *  receiver (y) then being the first argument: `(*T).M(t, 1)`. Empty: printed as written. */
  methodExpr = '';
  /** For explicit conversions gc shows the type name. */
  typeText = '';
  /** DEFER statements: the defer was open-coded candidates etc. (filled by the defer report). */
  label = '';
  /** A method value of a generic type's method used in a call: the dictionary argument. */
  dict: Node | null = null;

  constructor(
    op: Op,
    readonly pos: Pos,
    public type: Type | null,
  ) {
    this.op = op;
  }
}

/** Calls f on each direct child of n (operands, lists, bodies), without allocating. */
export function forEachChild(n: Node, f: (c: Node) => void): void {
  const each = (l: readonly (Node | null)[]): void => {
    for (let i = 0; i < l.length; i++) {
      const c = l[i];
      if (c !== null && c !== undefined) f(c);
    }
  };
  each(n.init);
  if (n.x !== null) f(n.x);
  if (n.y !== null) f(n.y);
  each(n.list);
  each(n.rlist);
  if (n.post !== null) f(n.post);
  each(n.body);
  each(n.els);
}

/** A variable or function name (gc's ir.Name). */
export class Name extends Node {
  /** Set by escape analysis: the name's location. */
  opt: unknown = null;
  defn: Node | null = null;
  /** For a closure variable: the name in the enclosing function it refers to. */
  outer: Name | null = null;
  byval = false;
  addrtaken = false;
  /** Assigned somewhere besides its definition, or its address taken (cf. ir.Reassigned). */
  reassignedAnywhere = false;
  /** Set by escape analysis when the variable must live on the heap. */
  escapes = false;
  /** For PFUNC names: the function, when it has a body in this package. */
  fn: Func | null = null;
  /** For imported functions: the package path and the function's escape tags per parameter. */
  pkgPath = '';
  constructor(
    pos: Pos,
    readonly sym: string,
    readonly cls: Class,
    type: Type | null,
    public curfn: Func | null,
    readonly obj: Var | null = null,
  ) {
    super('NAME', pos, type);
    this.text = sym;
  }
  get isClosureVar(): boolean {
    return this.outer !== null;
  }
  /** The original variable a closure variable refers to. */
  canonical(): Name {
    let n: Name = this;
    while (n.outer !== null) n = n.outer;
    return n;
  }
}

/** A function, method or function literal with its body lowered (gc's ir.Func). */
export class Func {
  body: Node[] = [];
  /** Parameters (receiver first), results, then locals, in declaration order. */
  dcl: Name[] = [];
  params: Name[] = [];
  results: Name[] = [];
  closureVars: Name[] = [];
  /** The CLOSURE expression of a function literal; null for declared functions. */
  oclosure: Node | null = null;
  closureParent: Func | null = null;
  /** Declared without a body (implemented elsewhere, e.g. in assembly). */
  external = false;
  /** go/defer wrappers the compiler makes: no diagnostics of their own. */
  wrapper = false;
  /** Instantiations of generic functions (shaped bodies and their wrappers): no parameter
   *  diagnostics (gc marks them DUPOK), though allocations in them are reported. */
  dupok = false;
  esc = 0;
  closureResultsLost = false;
  /** Parameter tags (receiver first) once analysed; null entries for scalar parameters. */
  tags: (Leaks | null)[] | null = null;
  /** Closures met in this function's body, in order (for the bottom-up visit). */
  closures: Func[] = [];
  /** Functions and methods this function refers to statically. */
  refs: Func[] = [];
  /** Referenced functions and closures in the order the body mentions them (call-graph edges). */
  order: Func[] = [];
  /** -d=defer: the function's defers and returns. */
  defers: Node[] = [];
  returns = 0;
  hasDeferInLoop = false;
  constructor(
    readonly nname: Name,
    public sig: Signature,
    readonly pos: Pos,
  ) {}
  get isHiddenClosure(): boolean {
    return this.oclosure !== null;
  }
}

// ---------------------------------------------------------------------------------------------
// Printing nodes as gc does in its messages (ir/fmt.go exprFmt, stmtFmt).

const opPrec: Partial<Record<Op, number>> = {
  SEND: 3,
  PLUS: 7, NOT: 7, BITNOT: 7, NEG: 7, ADDR: 7, DEREF: 7, RECV: 7,
  MUL: 6, DIV: 6, MOD: 6, LSH: 6, RSH: 6, AND: 6, ANDNOT: 6,
  ADD: 5, SUB: 5, OR: 5, XOR: 5,
  EQ: 4, LT: 4, LE: 4, GE: 4, GT: 4, NE: 4,
  ANDAND: 3, OROR: 2,
};

const opText: Partial<Record<Op, string>> = {
  PLUS: '+', NEG: '-', BITNOT: '^', NOT: '!', RECV: '<-', ADDR: '&', DEREF: '*',
  ADD: '+', SUB: '-', OR: '|', XOR: '^', MUL: '*', DIV: '/', MOD: '%', LSH: '<<', RSH: '>>',
  AND: '&', ANDNOT: '&^', EQ: '==', NE: '!=', LT: '<', LE: '<=', GT: '>', GE: '>=', ANDAND: '&&', OROR: '||',
  APPEND: 'append', DELETE: 'delete', MIN: 'min', MAX: 'max', RECOVER: 'recover', PRINT: 'print',
  PRINTLN: 'println', REAL: 'real', IMAG: 'imag', CAP: 'cap', CLEAR: 'clear', CLOSE: 'close', LEN: 'len',
  NEW: 'new', PANIC: 'panic', COMPLEX: 'complex', COPY: 'copy',
};

/** The type printer used in messages; set by the analysis (it knows the package qualifier). */
export let typeText: (t: Type) => string = () => '?';
export function setTypeText(f: (t: Type) => string): void {
  typeText = f;
}

export function fmtNode(n: Node | null, prec = 0): string {
  if (n === null) return '<nil>';
  for (;;) {
    if ((n.op === 'ADDR' || n.op === 'DEREF' || n.op === 'CONV' || n.op === 'CONVNOP' || n.op === 'CONVIFACE') && n.implicit && n.x !== null) {
      n = n.x;
      continue;
    }
    break;
  }
  // Nodes gc cannot print as Go (`<node DYNAMICDOTTYPE>`) have no precedence.
  const nprec = (n.op === 'DOTTYPE' || n.op === 'DOTTYPE2') && n.text !== '' ? 0 : opPrec[n.op] ?? 8;
  if (prec > nprec) return `(${fmtNode(n)})`;
  const list = (l: Node[]): string => l.map((x) => fmtNode(x)).join(', ');
  switch (n.op) {
    case 'NIL': return 'nil';
    case 'LITERAL': case 'NAME': case 'TYPE': return n.text;
    case 'CLOSURE': return 'func literal';
    case 'PTRLIT': return `&${fmtNode(n.x)}`;
    case 'ARRAYLIT': case 'SLICELIT': case 'STRUCTLIT': case 'MAPLIT':
      if (n.implicit) return '... argument';
      return `${typeText(n.type!)}{${n.list.length > 0 ? '...' : ''}}`;
    case 'KEY': return `${fmtNode(n.x)}:${fmtNode(n.y)}`;
    case 'DOT': case 'DOTPTR': case 'DOTINTER': case 'METHVALUE': case 'METHEXPR':
      return `${fmtNode(n.x, nprec)}.${n.text}`;
    case 'DOTTYPE': case 'DOTTYPE2':
      if (n.text !== '') return n.text;
      return `${fmtNode(n.x, nprec)}.(${typeText(n.type!)})`;
    case 'INDEX': case 'INDEXMAP': return `${fmtNode(n.x, nprec)}[${fmtNode(n.y)}]`;
    case 'SLICE': case 'SLICESTR': case 'SLICEARR': case 'SLICE3': case 'SLICE3ARR': {
      const [lo, hi, max] = n.list;
      let s = `${fmtNode(n.x, nprec)}[`;
      if (lo) s += fmtNode(lo);
      s += ':';
      if (hi) s += fmtNode(hi);
      if (n.op === 'SLICE3' || n.op === 'SLICE3ARR') s += ':' + (max ? fmtNode(max) : '');
      return s + ']';
    }
    case 'COMPLEX': case 'COPY': return `${opText[n.op]}(${fmtNode(n.x)}, ${fmtNode(n.y)})`;
    case 'CONV': case 'CONVIFACE': case 'CONVNOP': case 'BYTES2STR': case 'RUNES2STR': case 'STR2BYTES':
    case 'STR2RUNES': case 'RUNESTR': case 'SLICE2ARR': case 'SLICE2ARRPTR': {
      const t = n.typeText !== '' ? n.typeText : `(${typeText(n.type!)})`;
      return `${t}(${fmtNode(n.x)})`;
    }
    case 'REAL': case 'IMAG': case 'CAP': case 'CLEAR': case 'CLOSE': case 'LEN': case 'NEW': case 'PANIC':
      if (n.op === 'NEW') return `new(${n.x!.text !== '' ? n.x!.text : typeText(n.x!.type!)})`;
      return `${opText[n.op]}(${fmtNode(n.x)})`;
    case 'APPEND': case 'DELETE': case 'MIN': case 'MAX': case 'RECOVER': case 'PRINT': case 'PRINTLN':
      return `${opText[n.op]}(${list(n.list)}${n.isDDD ? '...' : ''})`;
    case 'CALLFUNC': case 'CALLINTER':
      if (n.methodExpr !== '' && n.y !== null) return `${n.methodExpr}(${list([n.y, ...n.list])}${n.isDDD ? '...' : ''})`;
      return `${fmtNode(n.x, nprec)}(${list(n.list)}${n.isDDD ? '...' : ''})`;
    case 'MAKESLICE': case 'MAKEMAP': case 'MAKECHAN': {
      const [len, cap] = n.list;
      if (cap) return `make(${typeText(n.type!)}, ${fmtNode(len!)}, ${fmtNode(cap)})`;
      if (len) return `make(${typeText(n.type!)}, ${fmtNode(len)})`;
      return `make(${typeText(n.type!)})`;
    }
    case 'PLUS': case 'NEG': case 'BITNOT': case 'NOT': case 'RECV': case 'ADDR':
      return opText[n.op]! + (n.x !== null && n.x.op === n.op ? ' ' : '') + fmtNode(n.x, nprec + 1);
    case 'DEREF': return '*' + fmtNode(n.x, nprec + 1);
    case 'ADD': case 'SUB': case 'OR': case 'XOR': case 'MUL': case 'DIV': case 'MOD': case 'LSH': case 'RSH':
    case 'AND': case 'ANDNOT': case 'EQ': case 'NE': case 'LT': case 'LE': case 'GT': case 'GE':
    case 'ANDAND': case 'OROR':
      return `${fmtNode(n.x, nprec)} ${opText[n.op]} ${fmtNode(n.y, nprec + 1)}`;
    case 'ADDSTR': return n.list.map((x) => fmtNode(x, nprec)).join(' + ');
    case 'SEND': return `${fmtNode(n.x, nprec)} <- ${fmtNode(n.y, nprec + 1)}`;
    // statements (stmtFmt)
    case 'AS':
      return n.def ? `${fmtNode(n.x)} := ${fmtNode(n.y)}` : `${fmtNode(n.x)} = ${fmtNode(n.y)}`;
    case 'AS2': case 'AS2FUNC': case 'AS2DOTTYPE': case 'AS2MAPR': case 'AS2RECV':
      return `${list(n.list)} ${n.def ? ':=' : '='} ${list(n.rlist)}`;
    case 'ASOP':
      if (n.text === '++' || n.text === '--') return `${fmtNode(n.x)}${n.text}`;
      return `${fmtNode(n.x)} ${n.text}= ${fmtNode(n.y)}`;
    case 'RETURN': return `return ${list(n.list)}`;
    case 'RANGE': return 'for loop';
    case 'CASE': {
      // A case prints with its body; declarations belong to the statement that defines them.
      const head = n.list.length > 0 ? `case ${list(n.list)}` : 'default';
      return `${head}: ${stmtList(n.body)}`;
    }
    case 'DEFER': return `defer ${fmtNode(n.x)}`;
    case 'GO': return `go ${fmtNode(n.x)}`;
    case 'DCL': return `var ${fmtNode(n.x)} ${typeText(n.x!.type!)}`;
    case 'BLOCK': return stmtList(n.list);
    case 'IF': {
      const init = n.init.filter((s) => s.op !== 'DCL');
      let s = init.length === 1 ? `if ${fmtNode(init[0]!)}; ${fmtNode(n.x)} { ${stmtList(n.body)} }` : `if ${fmtNode(n.x)} { ${stmtList(n.body)} }`;
      if (n.els.length > 0) s += ` else { ${stmtList(n.els)} }`;
      return s;
    }
    case 'FOR': return 'for loop';
    case 'SELECT': return 'select statement';
    case 'SWITCH': return 'switch statement';
    case 'BREAK': case 'CONTINUE': case 'GOTO': case 'FALL': {
      const word = { BREAK: 'break', CONTINUE: 'continue', GOTO: 'goto', FALL: 'fallthrough' }[n.op];
      return n.text !== '' ? `${word} ${n.text}` : word;
    }
    case 'LABEL': return `${n.text}: `;
    default:
      return `<node ${n.op}>`;
  }
}

/** Statements as gc lists them (separated by "; "), declarations folded into their definitions. */
function stmtList(l: readonly Node[]): string {
  return l.filter((s) => s.op !== 'DCL').map((s) => fmtNode(s)).join('; ');
}
