// Assignments escape analysis can ignore because they store nothing new (cf. escape/utils.go
// isSelfAssign): `b.buf = b.buf[n:m]`, `val.x = val.y`, `val.x[i] = val.y[j]`.
import { Name, type Node } from './ir.js';

function isSliceSelfAssign(dst: Node, src: Node): boolean {
  if (dst.op !== 'DEREF' && dst.op !== 'DOTPTR') return false;
  const dstX = dst.x!;
  if (dstX.op !== 'NAME') return false;
  switch (src.op) {
    case 'SLICE': case 'SLICE3': case 'SLICESTR':
      break;
    case 'SLICEARR': case 'SLICE3ARR':
      if (src.x!.op === 'ADDR') return false;
      break;
    default:
      return false;
  }
  const base = src.x!;
  if (base.op !== 'DEREF' && base.op !== 'DOTPTR') return false;
  const baseX = base.x!;
  if (baseX.op !== 'NAME') return false;
  return (dstX as Name).canonical() === (baseX as Name).canonical();
}

export function isSelfAssign(dst: Node, src: Node): boolean {
  if (isSliceSelfAssign(dst, src)) return true;
  if (dst.op !== src.op) return false;
  switch (dst.op) {
    case 'DOT': case 'DOTPTR':
      return sameSafeExpr(dst.x!, src.x!);
    case 'INDEX':
      if (mayAffectMemory(dst.y!) || mayAffectMemory(src.y!)) return false;
      return sameSafeExpr(dst.x!, src.x!);
    default:
      return false;
  }
}

function mayAffectMemory(n: Node): boolean {
  switch (n.op) {
    case 'NAME': case 'LITERAL': case 'NIL':
      return false;
    case 'ADD': case 'SUB': case 'OR': case 'XOR': case 'MUL': case 'LSH': case 'RSH': case 'AND': case 'ANDNOT': case 'DIV': case 'MOD':
      return mayAffectMemory(n.x!) || mayAffectMemory(n.y!);
    case 'INDEX':
      return mayAffectMemory(n.x!) || mayAffectMemory(n.y!);
    case 'CONVNOP': case 'CONV': case 'LEN': case 'CAP': case 'NOT': case 'BITNOT': case 'PLUS': case 'NEG':
    case 'DOT': case 'DOTPTR': case 'DEREF':
      return mayAffectMemory(n.x!);
    default:
      return true;
  }
}

/** Whether l and r are the same side-effect-free expression (cf. ir.SameSafeExpr). */
function sameSafeExpr(l: Node, r: Node): boolean {
  while (l.op === 'CONVNOP' && l.x !== null) l = l.x;
  while (r.op === 'CONVNOP' && r.x !== null) r = r.x;
  if (l.op !== r.op) return false;
  switch (l.op) {
    case 'NAME':
      return (l as Name).canonical() === (r as Name).canonical() && l instanceof Name;
    case 'DOT': case 'DOTPTR':
      return l.text === r.text && sameSafeExpr(l.x!, r.x!);
    case 'DEREF': case 'CONV': case 'NOT': case 'BITNOT': case 'PLUS': case 'NEG':
      return sameSafeExpr(l.x!, r.x!);
    case 'INDEX': case 'INDEXMAP': case 'ADD': case 'SUB': case 'OR': case 'XOR': case 'MUL': case 'LSH': case 'RSH':
    case 'AND': case 'ANDNOT': case 'DIV': case 'MOD':
      return sameSafeExpr(l.x!, r.x!) && sameSafeExpr(l.y!, r.y!);
    case 'LITERAL':
      return l.text === r.text;
    case 'NIL':
      return true;
    default:
      return false;
  }
}
