// A cell cannot leave its box: no host files, sockets, environment or processes. Packages that
// would reach them do not exist in golesson (a compile error naming the package and what is
// supported), os exposes only Exit, Args, the three standard streams and an empty environment,
// and unsafe only Sizeof, Alignof and Offsetof.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../interpreter/index.js';

async function run(src: string) {
  let out = '';
  const r = await runProgram(src, { stdout: (b) => (out += b), stderr: (b) => (out += b) });
  return { ...r, out };
}

describe('sandbox', () => {
  for (const [pkg, use] of [
    ['os/exec', 'exec.Command("ls").Run()'],
    ['net', 'net.Dial("tcp", "127.0.0.1:80")'],
    ['net/http', 'http.Get("http://127.0.0.1/")'],
    ['syscall', 'syscall.Getpid()'],
    ['io/ioutil', 'ioutil.ReadFile("/etc/passwd")'],
    ['path/filepath', 'filepath.Glob("/*")'],
    ['plugin', 'plugin.Open("x.so")'],
    ['github.com/some/module', 'module.Do()'],
  ]) {
    it(`refuses to import ${pkg}`, async () => {
      const r = await run(`package main\n\nimport "${pkg}"\n\nfunc main() { ${use} }\n`);
      expect(r.outcome).toBe('compile-error');
      expect(r.diagnostics[0]).toMatch(new RegExp(`^\\./prog\\.go:3:8: package ${pkg.replace(/\//g, '\\/')} is not (supported by golesson|in std)`));
      expect(r.diagnostics[0]).toContain('golesson supports: bufio, bytes,');
      expect(r.out).toBe('');
    });
  }

  for (const use of ['os.ReadFile("/etc/passwd")', 'os.Open("/etc/passwd")', 'os.WriteFile("/tmp/x", nil, 0o644)', 'os.Remove("/tmp/x")', 'os.StartProcess("/bin/ls", nil, nil)', 'os.Chdir("/")']) {
    it(`has no ${use.slice(0, use.indexOf('('))}`, async () => {
      const r = await run(`package main\n\nimport "os"\n\nfunc main() { ${use} }\n`);
      expect(r.outcome).toBe('compile-error');
      expect(r.diagnostics[0]).toMatch(/^\.\/prog\.go:5:\d+: undefined: os\./);
    });
  }

  // unsafe offers only the layout constants; what reads memory as another type is refused.
  for (const use of ['_ = unsafe.Pointer(&x)', '_ = unsafe.Add(nil, 1)', '_ = unsafe.Slice(&x, 1)', '_ = unsafe.String(nil, 1)', '_ = unsafe.StringData("s")', '_ = unsafe.SliceData([]int{})']) {
    it(`refuses ${use.slice(4, use.indexOf('('))}`, async () => {
      const r = await run(`package main\n\nimport "unsafe"\n\nvar x int\n\nfunc main() { ${use} }\n`);
      expect(r.outcome).toBe('compile-error');
      expect(r.diagnostics[0]).toMatch(/^\.\/prog\.go:7:\d+: unsafe\.\w+ is not supported by golesson \(of package unsafe it supports Sizeof, Alignof and Offsetof\)$/);
    });
  }

  it('sees an empty environment', async () => {
    const r = await run('package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Printf("%q %q\\n", os.Getenv("HOME"), os.Getenv("PATH"))\n}\n');
    expect(r.out).toBe('"" ""\n');
  });

  it('gets only the arguments it was given', async () => {
    let out = '';
    await runProgram('package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() { fmt.Println(len(os.Args), os.Args[1:]) }\n', { stdout: (b) => (out += b), stderr: () => {}, args: ['a', 'b'] });
    expect(out).toBe('3 [a b]\n');
  });
});
