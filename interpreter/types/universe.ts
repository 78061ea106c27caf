// The universe scope (Go spec: Predeclared identifiers): basic types, byte/rune, any, error,
// comparable, true/false, iota, nil and the built-in functions.
import { NoPos } from '../source/file.js';
import { makeBool, makeInt } from './constant.js';
import type { Scope } from './info.js';
import type {
  Basic, BasicKind, Builtin, BuiltinName, Const, Func, Interface, Named, Nil, Obj, Signature, TypeName, Var,
} from './types.js';

function basic(name: BasicKind, alias?: string): Basic {
  return alias ? { kind: 'Basic', name, alias } : { kind: 'Basic', name };
}

/** The basic types, one object each (so === works on them). */
export const Typ = {
  invalid: basic('invalid type'),
  bool: basic('bool'),
  int: basic('int'), int8: basic('int8'), int16: basic('int16'), int32: basic('int32'), int64: basic('int64'),
  uint: basic('uint'), uint8: basic('uint8'), uint16: basic('uint16'), uint32: basic('uint32'), uint64: basic('uint64'),
  uintptr: basic('uintptr'),
  float32: basic('float32'), float64: basic('float64'),
  complex64: basic('complex64'), complex128: basic('complex128'),
  string: basic('string'),
  unsafePointer: basic('unsafe.Pointer'),
  untypedBool: basic('untyped bool'), untypedInt: basic('untyped int'), untypedRune: basic('untyped rune'),
  untypedFloat: basic('untyped float'), untypedComplex: basic('untyped complex'),
  untypedString: basic('untyped string'), untypedNil: basic('untyped nil'),
} as const;

export const byteType: Basic = basic('uint8', 'byte');

/** The type of a variable whose type is still to be inferred from its initializer (cf. a nil
 *  Var.typ in types2); never left on a variable after checking. */
export const noType: Basic = basic('invalid type');
export const runeType: Basic = basic('int32', 'rune');

/** `any`: printed as "any" (an alias for interface{} that keeps its name, as Go 1.23 prints it). */
export const anyType: Interface = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [] };

function typeName(name: string, type: Basic | Interface | Named | null): TypeName {
  return { kind: 'TypeName', name, pos: NoPos, pkg: '', type: type ?? Typ.invalid };
}

// error: a Named type whose underlying interface has `Error() string`.
const errorObj = typeName('error', null);
const errorMethodSig: Signature = {
  kind: 'Signature', recv: null, typeParams: [], variadic: false,
  params: { kind: 'Tuple', vars: [] },
  results: { kind: 'Tuple', vars: [{ kind: 'Var', name: '', pos: NoPos, pkg: '', type: Typ.string, isParam: true }] },
};
const errorMethod: Func = { kind: 'Func', name: 'Error', pos: NoPos, pkg: '', decl: null, type: errorMethodSig };
const errorIface: Interface = { kind: 'Interface', methods: [errorMethod], embeddeds: [], allMethods: [errorMethod] };
export const errorType: Named = {
  kind: 'Named', obj: errorObj, underlying: errorIface, methods: [], typeParams: [], origin: null, typeArgs: [],
};
errorObj.type = errorType;
(errorMethodSig as { recv: Var | null }).recv = { kind: 'Var', name: '', pos: NoPos, pkg: '', type: errorType, isParam: true };

// comparable: a Named type whose underlying interface is the comparable constraint.
const comparableObj = typeName('comparable', null);
const comparableIface: Interface = {
  kind: 'Interface', methods: [], embeddeds: [], allMethods: [], isComparable: true, isConstraint: true,
};
export const comparableType: Named = {
  kind: 'Named', obj: comparableObj, underlying: comparableIface, methods: [], typeParams: [], origin: null, typeArgs: [],
};
comparableObj.type = comparableType;

export const builtinNames: readonly BuiltinName[] = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make',
  'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover',
];

export const universeIota: Const = { kind: 'Const', name: 'iota', pos: NoPos, pkg: '', type: Typ.untypedInt, value: makeInt(0n) };
export const universeNil: Nil = { kind: 'Nil', name: 'nil', pos: NoPos, pkg: '', type: Typ.untypedNil };
export const universeAny: TypeName = { ...typeName('any', anyType), isAlias: true };
export const universeByte: TypeName = { ...typeName('byte', byteType), isAlias: true };
export const universeRune: TypeName = { ...typeName('rune', runeType), isAlias: true };

function makeUniverse(): Scope {
  const names = new Map<string, Obj>();
  const add = (o: Obj) => names.set(o.name, o);
  for (const t of Object.values(Typ)) {
    if (t.name.startsWith('untyped') || t.name === 'invalid type' || t.name === 'unsafe.Pointer') continue;
    add(typeName(t.name, t));
  }
  add(universeByte);
  add(universeRune);
  add(universeAny);
  add(errorObj);
  add(comparableObj);
  add({ kind: 'Const', name: 'true', pos: NoPos, pkg: '', type: Typ.untypedBool, value: makeBool(true) });
  add({ kind: 'Const', name: 'false', pos: NoPos, pkg: '', type: Typ.untypedBool, value: makeBool(false) });
  add(universeIota);
  add(universeNil);
  for (const b of builtinNames) {
    const o: Builtin = { kind: 'Builtin', name: b, pos: NoPos, pkg: '', type: Typ.invalid };
    add(o);
  }
  return { parent: null, names, node: null };
}

export const Universe: Scope = makeUniverse();

/** The basic type for a BasicKind name (byte/rune are the aliases' own objects). */
export function basicByName(name: string): Basic | undefined {
  if (name === 'byte') return byteType;
  if (name === 'rune') return runeType;
  for (const t of Object.values(Typ)) if (t.name === name) return t;
  return undefined;
}
