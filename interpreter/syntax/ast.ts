// The Go syntax tree (cf. go/ast): plain readonly data tagged with `kind` equal to go/ast's type
// names, with go/ast's field names. Positions are byte offsets into the file (source/file.ts).
//
// Results of later passes (types, objects, escape verdicts) never live on these nodes: they go in
// side tables keyed by node identity (types/info.ts), as go/types does.
import type { Pos, SourceFile } from '../source/file.js';
import type { Token } from './token.js';

export function assertNever(x: never): never {
  throw new Error(`internal error: unexpected node ${JSON.stringify((x as { kind?: string })?.kind ?? x)}`);
}

// ---------------------------------------------------------------------------------------------
// Comments

export interface Comment {
  readonly kind: 'Comment';
  readonly Slash: Pos;
  /** The comment's text including // or /* * /, as a byte string. */
  readonly Text: string;
}

export interface CommentGroup {
  readonly kind: 'CommentGroup';
  readonly List: readonly Comment[];
}

// ---------------------------------------------------------------------------------------------
// Expressions (and types, which are expressions in Go's syntax)

export interface BadExpr { readonly kind: 'BadExpr'; readonly From: Pos; readonly To: Pos }
export interface Ident { readonly kind: 'Ident'; readonly NamePos: Pos; readonly Name: string }
/** `...T` in a parameter list, or `[...]T` array length. Elt is null for `[...]`. */
export interface Ellipsis { readonly kind: 'Ellipsis'; readonly Ellipsis: Pos; readonly Elt: Expr | null }
export interface BasicLit {
  readonly kind: 'BasicLit';
  readonly ValuePos: Pos;
  readonly Kind: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';
  /** The literal exactly as written (a byte string), e.g. `0x1F`, `'\n'`, "`raw`". */
  readonly Value: string;
  /** Set when the scanner reported an error in this literal (its Value may be malformed). */
  readonly Bad?: boolean;
}
export interface FuncLit { readonly kind: 'FuncLit'; readonly Type: FuncType; readonly Body: BlockStmt }
export interface CompositeLit {
  readonly kind: 'CompositeLit';
  readonly Type: Expr | null; // null for elided types inside another composite literal
  readonly Lbrace: Pos;
  readonly Elts: readonly Expr[];
  readonly Rbrace: Pos;
  readonly Incomplete: boolean;
}
export interface ParenExpr { readonly kind: 'ParenExpr'; readonly Lparen: Pos; readonly X: Expr; readonly Rparen: Pos }
export interface SelectorExpr { readonly kind: 'SelectorExpr'; readonly X: Expr; readonly Sel: Ident }
export interface IndexExpr {
  readonly kind: 'IndexExpr';
  readonly X: Expr;
  readonly Lbrack: Pos;
  readonly Index: Expr;
  readonly Rbrack: Pos;
}
/** Instantiation with several type arguments: `Pair[int, string]`. */
export interface IndexListExpr {
  readonly kind: 'IndexListExpr';
  readonly X: Expr;
  readonly Lbrack: Pos;
  readonly Indices: readonly Expr[];
  readonly Rbrack: Pos;
}
export interface SliceExpr {
  readonly kind: 'SliceExpr';
  readonly X: Expr;
  readonly Lbrack: Pos;
  readonly Low: Expr | null;
  readonly High: Expr | null;
  readonly Max: Expr | null;
  readonly Slice3: boolean;
  readonly Rbrack: Pos;
}
/** `x.(T)`; Type is null for `x.(type)` in a type switch. */
export interface TypeAssertExpr {
  readonly kind: 'TypeAssertExpr';
  readonly X: Expr;
  readonly Type: Expr | null;
  readonly Lparen: Pos;
  readonly Rparen: Pos;
}
export interface CallExpr {
  readonly kind: 'CallExpr';
  readonly Fun: Expr;
  readonly Lparen: Pos;
  readonly Args: readonly Expr[];
  /** Position of `...` in `f(xs...)`, or NoPos. */
  readonly Ellipsis: Pos;
  readonly Rparen: Pos;
}
/** `*X`: a pointer type or an indirection. */
export interface StarExpr { readonly kind: 'StarExpr'; readonly Star: Pos; readonly X: Expr }
/** Unary: + - ! ^ * & <- and ~ (in constraints). */
export interface UnaryExpr { readonly kind: 'UnaryExpr'; readonly OpPos: Pos; readonly Op: Token; readonly X: Expr }
export interface BinaryExpr {
  readonly kind: 'BinaryExpr';
  readonly X: Expr;
  readonly OpPos: Pos;
  readonly Op: Token;
  readonly Y: Expr;
}
export interface KeyValueExpr { readonly kind: 'KeyValueExpr'; readonly Key: Expr; readonly Colon: Pos; readonly Value: Expr }

