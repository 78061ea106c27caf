// Run-time type descriptors (cf. reflect's rtype): what fmt, %T, type assertions, type switches,
// map keys, zero values and == need to know about a Go type while the program runs.

/** reflect.Kind names. */
export type Kind =
  | 'Bool' | 'Int' | 'Int8' | 'Int16' | 'Int32' | 'Int64'
  | 'Uint' | 'Uint8' | 'Uint16' | 'Uint32' | 'Uint64' | 'Uintptr'
  | 'Float32' | 'Float64' | 'Complex64' | 'Complex128'
  | 'Array' | 'Chan' | 'Func' | 'Interface' | 'Map' | 'Pointer' | 'Slice' | 'String' | 'Struct'
  | 'UnsafePointer';

export interface RField {
  /** The Go field name (`X`, `_`, or the type name for an embedded field). */
  readonly name: string;
  /** The JS property that holds it on the struct object. */
  readonly prop: string;
  readonly type: RType;
  readonly embedded: boolean;
  readonly exported: boolean;
  readonly tag: string;
}

/** A method as called at run time: receiver first, then the arguments. Generator functions when
 *  the method may block (`gen` true). */
export interface RMethod {
  readonly name: string;
  readonly fn: (recv: unknown, ...args: unknown[]) => unknown;
  readonly gen: boolean;
  /** The signature without receiver (a Func type), or null where it is not recorded. */
  readonly sig: RType | null;
}

export interface RType {
  readonly kind: Kind;
  /** As %T prints it: "int", "main.T", "*main.T", "[]int", "map[string]int", "func(int) string",
   *  "struct { X int }", "interface {}", "chan<- int", "[3]int", "main.Pair[int,string]". */
  readonly string: string;
  /** For named types: the package path ("main", "time", ...) and the bare name ("T"); "" otherwise. */
  readonly pkgPath: string;
  readonly name: string;
  /** Pointer, Slice, Array, Chan, Map (value): the element type. */
  readonly elem: RType | null;
  /** Map: the key type. */
  readonly key: RType | null;
  /** Array: the length. */
  readonly len: number;
  /** Chan: 'SEND' | 'RECV' | 'BOTH'. */
  readonly dir: 'SEND' | 'RECV' | 'BOTH' | '';
  /** Struct: the fields in order. */
  readonly fields: readonly RField[];
  /** Func: parameter and result types, variadic flag. Interface: its methods' names (sorted). */
  readonly params: readonly RType[];
  readonly results: readonly RType[];
  readonly variadic: boolean;
  readonly imethods: readonly string[];
  /** The method set of this type (for T: value-receiver methods; for *T: both), by name. */
  readonly methods: ReadonlyMap<string, RMethod>;
  /** Whether == is defined (false for slices, maps, funcs and structs/arrays containing them). */
  readonly comparable: boolean;
  /** A new zero value of this type. */
  zero(): unknown;
  /** Go's == for two values of this type (only when comparable). */
  equal(a: unknown, b: unknown): boolean;
  /** A JS primitive usable as a Map key, equal for ==-equal values (only when comparable). */
  hash(v: unknown): unknown;
}
