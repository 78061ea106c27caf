// The `golesson` command line: parses the subcommand and hands over to the module that does it.

const usage = `golesson: a Jupyter kernel for teaching Go, with Go 1.23's own behaviour and no Go toolchain.

Usage:
  golesson run [-seed N] FILE.go [ARGS...]   run a program, printing what \`go run\` prints
  golesson trace FILE.go                     run it, then print the defer/panic timeline
  golesson build -gcflags='-m -l' FILE.go    escape analysis, as \`go build -gcflags\` prints it
  golesson install [--user|--sys-prefix|--prefix DIR] [--name NAME]
                                             install the Jupyter kernelspec
  golesson kernel -f CONNECTION_FILE         run the Jupyter kernel (what kernel.json starts)
  golesson version                           print the version
`;

type Command = (argv: string[]) => Promise<number>;

// Each command's module is loaded only when it runs: `run` should not pay for zeromq.
const commands: Record<string, Command> = {
  run: async (argv) => (await import('./run.js')).runCommand(argv),
  trace: async (argv) => (await import('./run.js')).traceCommand(argv),
  build: async (argv) => (await import('./build.js')).buildCommand(argv),
  install: async (argv) => (await import('./install.js')).installCommand(argv),
  lecture: async (argv) => (await import('./lecture.js')).lectureCommand(argv),
  kernel: async (argv) => (await import('./kernel-command.js')).kernelCommand(argv),
  version: async () => {
    process.stdout.write('golesson 0.1.0 (Go 1.23 semantics)\n');
    return 0;
  },
  help: async () => {
    process.stdout.write(usage);
    return 0;
  },
};

export async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  const run = cmd === undefined ? undefined : commands[cmd === '--help' || cmd === '-h' ? 'help' : cmd === '--version' ? 'version' : cmd];
  if (!run) {
    process.stderr.write(cmd === undefined ? usage : `golesson: unknown command "${cmd}"\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await run(rest);
}
