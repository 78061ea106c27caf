// The run-time type descriptors behind rtype.ts: construction (identical unnamed types share one
// descriptor, so identity of descriptors is identity of types), zero values, ==, hashing for map
// keys, value copies of arrays and structs, and Go's sizes (growslice rounds by element size).
import type { Kind, RField, RMethod, RType } from './rtype.js';
import { Complex } from './complex.js';
import { comparingUncomparable, hashOfUnhashable } from './errors.js';

let nextId = 1;

export type AnyFn = (...args: any[]) => any;

export class TypeDesc implements RType {
  kind: Kind;
  string: string;
  pkgPath = '';
  name = '';
  elem: TypeDesc | null = null;
  key: TypeDesc | null = null;
  len = 0;
  dir: 'SEND' | 'RECV' | 'BOTH' | '' = '';
  fields: RField[] = [];
  params: TypeDesc[] = [];
  results: TypeDesc[] = [];
  variadic = false;
  imethods: string[] = [];
  /** Interface: method name -> signature descriptor (for %T-independent checks). */
  isigs: Map<string, TypeDesc> = new Map();
  readonly methods = new Map<string, RMethod>();
  /** The method set as a plain object for fast dispatch from compiled code: name -> fn(recv, ...args).
   *  An ordinary object (V8 keeps null-prototype objects in slow dictionary mode); membership is
   *  tested with hasOwn, never `in`. */
  readonly m: Record<string, AnyFn> = {};
  comparable = true;
  readonly id = nextId++;
  /** Size in bytes and whether the type holds pointers, as on amd64 (growslice needs both). */
  size = 8;
  align = 8;
  hasPointers = false;
  named = false;
  /** Struct: the JS class of its values. */
  ctor: (new (...args: any[]) => any) | null = null;
  /** Cached derived types. */
  ptr: TypeDesc | null = null;
  slice: TypeDesc | null = null;
  /** Whether values are copied on assignment (arrays and structs). */
  valueType = false;
  /** Struct: a generated function building the zero value (built on first use). */
  zeroFn: (() => unknown) | null = null;

  constructor(kind: Kind, str: string) {
    this.kind = kind;
    this.string = str;
  }

  zero(): unknown {
    return zeroOf(this);
  }
  equal(a: unknown, b: unknown): boolean {
    return equalOf(this, a, b);
  }
  hash(v: unknown): unknown {
    return hashOf(this, v);
  }
  /** A copy with value semantics (arrays and structs), the value itself otherwise. */
  clone(v: unknown): unknown {
    if (!this.valueType || v === null) return v;
    if (this.kind === 'Struct') return (v as { $clone(): unknown }).$clone();
    return cloneArray(this, v as unknown[]);
  }
  /** `sig` is the method's Func descriptor (without receiver), when the compiler knows it. */
  addMethod(name: string, fn: AnyFn, gen = false, sig: TypeDesc | null = null): void {
    this.methods.set(name, { name, fn, gen, sig });
    this.m[name] = fn;
  }
}

// ---------------------------------------------------------------------------------------------
// Zero values, equality, hashing, copying

function zeroOf(t: TypeDesc): unknown {
  switch (t.kind) {
    case 'Bool': return false;
    case 'Int': case 'Int8': case 'Int16': case 'Int32': case 'Int64':
    case 'Uint': case 'Uint8': case 'Uint16': case 'Uint32': case 'Uint64': case 'Uintptr':
    case 'Float32': case 'Float64':
      return 0;
    case 'Complex64': case 'Complex128': return Complex.ZERO;
    case 'String': return '';
    case 'Array': {
      const a = new Array(t.len);
      const e = t.elem!;
      if (e.valueType) for (let i = 0; i < t.len; i++) a[i] = e.zero();
      else a.fill(e.zero());
      return a;
    }
    case 'Struct': {
      if (t.zeroFn === null) t.zeroFn = makeStructZero(t);
      return t.zeroFn();
    }
    default:
      return null;
  }
}

export function cloneArray(t: TypeDesc, a: unknown[]): unknown[] {
  const e = t.elem!;
  if (!e.valueType) return a.slice();
  const out = new Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = e.clone(a[i]);
  return out;
}

/** Copies src into the existing value dst in place (arrays and structs keep their identity). */
export function assignInto(t: TypeDesc, dst: any, src: any): void {
  if (t.kind === 'Struct') {
    dst.$set(src);
    return;
  }
  const e = t.elem!;
  if (e.valueType) for (let i = 0; i < src.length; i++) assignInto(e, dst[i], src[i]);
  else for (let i = 0; i < src.length; i++) dst[i] = src[i];
}

