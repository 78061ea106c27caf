// Go's run-time errors as Go values: the runtime package's error types (boundsError, errorString,
// plainError, *TypeAssertionError, *PanicNilError) with Go's exact texts, each implementing
// runtime.Error, and the GoPanics that carry them.
import { GoPanic } from './panic.js';
import { Iface } from './iface.js';
import { TypeDesc, namedType, setUnderlying, types, structOf, ptrTo, interfaceOf, funcOf } from './typedesc.js';

interface ErrTypes {
  boundsError: TypeDesc;
  errorString: TypeDesc;
  plainError: TypeDesc;
  typeAssertionError: TypeDesc; // *runtime.TypeAssertionError
  panicNilError: TypeDesc; // *runtime.PanicNilError
  runtimeError: TypeDesc; // the runtime.Error interface
}

let T: ErrTypes | null = null;

/** The runtime package's error types, built on first use (typedesc.ts imports this module). */
export function errTypes(): ErrTypes {
  if (T !== null) return T;
  const stringMethods = (t: TypeDesc, prefix: string): TypeDesc => {
    t.addMethod('Error', (v: string) => prefix + v);
    t.addMethod('RuntimeError', () => undefined);
    return t;
  };
  const boundsError = stringMethods(setUnderlying(namedType('runtime', 'boundsError'), types.string), '');
  const errorString = stringMethods(setUnderlying(namedType('runtime', 'errorString'), types.string), 'runtime error: ');
  const plainError = stringMethods(setUnderlying(namedType('runtime', 'plainError'), types.string), '');
  const msgStruct = structOf([{ name: 'msg', type: types.string, pkg: 'runtime' }]);
  const tae = setUnderlying(namedType('runtime', 'TypeAssertionError'), msgStruct);
  const taeP = ptrTo(tae);
  taeP.addMethod('Error', (p: { msg: string }) => p.msg);
  taeP.addMethod('RuntimeError', () => undefined);
  const pne = setUnderlying(namedType('runtime', 'PanicNilError'), msgStruct);
  const pneP = ptrTo(pne);
  pneP.addMethod('Error', () => 'panic called with nil argument');
  pneP.addMethod('RuntimeError', () => undefined);
  const runtimeError = setUnderlying(
    namedType('runtime', 'Error'),
    interfaceOf([
      { name: 'Error', type: funcOf([], [types.string], false) },
      { name: 'RuntimeError', type: funcOf([], [], false) },
    ]),
  );
  T = { boundsError, errorString, plainError, typeAssertionError: taeP, panicNilError: pneP, runtimeError };
  return T;
}

function rtPanic(t: TypeDesc, v: unknown): GoPanic {
  return new GoPanic(new Iface(t, v));
}

/** A runtime error whose text is "runtime error: " + msg (runtime.errorString). */
export function runtimeErrorString(msg: string): GoPanic {
  return rtPanic(errTypes().errorString, msg);
}
/** A runtime error printed without the "runtime error: " prefix (runtime.plainError). */
export function plainError(msg: string): GoPanic {
  return rtPanic(errTypes().plainError, msg);
}

function bounds(msg: string): GoPanic {
  return rtPanic(errTypes().boundsError, 'runtime error: ' + msg);
}

export function indexOutOfRange(i: number | bigint, len: number): GoPanic {
  return bounds(i < 0 ? `index out of range [${i}]` : `index out of range [${i}] with length ${len}`);
}

/** The slice-expression checks, named by the bound that failed (cf. boundsErrorCode). */
export type SliceBoundsCode = 'Alen' | 'Acap' | 'B' | '3Alen' | '3Acap' | '3B' | '3C';
export function sliceOutOfRange(code: SliceBoundsCode, x: number | bigint, y: number): GoPanic {
  const neg = x < 0;
  switch (code) {
    case 'Alen': return bounds(neg ? `slice bounds out of range [:${x}]` : `slice bounds out of range [:${x}] with length ${y}`);
    case 'Acap': return bounds(neg ? `slice bounds out of range [:${x}]` : `slice bounds out of range [:${x}] with capacity ${y}`);
    case 'B': return bounds(neg ? `slice bounds out of range [${x}:]` : `slice bounds out of range [${x}:${y}]`);
    case '3Alen': return bounds(neg ? `slice bounds out of range [::${x}]` : `slice bounds out of range [::${x}] with length ${y}`);
    case '3Acap': return bounds(neg ? `slice bounds out of range [::${x}]` : `slice bounds out of range [::${x}] with capacity ${y}`);
    case '3B': return bounds(neg ? `slice bounds out of range [:${x}:]` : `slice bounds out of range [:${x}:${y}]`);
    case '3C': return bounds(neg ? `slice bounds out of range [${x}::]` : `slice bounds out of range [${x}:${y}:]`);
  }
}

export function sliceToArrayLen(sliceLen: number, arrayLen: number): GoPanic {
  return bounds(`cannot convert slice with length ${sliceLen} to array or pointer to array with length ${arrayLen}`);
}

export function nilMapWrite(): GoPanic {
  return plainError('assignment to entry in nil map');
}

export function nilDeref(): GoPanic {
  const p = runtimeErrorString('invalid memory address or nil pointer dereference');
  p.signal = true;
  return p;
}

export function divideByZero(): GoPanic {
  return runtimeErrorString('integer divide by zero');
}

export function negativeShift(): GoPanic {
  return runtimeErrorString('negative shift amount');
}

export function makeSliceLen(): GoPanic {
  return runtimeErrorString('makeslice: len out of range');
}
export function makeSliceCap(): GoPanic {
  return runtimeErrorString('makeslice: cap out of range');
}

export function hashOfUnhashable(typeString: string): GoPanic {
  return runtimeErrorString('hash of unhashable type ' + typeString);
}
export function comparingUncomparable(typeString: string): GoPanic {
  return runtimeErrorString('comparing uncomparable type ' + typeString);
}

/** x.(T) failed: `from` is x's static interface type, `concrete` its dynamic type (null if nil),
 *  `missing` the first missing method when T is an interface. */
export function typeAssertionError(from: TypeDesc | null, concrete: TypeDesc | null, asserted: TypeDesc, missing: string): GoPanic {
  const inter = from === null ? 'interface' : from.string;
  const as = asserted.string;
  let msg: string;
  if (concrete === null) msg = `interface conversion: ${inter} is nil, not ${as}`;
  else if (missing === '') {
    const cs = concrete.string;
    msg = `interface conversion: ${inter} is ${cs}, not ${as}`;
    if (cs === as) msg += concrete.pkgPath !== asserted.pkgPath ? ' (types from different packages)' : ' (types from different scopes)';
  } else msg = `interface conversion: ${concrete.string} is not ${as}: missing method ${missing}`;
  const t = errTypes().typeAssertionError;
  const C = t.elem!.ctor!;
  return rtPanic(t, new C(msg));
}

/** The value `panic(nil)` panics with since Go 1.21. */
export function panicNilValue(): Iface {
  const t = errTypes().panicNilError;
  const C = t.elem!.ctor!;
  return new Iface(t, new C(''));
}

/** The same as plainError (the name the channel code uses). */
export const runtimePlainError = plainError;

/** A JS TypeError from touching a property of null is a Go nil dereference: the GoPanic that
 *  stands for it (keeping the JS stack, which traces are built from); other values unchanged. */
export function toGoPanic(e: unknown): unknown {
  if (e instanceof TypeError && /null|undefined/.test(e.message) && /propert|read|set|is not a function|iterable/.test(e.message)) {
    const p = nilDeref();
    if (e.stack) p.stack = e.stack;
    return p;
  }
  return e;
}
