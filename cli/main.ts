// The `golesson` command line: parses the subcommand and hands over to the module that does it.
import { installCommand } from './install.js';
import { kernelCommand } from './kernel-command.js';

const usage = `golesson: a Jupyter kernel for teaching Go, with Go 1.23's own behaviour and no Go toolchain.

Usage:
  golesson run [-seed N] FILE.go [ARGS...]   run a program, printing what \`go run\` prints
  golesson install [--user|--sys-prefix|--prefix DIR] [--name NAME]
                                             install the Jupyter kernelspec
  golesson kernel -f CONNECTION_FILE         run the Jupyter kernel (what kernel.json starts)
  golesson version                           print the version
`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  install: installCommand,
  kernel: kernelCommand,
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
