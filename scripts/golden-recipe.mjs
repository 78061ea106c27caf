// Reads a golden program's recipe: its first line says how real Go is run on it (test/golden/README.md).
//
//   // run                          go run X.go                      -> X.out, X.err, X.exit
//   // run faketime                 go run -tags faketime X.go       (virtual time, playback headers stripped)
//   // run go1.19                   also recorded with Go 1.19       -> X.go119.out, X.go119.err, X.go119.exit
//   // build -gcflags=-m -l         go build -gcflags='-m -l' X.go   -> X.escape (the compiler's stderr)
//   // build -gcflags=-m=2 -l       likewise with -m=2
//   // build -gcflags=-d=defer      likewise with -d=defer
//
// Options of `run` may be combined in any order (`// run faketime go1.19`). Everything after
// `-gcflags=` is one flags value, as if quoted in a shell; surrounding quotes are allowed.

/** @typedef {{ kind: 'run', faketime: boolean, go119: boolean } | { kind: 'build', gcflags: string }} Recipe */

/** @param {string} source @returns {Recipe} */
export function parseRecipe(source) {
  const first = source.split('\n', 1)[0].replace(/\r$/, '').trim();
  const m = /^\/\/\s*(run|build)\b(.*)$/.exec(first);
  if (!m) throw new Error(`first line is not a recipe ("// run" or "// build -gcflags=..."): ${JSON.stringify(first)}`);
  const rest = m[2].trim();
  if (m[1] === 'run') {
    const opts = rest === '' ? [] : rest.split(/\s+/);
    for (const o of opts) {
      if (o !== 'faketime' && o !== 'go1.19') throw new Error(`unknown run option ${JSON.stringify(o)} (known: faketime, go1.19)`);
    }
    return { kind: 'run', faketime: opts.includes('faketime'), go119: opts.includes('go1.19') };
  }
  const g = /^-gcflags=(.*)$/.exec(rest);
  if (!g) throw new Error(`build recipe needs -gcflags=...: ${JSON.stringify(first)}`);
  let gcflags = g[1].trim();
  if (/^(['"]).*\1$/.test(gcflags)) gcflags = gcflags.slice(1, -1);
  return { kind: 'build', gcflags };
}
