// The ziggurat tables behind NormFloat64 and ExpFloat64, computed at load time by Marsaglia and
// Tsang's set-up procedure ("The Ziggurat Method for Generating Random Variables", 2000): 128 boxes
// for the normal distribution, 256 for the exponential. k holds each box's acceptance threshold
// (truncated to uint32), w the scale from a 32-bit draw to x and f the density at the box's edge
// (both rounded to float32). Checked against real Go's NormFloat64 and ExpFloat64 outputs by
// test/golden/rand/ziggurat.go. Exp and Log are Go's own algorithms (stdlib/math), so the tables
// do not depend on the JavaScript engine's Math.exp and Math.log.
import { exp, log } from '../math/explog.js';

export interface Ziggurat {
  readonly k: Uint32Array;
  readonly w: Float32Array;
  readonly f: Float32Array;
}

/** Normal: right tail start r = 3.442619855899, common box area 9.91256303526217e-3, 2^31 scale. */
function normal(): Ziggurat {
  const m1 = 2147483648;
  const vn = 9.91256303526217e-3;
  let dn = 3.442619855899;
  let tn = dn;
  const k = new Uint32Array(128);
  const w = new Float32Array(128);
  const f = new Float32Array(128);
  const q = vn / exp(-0.5 * dn * dn);
  k[0] = Math.trunc((dn / q) * m1);
  k[1] = 0;
  w[0] = q / m1;
  w[127] = dn / m1;
  f[0] = 1;
  f[127] = exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * log(vn / dn + exp(-0.5 * dn * dn)));
    k[i + 1] = Math.trunc((dn / tn) * m1);
    tn = dn;
    f[i] = exp(-0.5 * dn * dn);
    w[i] = dn / m1;
  }
  return { k, w, f };
}

/** Exponential: tail start 7.69711747013104972, box area 3.949659822581572e-3, 2^32 scale. */
function exponential(): Ziggurat {
  const m2 = 4294967296;
  const ve = 3.949659822581572e-3;
  let de = 7.69711747013104972;
  let te = de;
  const k = new Uint32Array(256);
  const w = new Float32Array(256);
  const f = new Float32Array(256);
  const q = ve / exp(-de);
  k[0] = Math.trunc((de / q) * m2);
  k[1] = 0;
  w[0] = q / m2;
  w[255] = de / m2;
  f[0] = 1;
  f[255] = exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -log(ve / de + exp(-de));
    k[i + 1] = Math.trunc((de / te) * m2);
    te = de;
    f[i] = exp(-de);
    w[i] = de / m2;
  }
  return { k, w, f };
}

export const normalZig: Ziggurat = normal();
export const expZig: Ziggurat = exponential();

/** Box i of a ziggurat: [k, w, f, f of box i-1] (the last is unused for box 0). */
export function zigBox(z: Ziggurat, i: number): [number, number, number, number] {
  return [z.k[i]!, z.w[i]!, z.f[i]!, i > 0 ? z.f[i - 1]! : 0];
}