function equalOf(t: TypeDesc, a: any, b: any): boolean {
  switch (t.kind) {
    case 'Complex64': case 'Complex128':
      return a.re === b.re && a.im === b.im;
    case 'Interface':
      return ifaceEqual(a, b);
    case 'Array': {
      const e = t.elem!;
      for (let i = 0; i < t.len; i++) if (!e.equal(a[i], b[i])) return false;
      return true;
    }
    case 'Struct':
      for (const f of t.fields) {
        if (f.name === '_') continue;
        if (!f.type.equal(a[f.prop], b[f.prop])) return false;
      }
      return true;
    default:
      return a === b;
  }
}

/** Go's == on two interface values (nil is null, otherwise {type, value}). */
export function ifaceEqual(a: any, b: any): boolean {
  if (a === null || b === null) return a === b;
  if (a.type !== b.type) return false;
  const t = a.type as TypeDesc;
  if (!t.comparable) throw comparingUncomparable(t.string);
  return t.equal(a.value, b.value);
}

const objIds = new WeakMap<object, number>();
let nextObjId = 1;
function objectId(o: object): number {
  let id = objIds.get(o);
  if (id === undefined) {
    id = nextObjId++;
    objIds.set(o, id);
  }
  return id;
}
let nanCount = 0;

function hashOf(t: TypeDesc, v: any): unknown {
  switch (t.kind) {
    case 'Float32': case 'Float64':
      return v !== v ? `NaN${nanCount++}` : v + 0; // every NaN is a distinct key, as in Go
    case 'Complex64': case 'Complex128':
      return v.re !== v.re || v.im !== v.im ? `NaN${nanCount++}` : `${v.re + 0},${v.im + 0}`;
    case 'String':
      return v;
    case 'Pointer': case 'Chan': case 'UnsafePointer':
      return v === null ? null : typeof v === 'object' ? `p${objectId(v)}` : v;
    case 'Interface': {
      if (v === null) return null;
      const dt = v.type as TypeDesc;
      if (!dt.comparable) throw hashOfUnhashable(dt.string);
      const h = dt.hash(v.value);
      return `${dt.id}:${typeof h === 'string' ? JSON.stringify(h) : String(h)}`;
    }
    case 'Array': {
      const e = t.elem!;
      let s = '[';
      for (let i = 0; i < t.len; i++) s += keyText(e.hash(v[i])) + ',';
      return s + ']';
    }
    case 'Struct': {
      let s = '{';
      for (const f of t.fields) if (f.name !== '_') s += keyText(f.type.hash(v[f.prop])) + ',';
      return s + '}';
    }
    case 'Slice': case 'Map': case 'Func':
      throw hashOfUnhashable(t.string);
    default:
      return v;
  }
}

function keyText(h: unknown): string {
  if (typeof h === 'string') return JSON.stringify(h);
  if (typeof h === 'bigint') return `${h}n`;
  return String(h);
}

// ---------------------------------------------------------------------------------------------
// Constructors

function basic(kind: Kind, name: string, size: number): TypeDesc {
  const t = new TypeDesc(kind, name);
  t.size = size;
  t.align = Math.min(size, 8);
  t.named = true;
  if (kind === 'String') t.hasPointers = true;
  if (kind === 'Complex128') t.align = 8;
  if (kind === 'Complex64') t.align = 4;
  if (kind === 'String') t.align = 8;
  return t;
}

/** The predeclared types (byte and rune are uint8 and int32). */
export const types = {
  bool: basic('Bool', 'bool', 1),
  int: basic('Int', 'int', 8),
  int8: basic('Int8', 'int8', 1),
  int16: basic('Int16', 'int16', 2),
  int32: basic('Int32', 'int32', 4),
  int64: basic('Int64', 'int64', 8),
  uint: basic('Uint', 'uint', 8),
  uint8: basic('Uint8', 'uint8', 1),
  uint16: basic('Uint16', 'uint16', 2),
  uint32: basic('Uint32', 'uint32', 4),
  uint64: basic('Uint64', 'uint64', 8),
  uintptr: basic('Uintptr', 'uintptr', 8),
  float32: basic('Float32', 'float32', 4),
  float64: basic('Float64', 'float64', 8),
  complex64: basic('Complex64', 'complex64', 8),
  complex128: basic('Complex128', 'complex128', 16),
  string: basic('String', 'string', 16),
  unsafePointer: basic('UnsafePointer', 'unsafe.Pointer', 8),
} as const;

const cache = new Map<string, TypeDesc>();
function cached(key: string, make: () => TypeDesc): TypeDesc {
  let t = cache.get(key);
  if (t === undefined) {
    t = make();
    cache.set(key, t);
  }
  return t;
}

/** Go's spelling of a type inside a composite type's string: same as its own. */
export function ptrTo(elem: TypeDesc): TypeDesc {
  if (elem.ptr) return elem.ptr;
  const t = new TypeDesc('Pointer', '*' + elem.string);
  t.elem = elem;
  t.hasPointers = true;
  elem.ptr = t;
  return t;
}

