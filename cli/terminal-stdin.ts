// Terminal input for a running program, read only when the program asks for it (so a program that
// never reads leaves the terminal alone), handed over as byte strings.
export interface TerminalStdin {
  read(): Promise<string | null>;
  close(): void;
}

export function terminalStdin(stream: NodeJS.ReadStream = process.stdin): TerminalStdin {
  const chunks: string[] = [];
  const waiting: ((s: string | null) => void)[] = [];
  let ended = false;
  let started = false;
  const onData = (b: Buffer) => {
    const s = b.toString('latin1');
    const w = waiting.shift();
    if (w) w(s);
    else chunks.push(s);
  };
  const onEnd = () => {
    ended = true;
    for (const w of waiting.splice(0)) w(null);
  };
  return {
    read() {
      if (chunks.length) return Promise.resolve(chunks.shift()!);
      if (ended) return Promise.resolve(null);
      if (!started) {
        started = true;
        stream.on('data', onData);
        stream.on('end', onEnd);
      }
      stream.resume();
      return new Promise((resolve) => waiting.push(resolve));
    },
    close() {
      stream.off('data', onData);
      stream.off('end', onEnd);
      if (started) stream.pause();
    },
  };
}
