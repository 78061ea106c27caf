// Stream output of a running cell, batched: chunks are merged and sent at most every 50 ms (or
// when 64 KiB pile up), so a program printing in a tight loop sends a few large stream messages
// instead of thousands of small ones and stays inside Jupyter server's iopub rate limits. Past a
// per-cell limit the output is cut, the program stopped, and a note says so. Chunks arrive as Go
// byte strings (one char per byte) and leave as text, decoded as UTF-8 across chunk boundaries.
import { StringDecoder } from 'node:string_decoder';

export type StreamName = 'stdout' | 'stderr';

export const FLUSH_INTERVAL_MS = 50;
const FLUSH_BYTES = 64 * 1024;

export class OutputBatcher {
  private pending: Array<{ name: StreamName; text: string }> = [];
  private pendingBytes = 0;
  private lastFlush = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private total = 0;
  private readonly decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  /** Set once the limit was passed; later output is dropped. */
  cut = false;

  constructor(
    private readonly send: (name: StreamName, text: string) => void,
    private readonly limit: number,
    private readonly onCut: () => void,
  ) {}

  /** `text` is a byte string: each char one byte. */
  write(name: StreamName, text: string): void {
    if (this.cut || text === '') return;
    if (this.total + text.length > this.limit) {
      text = text.slice(0, Math.max(0, this.limit - this.total));
      this.cut = true;
    }
    this.total += text.length;
    const last = this.pending[this.pending.length - 1];
    if (last && last.name === name) last.text += text;
    else this.pending.push({ name, text });
    this.pendingBytes += text.length;
    if (this.cut) {
      this.flush();
      this.emit('stderr', this.decoders.stderr.end());
      this.send('stderr', `\n[golesson: this cell printed more than ${describeBytes(this.limit)}; the rest of its output was dropped and the cell was stopped]\n`);
      this.onCut();
      return;
    }
    // The program may run without ever returning to the event loop, so time is checked here too.
    if (this.pendingBytes >= FLUSH_BYTES || Date.now() - this.lastFlush >= FLUSH_INTERVAL_MS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
  }

  flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.lastFlush = Date.now();
    const batch = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    for (const { name, text } of batch) this.emit(name, this.decoders[name].write(Buffer.from(text, 'latin1')));
  }

  private emit(name: StreamName, text: string): void {
    if (text !== '') this.send(name, text);
  }
}

export function describeBytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
