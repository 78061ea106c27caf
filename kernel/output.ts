// Stream output of a running cell, in two halves. In the worker, OutputLimiter decodes Go's byte
// strings as UTF-8 (across chunk boundaries), passes each chunk on at once (a running program may
// not return to the worker's event loop for a long time, so nothing may wait there), and past a
// per-cell limit cuts the output, stops the program and says so. On the main thread,
// StreamCoalescer merges the chunks and publishes them at most every 50 ms (or per 64 KiB), so a
// program printing in a tight loop sends a few large stream messages instead of thousands of
// small ones and stays inside Jupyter server's iopub rate limits.
import { StringDecoder } from 'node:string_decoder';

export type StreamName = 'stdout' | 'stderr';

export const FLUSH_INTERVAL_MS = 50;
const FLUSH_CHARS = 64 * 1024;

export class OutputLimiter {
  private readonly decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  private total = 0;
  /** Set once the limit was passed; later output is dropped. */
  cut = false;

  constructor(
    private readonly send: (name: StreamName, text: string) => void,
    private readonly limit: number,
    private readonly onCut: () => void,
  ) {}

  /** `bytes` is a byte string: each char one byte. */
  write(name: StreamName, bytes: string): void {
    if (this.cut || bytes === '') return;
    if (this.total + bytes.length > this.limit) {
      bytes = bytes.slice(0, Math.max(0, this.limit - this.total));
      this.cut = true;
    }
    this.total += bytes.length;
    this.emit(name, this.decoders[name].write(Buffer.from(bytes, 'latin1')));
    if (this.cut) {
      this.emit('stdout', this.decoders.stdout.end());
      this.emit('stderr', this.decoders.stderr.end());
      this.send('stderr', `\n[golesson: this cell printed more than ${describeBytes(this.limit)}; the rest of its output was dropped and the cell was stopped]\n`);
      this.onCut();
    }
  }

  private emit(name: StreamName, text: string): void {
    if (text !== '') this.send(name, text);
  }
}

export class StreamCoalescer {
  private pending: Array<{ name: StreamName; text: string }> = [];
  private pendingChars = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly publish: (name: StreamName, text: string) => void) {}

  write(name: StreamName, text: string): void {
    const last = this.pending[this.pending.length - 1];
    if (last && last.name === name) last.text += text;
    else this.pending.push({ name, text });
    this.pendingChars += text.length;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
  }

  /** Publishes what is pending; called before any other message of the cell, so order holds. */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const { name, text } of batch) this.publish(name, text);
  }
}

export function describeBytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
