// Invalid recursive types (cf. types2 validtype.go): a defined type may not contain itself
// directly, only through pointers, slices, maps, channels, functions or interfaces.
import type { Checker } from './check.js';
import type { Named, Type } from './types.js';
import { Typ } from './universe.js';

const checked = new WeakSet<Named>();

export function validType(c: Checker, t: Named): void {
  const path: Named[] = [];
  const bad = new WeakSet<Named>();
  const visit = (x: Type): boolean => {
    switch (x.kind) {
      case 'Array':
        return visit(x.elem);
      case 'Struct':
        for (const f of x.fields) if (!visit(f.type)) return false;
        return true;
      case 'Named': {
        const orig = x.origin ?? x;
        if (orig.obj.pkg !== c.path) return true;
        if (checked.has(x) && x !== t) return true;
        const i = path.indexOf(orig);
        if (i >= 0) {
          const cycle = path.slice(i);
          if (!bad.has(orig)) reportCycle(c, cycle);
          for (const n of cycle) bad.add(n);
          (t as { underlying: Type }).underlying = t === orig ? Typ.invalid : t.underlying;
          return false;
        }
        path.push(orig);
        const ok = visit(x.underlying);
        path.pop();
        return ok;
      }
      default:
        return true;
    }
  };
  visit(t);
  checked.add(t);
}

function reportCycle(c: Checker, cycle: Named[]): void {
  let start = 0;
  cycle.forEach((n, i) => {
    if (n.obj.pos < cycle[start]!.obj.pos) start = i;
  });
  let obj = cycle[start]!.obj;
  if (cycle.length === 1) {
    c.errorAt(obj.pos, `invalid recursive type: ${obj.name} refers to itself`);
    return;
  }
  const first = obj;
  const details: [number, string][] = [];
  let i = start;
  for (let k = 0; k < cycle.length; k++) {
    details.push([obj.pos, `${obj.name} refers to`]);
    i = (i + 1) % cycle.length;
    obj = cycle[i]!.obj;
  }
  details.push([obj.pos, obj.name]);
  c.errorAt(first.pos, `invalid recursive type ${first.name}`, details);
}
