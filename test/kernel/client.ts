// A small Jupyter client over real zeromq sockets, for the kernel tests: starts a kernel process
// from a connection file, signs what it sends, checks what it receives, and collects iopub.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as zmq from 'zeromq';
import { freePort } from '../support/ports.js';

export const root = new URL('../../', import.meta.url).pathname;

/** The real interpreter session once interpreter/index.ts exports it (and the CLI is built);
 *  until then the kernel tests run the session test double. GOLESSON_KERNEL_DOUBLE=1 forces it. */
async function findRealSession(): Promise<boolean> {
  const index = join(root, 'dist/interpreter/index.js');
  if (!existsSync(index) || !existsSync(join(root, 'dist/cli/main.js'))) return false;
  try {
    return typeof ((await import(pathToFileURL(index).href)) as { Session?: unknown }).Session === 'function';
  } catch {
    return false;
  }
}
export const realSession = await findRealSession();

export function kernelArgv(connectionFile: string): string[] {
  // As Jupyter starts it: the kernelspec's Node flags, then bin/golesson.js (spawned with this Node).
  const template = (JSON.parse(readFileSync(join(root, 'kernelspec/kernel.json'), 'utf8')) as { argv: string[] }).argv;
  const flags = template.slice(1, template.indexOf('bin/golesson.js'));
  if (realSession && !process.env['GOLESSON_KERNEL_DOUBLE']) return [...flags, join(root, 'bin/golesson.js'), 'kernel', '-f', connectionFile];
  return [join(root, 'test/kernel/double/start-kernel.mjs'), '-f', connectionFile];
}

export interface Msg {
  header: { msg_id: string; msg_type: string; session: string; date: string; version: string; username: string };
  parent_header: { msg_id?: string; msg_type?: string };
  metadata: Record<string, unknown>;
  content: Record<string, any>;
  identities: Buffer[];
  signature: string;
}


export interface Connection {
  file: string;
  dir: string;
  key: string;
  ports: { shell: number; control: number; iopub: number; stdin: number; hb: number };
}

export async function writeConnectionFile(key = randomUUID()): Promise<Connection> {
  const dir = mkdtempSync(join(tmpdir(), 'golesson-kt-'));
  const ports = { shell: await freePort(), control: await freePort(), iopub: await freePort(), stdin: await freePort(), hb: await freePort() };
  const file = join(dir, 'kernel.json');
  writeFileSync(
    file,
    JSON.stringify({
      transport: 'tcp',
      ip: '127.0.0.1',
      shell_port: ports.shell,
      control_port: ports.control,
      iopub_port: ports.iopub,
      stdin_port: ports.stdin,
      hb_port: ports.hb,
      key,
      signature_scheme: 'hmac-sha256',
      kernel_name: 'golesson',
    }),
  );
  return { file, dir, key, ports };
}

type ReqChannel = 'shell' | 'control' | 'stdin';

export class TestClient {
  readonly session = randomUUID();
  readonly shell: zmq.Dealer;
  readonly control: zmq.Dealer;
  readonly stdin: zmq.Dealer;
  readonly iopub = new zmq.Subscriber({ linger: 0 });
  readonly hb = new zmq.Request({ linger: 0, receiveTimeout: 2000 });
  readonly iopubMsgs: Msg[] = [];
  readonly replies: Record<ReqChannel, Msg[]> = { shell: [], control: [], stdin: [] };
  /** Messages received with a bad signature (must stay empty). */
  readonly badSignatures: Msg[] = [];
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(private readonly conn: Connection) {
    const routingId = `client-${this.session.slice(0, 8)}`;
    this.shell = new zmq.Dealer({ linger: 0, routingId });
    this.control = new zmq.Dealer({ linger: 0 });
    this.stdin = new zmq.Dealer({ linger: 0, routingId });
  }

  connect(): void {
    const ep = (p: number) => `tcp://127.0.0.1:${p}`;
    this.shell.connect(ep(this.conn.ports.shell));
    this.control.connect(ep(this.conn.ports.control));
    this.stdin.connect(ep(this.conn.ports.stdin));
    this.iopub.connect(ep(this.conn.ports.iopub));
    this.iopub.subscribe();
    this.hb.connect(ep(this.conn.ports.hb));
    for (const [ch, s] of [['shell', this.shell], ['control', this.control], ['stdin', this.stdin]] as const) void this.loop(s, (m) => this.replies[ch].push(m));
    void this.loop(this.iopub, (m) => this.iopubMsgs.push(m));
  }

  private async loop(s: zmq.Dealer | zmq.Subscriber, push: (m: Msg) => void): Promise<void> {
    try {
      for await (const frames of s) {
        const m = this.decode(frames);
        push(m);
        const w = this.waiters;
        this.waiters = [];
        for (const f of w) f();
      }
    } catch {
      // closed
    }
  }

  sign(frames: Buffer[]): string {
    const h = createHmac('sha256', this.conn.key);
    for (const f of frames) h.update(f);
    return h.digest('hex');
  }