export function sliceOf(elem: TypeDesc): TypeDesc {
  if (elem.slice) return elem.slice;
  const t = new TypeDesc('Slice', '[]' + elem.string);
  t.elem = elem;
  t.size = 24;
  t.hasPointers = true;
  t.comparable = false;
  elem.slice = t;
  return t;
}

export function arrayOf(elem: TypeDesc, len: number): TypeDesc {
  return cached(`A${len}:${elem.id}`, () => {
    const t = new TypeDesc('Array', `[${len}]${elem.string}`);
    t.elem = elem;
    t.len = len;
    t.size = elem.size * len;
    t.align = elem.align;
    t.hasPointers = len > 0 && elem.hasPointers;
    t.comparable = elem.comparable;
    t.valueType = true;
    return t;
  });
}

export function mapOf(key: TypeDesc, elem: TypeDesc): TypeDesc {
  return cached(`M${key.id}:${elem.id}`, () => {
    const t = new TypeDesc('Map', `map[${key.string}]${elem.string}`);
    t.key = key;
    t.elem = elem;
    t.hasPointers = true;
    t.comparable = false;
    return t;
  });
}

export function chanOf(dir: 'SEND' | 'RECV' | 'BOTH', elem: TypeDesc): TypeDesc {
  return cached(`C${dir}:${elem.id}`, () => {
    const prefix = dir === 'SEND' ? 'chan<- ' : dir === 'RECV' ? '<-chan ' : 'chan ';
    // chan (<-chan int) needs parentheses, as reflect prints it
    const es = dir === 'BOTH' && elem.kind === 'Chan' && elem.dir === 'RECV' && !elem.named ? `(${elem.string})` : elem.string;
    const t = new TypeDesc('Chan', prefix + es);
    t.elem = elem;
    t.dir = dir;
    t.hasPointers = true;
    return t;
  });
}

export function funcOf(params: TypeDesc[], results: TypeDesc[], variadic: boolean): TypeDesc {
  const key = `F${params.map((p) => p.id).join(',')}:${results.map((p) => p.id).join(',')}:${variadic}`;
  return cached(key, () => {
    const ps = params.map((p, i) => (variadic && i === params.length - 1 ? '...' + p.elem!.string : p.string));
    let s = `func(${ps.join(', ')})`;
    if (results.length === 1) s += ' ' + results[0]!.string;
    else if (results.length > 1) s += ` (${results.map((r) => r.string).join(', ')})`;
    const t = new TypeDesc('Func', s);
    t.params = params;
    t.results = results;
    t.variadic = variadic;
    t.hasPointers = true;
    t.comparable = false;
    return t;
  });
}

export interface FieldSpec {
  readonly name: string;
  readonly type: TypeDesc;
  readonly embedded?: boolean;
  readonly tag?: string;
  /** Package of an unexported field (distinguishes otherwise identical struct types). */
  readonly pkg?: string;
}

/** The JS property holding Go field `name` (the index tells blank fields apart). */
export function fieldProp(name: string, index: number): string {
  if (name === '_') return `$blank${index}`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name === 'constructor' || name === '__proto__' ? `$${name}` : name;
  let s = '$u';
  for (let i = 0; i < name.length; i++) s += name.charCodeAt(i).toString(16).padStart(2, '0');
  return s;
}

function quoteTag(tag: string): string {
  return JSON.stringify(tag);
}

export function structOf(fields: readonly FieldSpec[]): TypeDesc {
  const key = `S${fields.map((f) => `${f.name}/${f.type.id}/${f.embedded ? 1 : 0}/${f.tag ?? ''}/${f.pkg ?? ''}`).join(';')}`;
  return cached(key, () => {
    const parts = fields.map((f) => {
      let s = f.embedded ? f.type.string : `${f.name} ${f.type.string}`;
      if (f.tag) s += ' ' + quoteTag(f.tag);
      return s;
    });
    const t = new TypeDesc('Struct', parts.length === 0 ? 'struct {}' : `struct { ${parts.join('; ')} }`);
    t.fields = fields.map((f, i) => ({
      name: f.name,
      prop: fieldProp(f.name, i),
      type: f.type,
      embedded: !!f.embedded,
      exported: /^[A-Z]/.test(f.name),
      tag: f.tag ?? '',
    }));
    t.valueType = true;
    t.comparable = fields.every((f) => f.type.comparable);
    let off = 0;
    let align = 1;
    for (const f of fields) {
      const a = f.type.align;
      off = Math.ceil(off / a) * a + f.type.size;
      align = Math.max(align, a);
      if (f.type.hasPointers) t.hasPointers = true;
    }
    t.size = Math.ceil(off / align) * align;
    t.align = align;
    t.ctor = makeStructClass(t);
    return t;
  });
}

