// Pointers to locations that are not themselves objects: boxed variables (Box), struct fields
// (FieldPointer) and array/slice elements (ElemPointer). A pointer to a struct or an array is the
// object itself. The same location always yields the same pointer object, so pointer == is ===.

export interface Pointer<T = unknown> {
  load(): T;
  store(v: T): void;
}

/** A variable whose address is taken: the variable lives in `v`; the box is its pointer. */
export class Box<T = unknown> implements Pointer<T> {
  constructor(public v: T) {}
  load(): T {
    return this.v;
  }
  store(v: T): void {
    this.v = v;
  }
}

export class FieldPointer<T = unknown> implements Pointer<T> {
  constructor(
    readonly obj: Record<string, unknown>,
    readonly prop: string,
  ) {}
  load(): T {
    return this.obj[this.prop] as T;
  }
  store(v: T): void {
    this.obj[this.prop] = v;
  }
}

export class ElemPointer<T = unknown> implements Pointer<T> {
  constructor(
    readonly array: T[],
    readonly index: number,
  ) {}
  load(): T {
    return this.array[this.index]!;
  }
  store(v: T): void {
    this.array[this.index] = v;
  }
}

const fieldPtrs = new WeakMap<object, Map<string, FieldPointer>>();
const elemPtrs = new WeakMap<object, Map<number, ElemPointer>>();

/** &obj.prop for a field that is not a struct or array. */
export function fieldPointer(obj: Record<string, unknown>, prop: string): FieldPointer {
  let m = fieldPtrs.get(obj);
  if (m === undefined) {
    m = new Map();
    fieldPtrs.set(obj, m);
  }
  let p = m.get(prop);
  if (p === undefined) {
    p = new FieldPointer(obj, prop);
    m.set(prop, p);
  }
  return p;
}

/** &a[i] for an element that is not a struct or array (arrays and slices' backing arrays). */
export function elemPointer<T>(array: T[], index: number): ElemPointer<T> {
  let m = elemPtrs.get(array);
  if (m === undefined) {
    m = new Map();
    elemPtrs.set(array, m);
  }
  let p = m.get(index);
  if (p === undefined) {
    p = new ElemPointer(array as unknown[], index);
    m.set(index, p);
  }
  return p as ElemPointer<T>;
}