// Types
export interface ArrayType {
  readonly kind: 'ArrayType';
  readonly Lbrack: Pos;
  /** null for a slice type; an Ellipsis (Elt null) for `[...]T`. */
  readonly Len: Expr | null;
  readonly Elt: Expr;
}
export interface StructType { readonly kind: 'StructType'; readonly Struct: Pos; readonly Fields: FieldList }
export interface FuncType {
  readonly kind: 'FuncType';
  readonly Func: Pos; // NoPos when there is no `func` keyword (method specs, FuncDecl uses the decl's)
  readonly TypeParams: FieldList | null;
  readonly Params: FieldList;
  readonly Results: FieldList | null;
}
export interface InterfaceType { readonly kind: 'InterfaceType'; readonly Interface: Pos; readonly Methods: FieldList }
export interface MapType { readonly kind: 'MapType'; readonly Map: Pos; readonly Key: Expr; readonly Value: Expr }
export type ChanDir = 'SEND' | 'RECV' | 'BOTH';
export interface ChanType {
  readonly kind: 'ChanType';
  readonly Begin: Pos;
  /** Position of `<-` (NoPos if there is none). */
  readonly Arrow: Pos;
  readonly Dir: ChanDir;
  readonly Value: Expr;
}

export type Expr =
  | BadExpr | Ident | Ellipsis | BasicLit | FuncLit | CompositeLit | ParenExpr | SelectorExpr
  | IndexExpr | IndexListExpr | SliceExpr | TypeAssertExpr | CallExpr | StarExpr | UnaryExpr
  | BinaryExpr | KeyValueExpr
  | ArrayType | StructType | FuncType | InterfaceType | MapType | ChanType;

// ---------------------------------------------------------------------------------------------
// Fields (parameters, results, struct fields, interface elements, type parameters)

export interface Field {
  readonly kind: 'Field';
  readonly Doc: CommentGroup | null;
  /** Empty for anonymous parameters, embedded fields and interface embeddings. */
  readonly Names: readonly Ident[];
  /** Type of the field; for an interface method, a FuncType; for a type-set element, the term. */
  readonly Type: Expr;
  readonly Tag: BasicLit | null;
  readonly Comment: CommentGroup | null;
}

export interface FieldList {
  readonly kind: 'FieldList';
  readonly Opening: Pos; // NoPos if there is no ( [ or {
  readonly List: readonly Field[];
  readonly Closing: Pos;
}

// ---------------------------------------------------------------------------------------------
// Statements

export interface BadStmt { readonly kind: 'BadStmt'; readonly From: Pos; readonly To: Pos }
export interface DeclStmt { readonly kind: 'DeclStmt'; readonly Decl: GenDecl }
/** An empty statement; Implicit when the `;` was inserted (e.g. before `}`). */
export interface EmptyStmt { readonly kind: 'EmptyStmt'; readonly Semicolon: Pos; readonly Implicit: boolean }
export interface LabeledStmt { readonly kind: 'LabeledStmt'; readonly Label: Ident; readonly Colon: Pos; readonly Stmt: Stmt }
export interface ExprStmt { readonly kind: 'ExprStmt'; readonly X: Expr }
export interface SendStmt { readonly kind: 'SendStmt'; readonly Chan: Expr; readonly Arrow: Pos; readonly Value: Expr }
export interface IncDecStmt { readonly kind: 'IncDecStmt'; readonly X: Expr; readonly TokPos: Pos; readonly Tok: 'INC' | 'DEC' }
export interface AssignStmt {
  readonly kind: 'AssignStmt';
  readonly Lhs: readonly Expr[];
  readonly TokPos: Pos;
  /** ASSIGN (=), DEFINE (:=), or an op-assign token such as ADD_ASSIGN. */
  readonly Tok: Token;
  readonly Rhs: readonly Expr[];
}
export interface GoStmt { readonly kind: 'GoStmt'; readonly Go: Pos; readonly Call: CallExpr }
export interface DeferStmt { readonly kind: 'DeferStmt'; readonly Defer: Pos; readonly Call: CallExpr }
export interface ReturnStmt { readonly kind: 'ReturnStmt'; readonly Return: Pos; readonly Results: readonly Expr[] }
/** break, continue, goto, fallthrough. */
export interface BranchStmt {
  readonly kind: 'BranchStmt';
  readonly TokPos: Pos;
  readonly Tok: 'BREAK' | 'CONTINUE' | 'GOTO' | 'FALLTHROUGH';
  readonly Label: Ident | null;
}
export interface BlockStmt { readonly kind: 'BlockStmt'; readonly Lbrace: Pos; readonly List: readonly Stmt[]; readonly Rbrace: Pos }
export interface IfStmt {
  readonly kind: 'IfStmt';
  readonly If: Pos;
  readonly Init: Stmt | null;
  readonly Cond: Expr;
  readonly Body: BlockStmt;
  readonly Else: BlockStmt | IfStmt | null;
}
/** A case of an expression or type switch; List is empty for `default`. */
export interface CaseClause {
  readonly kind: 'CaseClause';
  readonly Case: Pos;
  readonly List: readonly Expr[];
  readonly Colon: Pos;
  readonly Body: readonly Stmt[];
}
export interface SwitchStmt {
  readonly kind: 'SwitchStmt';
  readonly Switch: Pos;
  readonly Init: Stmt | null;
  readonly Tag: Expr | null;
  readonly Body: BlockStmt; // of CaseClause
}
export interface TypeSwitchStmt {
  readonly kind: 'TypeSwitchStmt';
  readonly Switch: Pos;
  readonly Init: Stmt | null;
  /** `x := y.(type)` (an AssignStmt) or `y.(type)` (an ExprStmt). */
  readonly Assign: AssignStmt | ExprStmt;
  readonly Body: BlockStmt; // of CaseClause
}
/** A case of a select; Comm is null for `default`. */
export interface CommClause {
  readonly kind: 'CommClause';
  readonly Case: Pos;
  readonly Comm: SendStmt | ExprStmt | AssignStmt | null;
  readonly Colon: Pos;
  readonly Body: readonly Stmt[];
}
export interface SelectStmt { readonly kind: 'SelectStmt'; readonly Select: Pos; readonly Body: BlockStmt /* of CommClause */ }
export interface ForStmt {
  readonly kind: 'ForStmt';
  readonly For: Pos;
  readonly Init: Stmt | null;
  readonly Cond: Expr | null;
  readonly Post: Stmt | null;
  readonly Body: BlockStmt;
}
export interface RangeStmt {
  readonly kind: 'RangeStmt';
  readonly For: Pos;
  readonly Key: Expr | null;
  readonly Value: Expr | null;
  readonly TokPos: Pos; // NoPos when Key is null
  readonly Tok: 'ILLEGAL' | 'ASSIGN' | 'DEFINE';
  readonly Range: Pos;
  readonly X: Expr;
  readonly Body: BlockStmt;
  /** Iteration variables beyond the second, kept only so the type checker can reject them. */
  readonly ExtraLhs?: readonly Expr[];
}

