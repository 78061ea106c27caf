// Allocations that must be on the heap whatever flows into them (cf. escape/utils.go HeapAllocReason):
// too large for the stack, or a make([]T, n) of non-constant size.
import type { Node } from './ir.js';
import { sizeof } from './sizes.js';
import { under } from '../types/predicates.js';

/** gc's ir.MaxStackVarSize: explicitly declared variables up to 10 MiB may live on the stack. */
const maxStackVarSize = 10 * 1024 * 1024;
/** gc's ir.MaxImplicitStackVarSize: implicit allocations (new, &T{}, make, closures) up to 64 KiB. */
const maxImplicitStackVarSize = 64 * 1024;

export function heapAllocReason(n: Node | null): string {
  if (n === null || n.type === null) return '';
  if (n.op === 'NAME') {
    const cls = (n as { cls?: string }).cls;
    if (cls === 'PPARAM' || cls === 'PPARAMOUT') return '';
  }
  if (n.type.kind === 'Tuple' || n.type.kind === 'Signature' && n.op !== 'CLOSURE') {
    // function values are pointers
  }
  if (n.op !== 'CLOSURE' && n.op !== 'METHVALUE' && sizeof(n.type) > maxStackVarSize) return 'too large for stack';
  if ((n.op === 'NEW' || n.op === 'PTRLIT')) {
    const u = under(n.type);
    if (u.kind === 'Pointer' && sizeof(u.elem) > maxImplicitStackVarSize) return 'too large for stack';
  }
  if (n.op === 'MAKESLICE') {
    const r = n.list[1] ?? n.list[0];
    if (r === undefined || r.op !== 'LITERAL' || r.label === '' || !isSmallIntConst(r.label)) return 'non-constant size';
    const u = under(n.type);
    const es = u.kind === 'Slice' ? sizeof(u.elem) : 0;
    if (es !== 0 && Number(parseIntLit(r.label)) > maxImplicitStackVarSize / es) return 'too large for stack';
  }
  return '';
}

function parseIntLit(s: string): bigint {
  const t = s.replace(/_/g, '');
  try {
    if (/^0[0-7]+$/.test(t)) return BigInt('0o' + t.slice(1));
    return BigInt(t);
  } catch {
    return -1n;
  }
}

function isSmallIntConst(s: string): boolean {
  const v = parseIntLit(s);
  return v >= 0n && v < 1n << 31n;
}
