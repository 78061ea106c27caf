// What a function's code generator needs from the program being compiled: descriptor names, the
// JS names of functions, globals and instances, which functions are generators, and the line map.
import type * as ast from '../syntax/ast.js';
import type { Func, Type, Var, Named } from '../types/types.js';
import type { Info } from '../types/info.js';
import type { RTypes } from './rtypes.js';
import type { Subst } from './gotypes.js';
import type { Interval } from './ranges.js';
import type { InlNode } from './inline.js';

/** How a function literal is compiled: as the program's own literal (with its own inline plan),
 *  as a copy gc made by inlining (never inlined into), or as the body of one inlined call of it. */
export type LitMode = { readonly kind: 'original' } | { readonly kind: 'copy' } | { readonly kind: 'inlined'; readonly node: InlNode };

export interface StdBinding {
  /** JS expression for the implementation. */
  readonly js: string;
  readonly gen: boolean;
}

export interface ProgramContext {
  readonly rtypes: RTypes;
  /** JS names of local variables, program-wide (closures see their outer functions' names). */
  readonly localNames: Map<Var, string>;
  /** The value ranges of loop counters (compile/ranges.ts), program-wide like localNames. */
  readonly counterRanges: Map<Var, Interval>;
  /** Whether the program can block at all (channel ops, select, blocking std calls). */
  readonly anyBlocking: boolean;
  /** Go 1.21-style shared loop variables for this file. */
  sharedLoopVars(pos: number): boolean;
  /** A program-unique JS identifier derived from a Go name. */
  unique(base: string): string;
  /** The JS name of a package-level function or method, instantiated with the substitution. */
  funcRef(f: Func, typeArgs: readonly Type[], recvNamed: Named | null): string;
  /** Which struct/array parameters (and receiver) f only reads fields of, so callers need not copy. */
  readOnly(f: Func): { recv: boolean; params: readonly boolean[] };
  /** Whether calling f (with those type arguments) needs `yield*`. */
  funcIsGen(f: Func): boolean;
  /** The JS name of a package-level variable. */
  globalRef(v: Var): string;
  isBoxed(v: Var): boolean;
  /** How a string-to-slice conversion of the user's package allocates, by escape analysis. */
  conversionAlloc(arg: ast.Expr): 'stack' | 'zerocopy' | 'heap';
  /** Whether a call could change v in the middle of a statement (compile/order.ts). */
  sharedVar(v: Var): boolean;
  /** Compiles a closure in the context of its enclosing function; returns a JS expression. */
  compileFuncLit(lit: ast.FuncLit, info: Info, subst: Subst, outerName: string, isGen: boolean, mode?: LitMode): string;
  /** The JS name of a declared function compiled for one inlined call site (compile/inline.ts),
   *  so the closures it makes carry the names gc gives them there. */
  inlineClone(node: InlNode, typeArgs?: readonly Type[], recvNamed?: Named | null): string;
  /** Whether a function literal may block. */
  litIsGen(lit: ast.FuncLit): boolean;
  /** The Go name for a JS function (traces). */
  nameFunc(jsName: string, goName: string): void;
  /** Records the Go position of the JS line being emitted (called by the function compiler). */
  readonly std: (pkg: string, key: string) => StdBinding | null;
  /** The method table wrapper name for a named type method, for `defer x.M()` and method values. */
  readonly filename: string;
  lineOf(pos: number): number;
  /** Compiling for %trace: traced functions report to the runtime's tracer. */
  readonly trace: boolean;
}
