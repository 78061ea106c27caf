// The Go version implied by a `//go:build` line (cf. go/build/constraint's Parse and GoVersion):
// `//go:build go1.21` gives "go1.21", which selects that language version for the file.

type BuildExpr =
  | { readonly op: 'tag'; readonly tag: string }
  | { readonly op: 'not'; readonly x: BuildExpr }
  | { readonly op: 'and' | 'or'; readonly x: BuildExpr; readonly y: BuildExpr };

/** The minimum Go version the constraint requires ("" if none), or null if the line is not a valid //go:build line. */
export function goVersionOfBuildLine(line: string): string | null {
  if (line.endsWith('\n')) line = line.slice(0, -1);
  if (line.includes('\n') || !line.startsWith('//go:build')) return null;
  const rest = line.trim().slice('//go:build'.length);
  const text = rest.trim();
  if (rest.length === text.length && rest !== '') return null; // e.g. //go:buildfoo
  const x = parseBuildExpr(text);
  if (x === null) return null;
  const v = minVersion(x, 1);
  if (v < 0) return '';
  return v === 0 ? 'go1' : `go1.${v}`;
}

function minVersion(z: BuildExpr, sign: number): number {
  switch (z.op) {
    case 'and': case 'or': {
      const a = minVersion(z.x, sign);
      const b = minVersion(z.y, sign);
      const useMax = (z.op === 'and') === (sign > 0);
      return useMax ? Math.max(a, b) : Math.min(a, b);
    }
    case 'not':
      return minVersion(z.x, -sign);
    case 'tag': {
      if (sign < 0) return -1;
      if (z.tag === 'go1') return 0;
      const i = z.tag.indexOf('go1.');
      const v = i < 0 ? '' : z.tag.slice(i + 4);
      return /^[+-]?\d+$/.test(v) ? Number(v) : -1;
    }
  }
}

/** Parses `a && (b || !c)`; null on a syntax error. */
function parseBuildExpr(s: string): BuildExpr | null {
  const toks = s.match(/&&|\|\||[()!]|[A-Za-z0-9_.]+|\S/g) ?? [];
  let i = 0;
  const or = (): BuildExpr | null => {
    let x = and();
    while (x !== null && toks[i] === '||') {
      i++;
      const y = and();
      x = y === null ? null : { op: 'or', x, y };
    }
    return x;
  };
  const and = (): BuildExpr | null => {
    let x = not();
    while (x !== null && toks[i] === '&&') {
      i++;
      const y = not();
      x = y === null ? null : { op: 'and', x, y };
    }
    return x;
  };
  const not = (): BuildExpr | null => {
    const t = toks[i];
    if (t === '!') {
      i++;
      const x = not();
      return x === null ? null : { op: 'not', x };
    }
    if (t === '(') {
      i++;
      const x = or();
      if (toks[i] !== ')') return null;
      i++;
      return x;
    }
    if (t !== undefined && /^[A-Za-z0-9_.]+$/.test(t)) {
      i++;
      return { op: 'tag', tag: t };
    }
    return null;
  };
  const x = or();
  return x !== null && i === toks.length ? x : null;
}

/** Whether a file's `//go:build` version (e.g. "go1.21") predates Go 1.22's per-iteration loop
 *  variables, so its loops share one variable, as Go 1.23 compiles such a file. */
export function sharesLoopVars(goVersion: string): boolean {
  const m = /^go1\.(\d+)/.exec(goVersion);
  return m !== null && Number(m[1]) < 22;
}