  decode(frames: Buffer[]): Msg {
    const at = frames.findIndex((f) => f.toString() === '<IDS|MSG>');
    const signed = frames.slice(at + 2, at + 6);
    const sig = frames[at + 1]!.toString();
    const m: Msg = {
      identities: frames.slice(0, at),
      signature: sig,
      header: JSON.parse(signed[0]!.toString()),
      parent_header: JSON.parse(signed[1]!.toString()),
      metadata: JSON.parse(signed[2]!.toString()),
      content: JSON.parse(signed[3]!.toString()),
    };
    if (sig !== this.sign(signed)) this.badSignatures.push(m);
    return m;
  }

  frames(msgType: string, content: object, msgId = randomUUID()): Buffer[] {
    const header = { msg_id: msgId, msg_type: msgType, session: this.session, username: 'test', date: new Date().toISOString(), version: '5.3' };
    const signed = [header, {}, {}, content].map((o) => Buffer.from(JSON.stringify(o)));
    return [Buffer.from('<IDS|MSG>'), Buffer.from(this.sign(signed)), ...signed];
  }

  async sendRaw(channel: ReqChannel, frames: Buffer[]): Promise<void> {
    await this[channel].send(frames);
  }

  async send(channel: ReqChannel, msgType: string, content: object = {}): Promise<string> {
    const id = randomUUID();
    await this[channel].send(this.frames(msgType, content, id));
    return id;
  }

  /** Waits until `pred` holds, re-checking after each received message; fails after `ms`. */
  async until<T>(pred: () => T | undefined | false, what: string, ms = 20000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = pred();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  reply(channel: ReqChannel, parentId: string, ms?: number): Promise<Msg> {
    return this.until(() => this.replies[channel].find((m) => m.parent_header.msg_id === parentId), `reply to ${parentId} on ${channel}`, ms);
  }

  /** iopub messages of one request, from busy to idle (waits for the idle). */
  async iopubFor(parentId: string, ms?: number): Promise<Msg[]> {
    await this.until(() => this.iopubMsgs.some((m) => m.parent_header.msg_id === parentId && m.header.msg_type === 'status' && m.content['execution_state'] === 'idle'), `idle for ${parentId}`, ms);
    return this.iopubMsgs.filter((m) => m.parent_header.msg_id === parentId);
  }

  async request(channel: 'shell' | 'control', msgType: string, content: object = {}): Promise<{ reply: Msg; iopub: Msg[] }> {
    const id = await this.send(channel, msgType, content);
    const reply = await this.reply(channel, id);
    return { reply, iopub: await this.iopubFor(id) };
  }

  execute(code: string, opts: Record<string, unknown> = {}): Promise<{ reply: Msg; iopub: Msg[] }> {
    return this.request('shell', 'execute_request', { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true, ...opts });
  }

  /** Sends kernel_info until iopub is seen to be connected (as jupyter_client's wait_for_ready). */
  async ready(ms = 20000): Promise<Msg> {
    const deadline = Date.now() + ms;
    for (;;) {
      const id = await this.send('shell', 'kernel_info_request');
      const reply = await this.reply('shell', id, Math.max(1, deadline - Date.now()));
      try {
        await this.until(() => this.iopubMsgs.some((m) => m.parent_header.msg_id === id), 'iopub', 300);
        return reply;
      } catch {
        if (Date.now() > deadline) throw new Error('iopub never connected');
      }
    }
  }

  async ping(payload = 'ping'): Promise<string> {
    await this.hb.send(payload);
    const [r] = await this.hb.receive();
    return r!.toString();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of [this.shell, this.control, this.stdin, this.iopub, this.hb]) s.close();
  }
}

export interface RunningKernel {
  conn: Connection;
  proc: ChildProcess;
  client: TestClient;
  stderr: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** `prefix` runs the kernel under another command (e.g. strace), `cwd` in another directory.
 *  A kernel that exits before it answers fails the start at once, with its stderr; one that lost
 *  a port to another process between our check and its bind is started again on new ports. */
export async function startKernel(opts: { key?: string; env?: Record<string, string>; prefix?: readonly string[]; cwd?: string } = {}): Promise<RunningKernel> {
  for (let attempt = 1; ; attempt++) {
    const k = await launchKernel(opts);
    const ready = k.client.ready(60000).then(() => 'ready' as const);
    ready.catch(() => {}); // once the kernel has exited, its client is closed and stops waiting
    const outcome = await Promise.race([ready, k.exited]).catch(async (e: Error) => {
      await k.stop();
      throw new Error(`${e.message}; the kernel's stderr:\n${k.stderr()}`);
    });
    if (outcome === 'ready') return k;
    await k.stop();
    const lostPort = /address already in use|EADDRINUSE/i.test(k.stderr());
    if (!lostPort || attempt === 3) throw new Error(`the kernel exited with ${outcome} before answering:\n${k.stderr()}`);
  }
}

async function launchKernel(opts: { key?: string; env?: Record<string, string>; prefix?: readonly string[]; cwd?: string }): Promise<RunningKernel> {
  const conn = await writeConnectionFile(opts.key);
  const [cmd, ...args] = [...(opts.prefix ?? []), process.execPath, ...kernelArgv(conn.file)];
  const proc = spawn(cmd!, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env }, cwd: opts.cwd });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  proc.stdout!.on('data', () => {});
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  const client = new TestClient(conn);
  client.connect();
  return {
    conn,
    proc,
    client,
    stderr: () => err,
    exited,
    async stop() {
      client.close();
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGKILL');
        await exited;
      }
    },
  };
}
