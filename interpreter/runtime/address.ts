// Fake addresses for printing pointers (%p, %v of a pointer, println(&x)): 0xc000...-style, assigned
// on first print per object and stable within a run, so "same address" and "different address"
// read as in real Go.

let addrs = new WeakMap<object, number>();
let next = 0xc000012000;

/** Forgets all addresses (a new run starts numbering again). */
export function resetAddresses(): void {
  addrs = new WeakMap();
  next = 0xc000012000;
}

/** The address of an object (a struct, array, Box, field or element pointer, map, channel, func). */
export function addressOf(o: object | null): number {
  if (o === null) return 0;
  let a = addrs.get(o);
  if (a === undefined) {
    a = next;
    next += 0x20;
    addrs.set(o, a);
  }
  return a;
}

/** "0xc000012000" */
export function addressText(o: object | null): string {
  return '0x' + addressOf(o).toString(16);
}
