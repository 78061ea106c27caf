// The kernel's five zeromq sockets, bound where the connection file says. zeromq allows one send
// in flight per socket, so each socket has its own send queue; the heartbeat echoes on its own.
import * as zmq from 'zeromq';
import { endpoint, type Channel, type ConnectionInfo } from './connection.js';

/** Serialises sends on one socket: a send waits for the previous one to finish. */
export class SendQueue {
  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly socket: zmq.Writable & zmq.Socket,
    private readonly onError: (e: unknown) => void,
  ) {}

  send(frames: Buffer[]): Promise<void> {
    const next = this.tail.then(async () => {
      if (this.closed || this.socket.closed) return;
      try {
        await this.socket.send(frames);
      } catch (e) {
        this.onError(e);
      }
    });
    this.tail = next;
    return next;
  }

  /** Resolves when everything queued so far has been handed to zeromq. */
  drain(): Promise<void> {
    return this.tail;
  }

  close(): void {
    this.closed = true;
  }
}

const highWaterMark = 100_000;

export type Receiver = (channel: 'shell' | 'control' | 'stdin', frames: Buffer[]) => void;

export class KernelSockets {
  // zeromq drops messages past a socket's high-water mark (1,000 by default): a burst of queued
  // cells can produce more than that before a client reads, so the marks are raised.
  readonly shell = new zmq.Router({ linger: 0, sendHighWaterMark: highWaterMark });
  readonly control = new zmq.Router({ linger: 0, sendHighWaterMark: highWaterMark });
  readonly stdin = new zmq.Router({ linger: 0, sendHighWaterMark: highWaterMark });
  readonly iopub = new zmq.Publisher({ linger: 1000, sendHighWaterMark: highWaterMark });
  readonly hb = new zmq.Reply({ linger: 0 });
  readonly queues: Record<'shell' | 'control' | 'stdin' | 'iopub', SendQueue>;
  /** The endpoints actually bound (port 0 in the connection file becomes a real port). */
  readonly endpoints = {} as Record<Channel, string>;

  constructor(private readonly log: (line: string) => void) {
    const onError = (name: string) => (e: unknown) => log(`send on ${name} failed: ${(e as Error).message}`);
    this.queues = {
      shell: new SendQueue(this.shell, onError('shell')),
      control: new SendQueue(this.control, onError('control')),
      stdin: new SendQueue(this.stdin, onError('stdin')),
      iopub: new SendQueue(this.iopub, onError('iopub')),
    };
  }

  async bind(info: ConnectionInfo): Promise<void> {
    const pairs: Array<[Channel, zmq.Socket]> = [
      ['shell', this.shell],
      ['control', this.control],
      ['stdin', this.stdin],
      ['iopub', this.iopub],
      ['hb', this.hb],
    ];
    for (const [channel, socket] of pairs) {
      await socket.bind(endpoint(info, channel));
      this.endpoints[channel] = socket.lastEndpoint ?? endpoint(info, channel);
    }
  }

  /** Starts the receive loops; each message is handed to `receive` as raw frames. */
  listen(receive: Receiver): void {
    for (const channel of ['shell', 'control', 'stdin'] as const) {
      void this.receiveLoop(this[channel], (frames) => receive(channel, frames));
    }
    void this.heartbeat();
  }

  private async receiveLoop(socket: zmq.Router, onFrames: (frames: Buffer[]) => void): Promise<void> {
    try {
      for await (const frames of socket) onFrames(frames);
    } catch (e) {
      if (!socket.closed) this.log(`receive failed: ${(e as Error).message}`);
    }
  }

  /** Heartbeat: echo every ping at once, on the main thread, whatever the Go session is doing. */
  private async heartbeat(): Promise<void> {
    try {
      for await (const frames of this.hb) await this.hb.send(frames);
    } catch (e) {
      if (!this.hb.closed) this.log(`heartbeat failed: ${(e as Error).message}`);
    }
  }

  async close(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      Promise.all(Object.values(this.queues).map((q) => q.drain())),
      new Promise((r) => (timer = setTimeout(r, 1000))),
    ]);
    clearTimeout(timer);
    for (const q of Object.values(this.queues)) q.close();
    for (const s of [this.shell, this.control, this.stdin, this.iopub, this.hb]) s.close();
  }
}