/** A function returning a struct's zero value, with literal zeros for basic fields. */
function makeStructZero(t: TypeDesc): () => unknown {
  const parts = t.fields.map((f, i) => {
    const ft = f.type as TypeDesc;
    switch (ft.kind) {
      case 'Bool': return 'false';
      case 'String': return '""';
      case 'Int': case 'Int8': case 'Int16': case 'Int32': case 'Int64':
      case 'Uint': case 'Uint8': case 'Uint16': case 'Uint32': case 'Uint64': case 'Uintptr':
      case 'Float32': case 'Float64':
        return '0';
      case 'Slice': case 'Map': case 'Pointer': case 'Func': case 'Chan': case 'Interface': case 'UnsafePointer':
        return 'null';
      default:
        return `F[${i}].zero()`;
    }
  });
  return new Function('C', 'F', `return function() { return new C(${parts.join(', ')}); };`)(t.ctor, t.fields.map((f) => f.type)) as () => unknown;
}

/** Builds the JS class of a struct type's values, with $clone and $set generated for its fields. */
function makeStructClass(t: TypeDesc): new (...args: any[]) => any {
  const props = t.fields.map((f) => f.prop);
  const args = props.map((_, i) => `a${i}`);
  const ctor = new Function(...args, props.map((p, i) => `this.${p} = a${i};`).join('\n')) as new (...a: any[]) => any;
  const copyExpr = (f: RField, src: string): string => {
    const ft = f.type as TypeDesc;
    if (!ft.valueType) return src;
    return ft.kind === 'Struct' ? `${src}.$clone()` : `F[${t.fields.indexOf(f)}].clone(${src})`;
  };
  const F = t.fields.map((f) => f.type);
  const cloneBody = `return new C(${t.fields.map((f) => copyExpr(f, `this.${f.prop}`)).join(', ')});`;
  const setBody = t.fields
    .map((f, i) => {
      const ft = f.type as TypeDesc;
      if (!ft.valueType) return `this.${f.prop} = o.${f.prop};`;
      if (ft.kind === 'Struct') return `this.${f.prop}.$set(o.${f.prop});`;
      return `A(F[${i}], this.${f.prop}, o.${f.prop});`;
    })
    .join('\n');
  const proto = ctor.prototype as Record<string, unknown>;
  proto.$clone = new Function('C', 'F', `return function() { ${cloneBody} };`)(ctor, F);
  proto.$set = new Function('A', 'F', `return function(o) { ${setBody} };`)(assignInto, F);
  return ctor;
}

export interface IMethodSpec {
  readonly name: string;
  readonly type: TypeDesc; // a Func descriptor
}

export function interfaceOf(methods: readonly IMethodSpec[]): TypeDesc {
  const sorted = [...methods].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const key = `I${sorted.map((m) => `${m.name}/${m.type.id}`).join(';')}`;
  return cached(key, () => {
    const s = sorted.length === 0 ? 'interface {}' : `interface { ${sorted.map((m) => m.name + m.type.string.slice(4)).join('; ')} }`;
    const t = new TypeDesc('Interface', s);
    t.imethods = sorted.map((m) => m.name);
    for (const m of sorted) t.isigs.set(m.name, m.type);
    t.size = 16;
    t.hasPointers = true;
    return t;
  });
}

/** A named type; its underlying type is given later with setUnderlying (types may refer to themselves). */
export function namedType(pkgPath: string, name: string, str?: string): TypeDesc {
  const t = new TypeDesc('Struct', str ?? (pkgPath ? `${pkgPath.slice(pkgPath.lastIndexOf('/') + 1)}.${name}` : name));
  t.pkgPath = pkgPath;
  t.name = name;
  t.named = true;
  return t;
}

export function setUnderlying(t: TypeDesc, u: TypeDesc): TypeDesc {
  t.kind = u.kind;
  t.elem = u.elem;
  t.key = u.key;
  t.len = u.len;
  t.dir = u.dir;
  t.fields = u.fields;
  t.params = u.params;
  t.results = u.results;
  t.variadic = u.variadic;
  t.imethods = u.imethods;
  t.isigs = u.isigs;
  t.comparable = u.comparable;
  t.size = u.size;
  t.align = u.align;
  t.hasPointers = u.hasPointers;
  t.ctor = u.ctor;
  t.valueType = u.valueType;
  t.zeroFn = null;
  return t;
}

/** The universe's `error` interface. */
export const errorType = setUnderlying(namedType('', 'error'), interfaceOf([{ name: 'Error', type: funcOf([], [types.string], false) }]));
/** `any` / `interface {}`. */
export const anyType = interfaceOf([]);