export type Stmt =
  | BadStmt | DeclStmt | EmptyStmt | LabeledStmt | ExprStmt | SendStmt | IncDecStmt | AssignStmt
  | GoStmt | DeferStmt | ReturnStmt | BranchStmt | BlockStmt | IfStmt | CaseClause | SwitchStmt
  | TypeSwitchStmt | CommClause | SelectStmt | ForStmt | RangeStmt;

// ---------------------------------------------------------------------------------------------
// Declarations

export interface ImportSpec {
  readonly kind: 'ImportSpec';
  readonly Doc: CommentGroup | null;
  readonly Name: Ident | null; // local name, `.` or `_`
  readonly Path: BasicLit;
  readonly Comment: CommentGroup | null;
  readonly EndPos: Pos;
}
/** A const or var spec. For const specs with omitted values, Type and Values are empty as written. */
export interface ValueSpec {
  readonly kind: 'ValueSpec';
  readonly Doc: CommentGroup | null;
  readonly Names: readonly Ident[];
  readonly Type: Expr | null;
  readonly Values: readonly Expr[];
  readonly Comment: CommentGroup | null;
}
export interface TypeSpec {
  readonly kind: 'TypeSpec';
  readonly Doc: CommentGroup | null;
  readonly Name: Ident;
  readonly TypeParams: FieldList | null;
  readonly Assign: Pos; // position of `=` for an alias, else NoPos
  readonly Type: Expr;
  readonly Comment: CommentGroup | null;
}
export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface BadDecl { readonly kind: 'BadDecl'; readonly From: Pos; readonly To: Pos }
export interface GenDecl {
  readonly kind: 'GenDecl';
  readonly Doc: CommentGroup | null;
  readonly TokPos: Pos;
  readonly Tok: 'IMPORT' | 'CONST' | 'TYPE' | 'VAR';
  readonly Lparen: Pos; // NoPos if not grouped
  readonly Specs: readonly Spec[];
  readonly Rparen: Pos;
}
export interface FuncDecl {
  readonly kind: 'FuncDecl';
  readonly Doc: CommentGroup | null;
  readonly Recv: FieldList | null;
  readonly Name: Ident;
  /** Type.Func is the position of the `func` keyword. */
  readonly Type: FuncType;
  /** null for a declaration without body (used by stdlib declarations implemented in TypeScript). */
  readonly Body: BlockStmt | null;
}
export type Decl = BadDecl | GenDecl | FuncDecl;

// ---------------------------------------------------------------------------------------------
// Files

export interface File {
  readonly kind: 'File';
  readonly Doc: CommentGroup | null;
  readonly Package: Pos;
  readonly Name: Ident;
  readonly Decls: readonly Decl[];
  readonly FileStart: Pos;
  readonly FileEnd: Pos;
  readonly Imports: readonly ImportSpec[];
  readonly Comments: readonly CommentGroup[];
  /** The Go version of a `//go:build goX.Y` constraint above the package clause, e.g. "go1.21". */
  readonly GoVersion: string;
  /** The file this tree was parsed from. Positions in the tree are global (source.base + offset),
   *  so several files (notebook cells) can form one package; a FileSet maps them back. */
  readonly source: SourceFile;
}

export type Node =
  | Expr | Stmt | Decl | Spec | Field | FieldList | File | Comment | CommentGroup;
