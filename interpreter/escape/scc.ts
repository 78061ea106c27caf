// Bottom-up traversal of the call graph by strongly connected components (cf. ir.VisitFuncsBottomUp):
// callees are analysed before their callers, mutually recursive functions together, and function
// literals with the function that contains them.
import type { Func } from './ir.js';

export function visitFuncsBottomUp(list: readonly Func[], analyze: (fns: Func[], recursive: boolean) => void): void {
  let visitgen = 0;
  const nodeID = new Map<Func, number>();
  const stack: Func[] = [];
  const done = 0xffffffff;

  const visit = (n: Func): number => {
    const id0 = nodeID.get(n);
    if (id0 !== undefined && id0 > 0) return id0;
    visitgen++;
    const id = visitgen;
    nodeID.set(n, id);
    visitgen++;
    let min = visitgen;
    stack.push(n);
    const edge = (f: Func): void => {
      const m = visit(f);
      if (m < min) min = m;
    };
    // Functions referred to and closures, in the order the body mentions them.
    for (const f of n.order) edge(f);
    if ((min === id || min === id + 1) && !n.isHiddenClosure) {
      const recursive = min === id;
      let i: number;
      for (i = stack.length - 1; i >= 0; i--) {
        const x = stack[i]!;
        nodeID.set(x, done);
        if (x === n) break;
      }
      const block = stack.slice(i);
      stack.length = i;
      analyze(block, recursive);
    }
    return min;
  };
  for (const n of list) if (!n.isHiddenClosure) visit(n);
}
