// What Go prints when a goroutine's story ends badly: the panic lines (runtime's preprintpanics and
// printpanics: error and Stringer values by their methods, other values as the runtime's print
// does, `[recovered]` chains) and goroutine traces in Go 1.23's layout:
//
//   goroutine 6 [running]:
//   main.f(...)
//   	./prog.go:10
//   created by main.main in goroutine 1
//   	./prog.go:16
//
// Frames carry no arguments or pc offsets (no interpreter has them); the golden comparison checks
// function names and file:line only.
import type { Frame, Goroutine } from './goroutine.js';
import { GoFatal, GoPanic } from './panic.js';
import { textMethod, type Iface } from './iface.js';
import { callSync } from './defer.js';
import { toGoPanic } from './errors.js';
import { printFloatText } from './builtins.js';

/** The runtime's print of a float: `+1.500000e+000` (runtime.printfloat). */
export const printFloat = printFloatText;

/** The runtime's print of a complex: `(+1.000000e+000+2.000000e+000i)`. */
function printComplex(c: { re: number; im: number }): string {
  return `(${printFloat(c.re)}${printFloat(c.im)}i)`;
}

/** Newlines in a panic string are followed by a tab (runtime.printindented). */
function indented(s: string): string {
  return s.replace(/\n/g, '\n\t');
}

/** The text of an error or Stringer panic value by its method, or undefined for other values. */
function methodText(v: Iface | null): string | undefined {
  if (v === null) return undefined;
  const viaMethod = textMethod(v.type, 'Error') ?? textMethod(v.type, 'String');
  return viaMethod === undefined ? undefined : String(callSync(viaMethod.fn, v.value));
}

/** A panic value as printpanicval prints it; `viaMethod` is what preprintpanics got from its Error or
 *  String method. */
export function panicValueText(v: Iface | null, viaMethod = methodText(v)): string {
  if (v === null) return 'nil';
  const t = v.type;
  if (viaMethod !== undefined) return indented(viaMethod);
  const named = t.name !== '';
  let text: string;
  switch (t.kind) {
    case 'String':
      return named ? `${t.string}("${indented(v.value as string)}")` : indented(v.value as string);
    case 'Bool':
    case 'Int':
    case 'Int8':
    case 'Int16':
    case 'Int32':
    case 'Int64':
    case 'Uint':
    case 'Uint8':
    case 'Uint16':
    case 'Uint32':
    case 'Uint64':
    case 'Uintptr':
      text = String(v.value);
      break;
    case 'Float32':
    case 'Float64':
      text = printFloat(v.value as number);
      break;
    case 'Complex64':
    case 'Complex128':
      return named ? t.string + printComplex(v.value as { re: number; im: number }) : printComplex(v.value as { re: number; im: number });
    default:
      return `(${t.string}) 0xc000012345`;
  }
  return named ? `${t.string}(${text})` : text;
}

/** The `panic: ...` lines for an unrecovered panic and the panics it interrupted, oldest first. */
export function panicReport(p: GoPanic): string {
  const chain: GoPanic[] = [];
  for (let q: GoPanic | null = p; q !== null; q = q.link) chain.unshift(q);
  // The methods run first, newest panic first; one that panics turns the report into a fatal
  // error naming the new panic's string, or its type when it is not a string.
  const texts = new Map<GoPanic, string | undefined>();
  for (let i = chain.length - 1; i >= 0; i--) {
    try {
      texts.set(chain[i]!, methodText(chain[i]!.value));
    } catch (e) {
      const inner = toGoPanic(e);
      if (!(inner instanceof GoPanic)) throw inner;
      const r = inner.value;
      const what = r.type.kind === 'String' && r.type.name === '' ? `: ${r.value as string}` : `: type ${r.type.string}`;
      // A nil dereference's signal line follows the fatal error's line.
      const signal = inner.signal ? '\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]' : '';
      throw new GoFatal('panic while printing panic value' + what + signal);
    }
  }
  let out = '';
  chain.forEach((q, i) => {
    if (i > 0) out += '\t';
    out += `panic: ${panicValueText(q.value, texts.get(q))}${q.recovered ? ' [recovered]' : ''}\n`;
  });
  if (p.signal) out += '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n';
  return out;
}

/** The file a frame of function `func` is in: the program's file for package main; for the
 *  standard library, the package's directory under $GOROOT (as Go prints its own sources' paths),
 *  with the line of golesson's implementation of it. */
export function frameFile(func: string, file: string): string {
  const pkg = /^((?:[^./]+\/)*[^./]+)\./.exec(func)?.[1] ?? 'main';
  if (pkg === 'main') return file;
  // The package's name: its path's last element, or the one before a major version (math/rand/v2).
  const parts = pkg.split('/');
  const name = parts.length > 1 && /^v[2-9][0-9]*$/.test(parts[parts.length - 1]!) ? parts[parts.length - 2]! : parts[parts.length - 1]!;
  return `$GOROOT/src/${pkg}/${name}.go`;
}

/** `main.f(...)` / `\t./prog.go:10` lines. */
export function framesText(frames: readonly Frame[]): string {
  let out = '';
  for (const f of frames) {
    out += `${f.func}(...)\n`;
    const file = frameFile(f.func, f.file);
    out += f.line > 0 ? `\t${file}:${f.line}\n` : `\t${file}\n`;
  }
  return out;
}

/** One goroutine's trace: header, frames (innermost first), and where it was created. */
export function goroutineTrace(g: Goroutine, state: string, frames: readonly Frame[], filename: string): string {
  let out = `goroutine ${g.id} [${state}]:\n`;
  let fs = frames;
  if (fs.length === 0 && g.site.entry !== undefined) fs = [{ func: g.site.entry, file: filename, line: g.line }];
  out += framesText(fs);
  if (g.parent !== 0) {
    out += `created by ${g.site.creator ?? 'main.main'} in goroutine ${g.parent}\n`;
    const file = frameFile(g.site.creator ?? 'main.main', g.site.file ?? filename);
    out += g.site.line ? `\t${file}:${g.site.line}\n` : `\t${file}\n`;
  }
  return out;
}
