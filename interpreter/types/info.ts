// What the checker records about a package, in side tables keyed by AST node (cf. go/types.Info).
// The compiler, the escape analysis and the session read these; nothing is stored on the AST.
import type * as ast from '../syntax/ast.js';
import type { ConstValue } from './constant.js';
import type { Func, Obj, Signature, Type, TypeName, Var } from './types.js';

/** The mode and type of an expression, and its value if constant (cf. types.TypeAndValue). */
export interface TypeAndValue {
  readonly mode: 'novalue' | 'builtin' | 'typexpr' | 'constant' | 'variable' | 'mapindex' | 'value' | 'commaok';
  /** The expression's type; for untyped constants used in context, the type they were converted to. */
  readonly type: Type;
  readonly value?: ConstValue;
}

/** How a selector x.f resolved (cf. types.Selection). */
export interface Selection {
  readonly kind: 'FieldVal' | 'MethodVal' | 'MethodExpr';
  readonly recv: Type;
  readonly obj: Var | Func;
  /** Path through embedded fields: indices of the embedded fields walked, then the field/method. */
  readonly index: readonly number[];
  /** True if pointer indirections were needed along the path. */
  readonly indirect: boolean;
}

/** A use of a generic function or type with its inferred or explicit type arguments. */
export interface Instance {
  readonly typeArgs: readonly Type[];
  readonly type: Type;
}

export interface Info {
  readonly types: Map<ast.Expr, TypeAndValue>;
  readonly defs: Map<ast.Ident, Obj | null>;
  readonly uses: Map<ast.Ident, Obj>;
  /** Objects declared without an identifier of their own: type-switch case variables (by CaseClause),
   *  anonymous/blank parameters and results (by Field), imports without a name (by ImportSpec). */
  readonly implicits: Map<ast.Node, Obj>;
  readonly selections: Map<ast.SelectorExpr, Selection>;
  readonly instances: Map<ast.Ident, Instance>;
  /** The scope each block-like node opens (File, FuncType, BlockStmt, IfStmt, ForStmt, ...). */
  readonly scopes: Map<ast.Node, Scope>;
}

export interface Scope {
  readonly parent: Scope | null;
  readonly names: Map<string, Obj>;
  readonly node: ast.Node | null;
  /** Nested scopes in source order (used for gc's "declared and not used" reporting order). */
  readonly children?: Scope[];
  /** True for a function's outermost scope (parameters and results). */
  readonly isFunc?: boolean;
}

/** A checked package: the files, the tables, and the package-level objects in declaration order. */
export interface Package {
  readonly path: string; // "main" for the user's program
  readonly name: string;
  readonly files: readonly ast.File[];
  readonly info: Info;
  readonly scope: Scope;
  /** Package-level variables in initialization order (Go spec: package initialization). */
  readonly initOrder: readonly { lhs: readonly Var[]; rhs: ast.Expr | null }[];
  readonly funcs: readonly Func[];
  readonly types: readonly TypeName[];
}

export type { Signature };
