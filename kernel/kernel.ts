// The kernel: receives messages from the sockets, checks them, and runs each through the handler
// table by msg_type with `status: busy` before and `status: idle` after, in this one place. Shell
// requests run one at a time in order; control requests (interrupt, shutdown) run beside them.
import type { ConnectionInfo } from './connection.js';
import { KernelSockets } from './sockets.js';
import { decode, encode, Signer, WireError, type WireMessage } from './wire.js';
import { KernelIdentity } from './message.js';
import { WorkerHost, defaultLimits, type WorkerLimits } from './worker-host.js';
import { History } from './history.js';
import { handlers, type RequestChannel } from './handlers/index.js';

export interface KernelOptions {
  readonly connection: ConnectionInfo;
  /** Module exporting the `Session` class the worker runs; the interpreter's by default. */
  readonly sessionModule?: string;
  readonly limits?: Partial<WorkerLimits>;
  /** Where the kernel logs (dropped messages, worker restarts); stderr by default. */
  readonly log?: (line: string) => void;
  /** Called once the kernel has shut down (the command exits the process). */
  readonly onShutdown?: () => void;
}

export class Kernel {
  readonly identity = new KernelIdentity();
  readonly history = new History();
  readonly worker: WorkerHost;
  readonly log: (line: string) => void;
  executionCount = 0;
  private readonly signer: Signer;
  private readonly sockets: KernelSockets;
  private readonly queues: Record<RequestChannel, WireMessage[]> = { shell: [], control: [] };
  private readonly running: Record<RequestChannel, boolean> = { shell: false, control: false };
  /** Queued execute requests to answer as aborted (after an error with stop_on_error). */
  private readonly aborted = new WeakSet<WireMessage>();
  private pendingInput: { resolve(v: string | null): void } | undefined;
  private shuttingDown = false;

  constructor(private readonly options: KernelOptions) {
    this.log = options.log ?? ((line) => process.stderr.write(`[golesson kernel] ${line}\n`));
    this.signer = new Signer(options.connection.key);
    this.sockets = new KernelSockets(this.log);
    const sessionModule = options.sessionModule ?? new URL('../interpreter/index.js', import.meta.url).href;
    this.worker = new WorkerHost(sessionModule, { ...defaultLimits, ...options.limits }, this.log);
  }

  /** Binds and listens first, so kernel_info is answered while the Go session's thread starts. */
  async start(): Promise<void> {
    await this.sockets.bind(this.options.connection);
    this.sockets.listen((channel, frames) => this.receive(channel, frames));
    this.worker.start();
  }

  get endpoints(): KernelSockets['endpoints'] {
    return this.sockets.endpoints;
  }

  private receive(channel: 'shell' | 'control' | 'stdin', frames: Buffer[]): void {
    let msg: WireMessage;
    try {
      msg = decode(frames, this.signer);
    } catch (e) {
      if (!(e instanceof WireError)) throw e;
      this.log(`dropped a message on ${channel}: ${e.message}`);
      return;
    }
    if (channel === 'stdin') {
      this.receiveInput(msg);
      return;
    }
    this.queues[channel].push(msg);
    void this.pump(channel);
  }

  private async pump(channel: RequestChannel): Promise<void> {
    if (this.running[channel]) return;
    this.running[channel] = true;
    try {
      for (let msg = this.queues[channel].shift(); msg; msg = this.queues[channel].shift()) {
        await this.dispatch(channel, msg);
        if (this.shuttingDown) return;
      }
    } finally {
      this.running[channel] = false;
    }
  }

  /** busy, the handler, idle: every request on shell and control, known or not. */
  private async dispatch(channel: RequestChannel, msg: WireMessage): Promise<void> {
    this.publish(msg, 'status', { execution_state: 'busy' });
    try {
      const type = msg.header.msg_type;
      if (this.aborted.has(msg)) await this.replyAborted(channel, msg);
      else {
        const handler = handlers[type];
        if (handler) await handler(this, msg, channel);
        else this.log(`no handler for ${type} on ${channel}; ignored`);
      }
    } catch (e) {
      this.log(`handler for ${msg.header.msg_type} failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      this.publish(msg, 'status', { execution_state: 'idle' });
    }
    if (this.shuttingDown) await this.finishShutdown();
  }

  private async replyAborted(channel: RequestChannel, msg: WireMessage): Promise<void> {
    const type = msg.header.msg_type.replace(/_request$/, '_reply');
    this.reply(channel, msg, type, {
      status: 'error',
      ename: 'ExecutionAborted',
      evalue: 'an earlier cell failed, so this queued cell did not run',
      traceback: [],
      execution_count: this.executionCount,
    });
  }

  /** After a failed cell with stop_on_error: every execute request already queued is aborted. */
  abortQueuedExecutes(): void {
    for (const m of this.queues.shell) if (m.header.msg_type === 'execute_request') this.aborted.add(m);
  }

  reply(channel: RequestChannel | 'stdin', parent: WireMessage, msgType: string, content: object, metadata: Record<string, unknown> = {}): WireMessage {
    const m = this.identity.reply(parent, msgType, content, metadata);
    void this.sockets.queues[channel].send(encode(m, this.signer));
    return m;
  }

  publish(parent: WireMessage | null, msgType: string, content: object, metadata: Record<string, unknown> = {}): void {
    const m = this.identity.broadcast(parent, msgType, content, metadata);
    void this.sockets.queues.iopub.send(encode(m, this.signer));
  }

  /** Asks the client for a line of input on stdin (the parent must allow stdin). */
  requestInput(parent: WireMessage, prompt: string, password: boolean): Promise<string | null> {
    this.pendingInput?.resolve(null);
    return new Promise((resolve) => {
      this.pendingInput = { resolve };
      this.reply('stdin', parent, 'input_request', { prompt, password });
    });
  }

  private receiveInput(msg: WireMessage): void {
    if (msg.header.msg_type !== 'input_reply') {
      this.log(`unexpected ${msg.header.msg_type} on stdin; ignored`);
      return;
    }
    const pending = this.pendingInput;
    this.pendingInput = undefined;
    if (!pending) {
      this.log('input_reply with no input pending; ignored');
      return;
    }
    const value = msg.content['value'];
    pending.resolve(typeof value === 'string' ? value : null);
  }

  interrupt(): void {
    this.worker.interrupt();
  }

  /** Marks the kernel as stopping; the dispatcher finishes after the current idle. */
  requestShutdown(): void {
    this.shuttingDown = true;
  }

  private finished = false;

  private async finishShutdown(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.worker.stop().catch(() => {});
    await this.sockets.close();
    this.options.onShutdown?.();
  }

  /** Stops the kernel from outside (a signal, the parent process gone). */
  async close(): Promise<void> {
    this.shuttingDown = true;
    await this.finishShutdown();
  }
}
