// Go maps over JS Maps (nil is null). Keys of kind bool, string and the integer kinds are used
// directly (the canonical number/bigint form makes == and SameValueZero agree); other keys
// (floats, for NaN; structs, arrays, interfaces, pointers, complex) go through the key type's hash,
// with the Go key kept beside the value. Iteration follows insertion order.
import { nilMapWrite } from './errors.js';
import type { TypeDesc } from './typedesc.js';

import { GoFatal } from './panic.js';
export class GoMap<K = unknown, V = unknown> {
  /** hash -> value */
  readonly data = new Map<unknown, V>();
  /** hash -> Go key, only for hashed key types */
  readonly keys: Map<unknown, K> | null;
  constructor(readonly keyType: TypeDesc, readonly elemType: TypeDesc) {
    this.keys = directKey(keyType) ? null : new Map();
  }
  get size(): number {
    return this.data.size;
  }
  /** Key (hash), Go key and value triples in iteration order, for fmt: [key, value] pairs. */
  *entries(): IterableIterator<[K, V]> {
    if (this.keys === null) {
      for (const [k, v] of this.data) yield [k as unknown as K, v];
    } else {
      for (const [h, v] of this.data) yield [this.keys.get(h)!, v];
    }
  }
  hashOf(k: K): unknown {
    return this.keys === null ? k : this.keyType.hash(k);
  }
}

function directKey(t: TypeDesc): boolean {
  switch (t.kind) {
    case 'Bool': case 'String':
    case 'Int': case 'Int8': case 'Int16': case 'Int32': case 'Int64':
    case 'Uint': case 'Uint8': case 'Uint16': case 'Uint32': case 'Uint64': case 'Uintptr':
      return true;
    default:
      return false;
  }
}

export function makeMap<K, V>(keyType: TypeDesc, elemType: TypeDesc): GoMap<K, V> {
  return new GoMap<K, V>(keyType, elemType);
}

/** m[k] (the zero value when absent or m is nil); mt is the map type. */
export function mapGet<K, V>(m: GoMap<K, V> | null, k: K, mt: TypeDesc): V {
  if (m === null) {
    // Go hashes the key even for a nil map: an unhashable interface key panics here too.
    if (mt.key!.kind === 'Interface') mt.key!.hash(k);
    return mt.elem!.zero() as V;
  }
  const v = m.data.get(m.hashOf(k));
  if (v === undefined) return m.elemType.zero() as V;
  return v;
}

/** v, ok := m[k] */
export function mapGet2<K, V>(m: GoMap<K, V> | null, k: K, mt: TypeDesc): [V, boolean] {
  if (m === null) {
    if (mt.key!.kind === 'Interface') mt.key!.hash(k);
    return [mt.elem!.zero() as V, false];
  }
  const v = m.data.get(m.hashOf(k));
  if (v === undefined) return [m.elemType.zero() as V, false];
  return [v, true];
}

/** m[k] = v */
/** Entries a map may hold: a JS Map's table doubles as it grows, and a doubling that cannot be
 *  allocated aborts the process; Go would have run out of memory long before in a lesson. */
export const MaxMapEntries = 1 << 23;

export function mapSet<K, V>(m: GoMap<K, V> | null, k: K, v: V): void {
  if (m === null) throw nilMapWrite();
  if (m.data.size >= MaxMapEntries && !m.data.has(m.hashOf(k))) throw new GoFatal('runtime: out of memory');
  const h = m.hashOf(k);
  // Go overwrites the stored key on every assignment to a key type with floats in it (so
  // m[-0.0] = v after m[0.0] = u leaves the key -0); for the other hashed key types the new key
  // equals the old in every visible way, so replacing it always is the same.
  if (m.keys !== null) m.keys.set(h, k);
  m.data.set(h, v);
}

export function mapDelete<K, V>(m: GoMap<K, V> | null, k: K): void {
  if (m === null) return;
  const h = m.hashOf(k);
  m.data.delete(h);
  if (m.keys !== null) m.keys.delete(h);
}

export function mapLen(m: GoMap | null): number {
  return m === null ? 0 : m.data.size;
}

export function mapClear(m: GoMap | null): void {
  if (m === null) return;
  m.data.clear();
  if (m.keys !== null) m.keys.clear();
}

/** for k, v := range m: entries live (deleted ones not yet reached are skipped, as Go allows). */
export function* mapRange<K, V>(m: GoMap<K, V> | null): Generator<[K, V], void, unknown> {
  if (m === null) return;
  const keys = m.keys;
  for (const [h, v] of m.data) {
    yield [keys === null ? (h as K) : keys.get(h)!, v];
  }
}

/** The current value of an entry during range (a value stored after the iterator read it). */
export function mapKeysSnapshot<K>(m: GoMap<K, unknown> | null): K[] {
  if (m === null) return [];
  return m.keys === null ? ([...m.data.keys()] as K[]) : [...m.keys.values()];
}
