// The type model (cf. go/types: Basic, Pointer, Slice, Array, Map, Chan, Struct, Tuple, Signature,
// Interface, Named, TypeParam, Union) and the objects that names denote (Var, Const, TypeName, Func,
// PkgName, Builtin, Label, Nil). Types are compared with `identical` (types/predicates.ts), never ===,
// except that each Named and TypeParam is its own identity and the Basic types are singletons.
import type { Pos } from '../source/file.js';
import type * as ast from '../syntax/ast.js';
import type { ConstValue } from './constant.js';

export type BasicKind =
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128' | 'string' | 'unsafe.Pointer'
  | 'untyped bool' | 'untyped int' | 'untyped rune' | 'untyped float' | 'untyped complex'
  | 'untyped string' | 'untyped nil' | 'invalid type';

export interface Basic {
  readonly kind: 'Basic';
  readonly name: BasicKind;
  /** The alias name it prints as: "byte", "rune", or a user alias such as `type MyInt = int`. */
  readonly alias?: string;
}
export interface Pointer { readonly kind: 'Pointer'; readonly elem: Type }
export interface Slice { readonly kind: 'Slice'; readonly elem: Type }
export interface ArrayT { readonly kind: 'Array'; readonly len: number; readonly elem: Type }
export interface MapT { readonly kind: 'Map'; readonly key: Type; readonly elem: Type }
export interface Chan { readonly kind: 'Chan'; readonly dir: ast.ChanDir; readonly elem: Type }
export interface Struct {
  readonly kind: 'Struct';
  readonly fields: readonly Var[]; // Var.embedded marks embedded fields
  readonly tags: readonly string[];
}
export interface Tuple { readonly kind: 'Tuple'; readonly vars: readonly Var[] }
export interface Signature {
  readonly kind: 'Signature';
  readonly recv: Var | null;
  readonly typeParams: readonly TypeParam[];
  readonly params: Tuple;
  readonly results: Tuple;
  readonly variadic: boolean;
}
export interface Interface {
  readonly kind: 'Interface';
  /** Explicitly declared methods. */
  readonly methods: readonly Func[];
  /** Embedded elements: interfaces, or type-set terms (a Union or a single type) for constraints. */
  readonly embeddeds: readonly Type[];
  /** The complete method set (own + embedded), sorted by name; filled in when the type is completed. */
  allMethods: readonly Func[];
  /** True for `comparable` and interfaces embedding it. */
  readonly isComparable?: boolean;
  /** True when the interface is a constraint only (has type terms or comparable). */
  isConstraint?: boolean;
  /** True for the interface implied by a bare constraint such as `[T ~int | string]`. */
  implicit?: boolean;
}
export interface Named {
  readonly kind: 'Named';
  readonly obj: TypeName;
  /** Set after the declaration is resolved (a Named may be referenced before). */
  underlying: Type;
  /** Methods declared on the type (value and pointer receivers). */
  readonly methods: Func[];
  readonly typeParams: readonly TypeParam[];
  /** For an instance such as Pair[int,string]: the generic type and the arguments. */
  readonly origin: Named | null;
  readonly typeArgs: readonly Type[];
}
export interface TypeParam {
  readonly kind: 'TypeParam';
  readonly obj: TypeName;
  readonly index: number;
  constraint: Type; // an Interface (possibly implicit, from `~int | string`)
}
export interface Term { readonly tilde: boolean; readonly type: Type }
export interface Union { readonly kind: 'Union'; readonly terms: readonly Term[] }

export type Type =
  | Basic | Pointer | Slice | ArrayT | MapT | Chan | Struct | Tuple | Signature | Interface | Named
  | TypeParam | Union;

// ---------------------------------------------------------------------------------------------
// Objects

interface ObjBase {
  readonly name: string;
  readonly pos: Pos;
  /** Package path; "main" for user code, e.g. "fmt" for the stdlib, "" for universe objects. */
  readonly pkg: string;
  type: Type;
}
export interface Var extends ObjBase {
  readonly kind: 'Var';
  readonly embedded?: boolean; // an embedded struct field
  readonly isField?: boolean;
  readonly isParam?: boolean; // parameters and results
  /** Package-level variable. */
  readonly isGlobal?: boolean;
}
export interface Const extends ObjBase { readonly kind: 'Const'; readonly value: ConstValue }
export interface TypeName extends ObjBase { readonly kind: 'TypeName'; readonly isAlias?: boolean }
export interface Func extends ObjBase {
  readonly kind: 'Func';
  /** The declaration (FuncDecl for functions and methods, Field for interface methods); null for stdlib. */
  readonly decl: ast.FuncDecl | ast.Field | null;
  readonly type: Signature;
  /** For a method of an instantiated generic type: the generic method it was instantiated from. */
  readonly origin?: Func;
}
export interface PkgName extends ObjBase { readonly kind: 'PkgName'; readonly imported: string }
export type BuiltinName =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make'
  | 'max' | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover'
  // package unsafe's (types/unsafe.ts)
  | 'Alignof' | 'Offsetof' | 'Sizeof';
export interface Builtin extends ObjBase { readonly kind: 'Builtin'; readonly name: BuiltinName }
export interface Label extends ObjBase { readonly kind: 'Label' }
export interface Nil extends ObjBase { readonly kind: 'Nil' }

export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Label | Nil;
