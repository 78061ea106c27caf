// The kernel under hostile and heavy traffic (issue "Reliability and security", kernel part):
// fuzzed frames never execute anything or crash it, each rejected message is logged once, and
// 1,000 queued executes with 10 iopub listeners are all answered, in order, correctly parented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as zmq from 'zeromq';
import { startKernel, type Msg, type RunningKernel } from './client.js';
import { rng } from '../support/rng.js';


const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('kernel robustness', () => {
  let k: RunningKernel;
  beforeAll(async () => {
    k = await startKernel();
  });
  afterAll(async () => {
    await k?.stop();
  });

  it('drops every fuzzed message that is not validly signed, logs each once, and runs none', async () => {
    const seed = Number(process.env['FUZZ_SEED'] ?? 20261129);
    const rand = rng(seed);
    const c = k.client;
    const marker = `fuzz-${randomUUID()}`;
    const code = `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("${marker}")\n}\n`;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
    const kinds = ['random', 'truncated', 'bad-json', 'bad-signature', 'unsigned', 'replay', 'huge', 'no-delimiter', 'header-types'] as const;
    const logBefore = k.stderr().length;
    const iopubBefore = c.iopubMsgs.length;
    let rejected = 0;
    const replayable = c.frames('kernel_info_request', {});
    await c.sendRaw('shell', replayable);
    await c.reply('shell', JSON.parse(replayable[2]!.toString()).msg_id);
    const huge = Buffer.from(JSON.stringify({ code: 'x'.repeat(4 << 20) }));
    const n = 600;
    for (let i = 0; i < n; i++) {
      const kind = pick(kinds);
      const good = c.frames(pick(['execute_request', 'kernel_info_request', 'shutdown_request', 'no_such_type']), { code, silent: false, restart: false });
      let frames: Buffer[];
      switch (kind) {
        case 'random':
          frames = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => bytes(Math.floor(rand() * 64)));
          if (frames.some((f) => f.toString('latin1') === '<IDS|MSG>')) continue;
          break;
        case 'truncated':
          frames = good.slice(0, 1 + Math.floor(rand() * 5));
          break;
        case 'bad-json': {
          frames = [...good];
          const at = 2 + Math.floor(rand() * 4);
          frames[at] = Buffer.concat([frames[at]!.subarray(0, Math.floor(rand() * frames[at]!.length)), bytes(3)]);
          frames[1] = Buffer.from(c.sign(frames.slice(2, 6)));
          try {
            frames.slice(2, 6).forEach((f) => {
              const v = JSON.parse(f.toString());
              if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
            });
            const h = JSON.parse(frames[2]!.toString());
            if (typeof h.msg_type === 'string' && typeof h.msg_id === 'string' && typeof h.session === 'string') continue;
          } catch {
            // invalid, as intended
          }
          break;
        }
        case 'bad-signature':
          frames = [...good];
          frames[1] = Buffer.from(bytes(32).toString('hex'));
          break;
        case 'unsigned':
          frames = [...good];
          frames[1] = Buffer.alloc(0);
          break;
        case 'replay':
          frames = replayable;
          break;
        case 'huge':
          frames = [...good];
          frames[5] = huge;
          break;
        case 'no-delimiter':
          frames = good.slice(1);
          break;
        case 'header-types': {
          const header = { msg_id: 7, msg_type: ['execute_request'], session: null };
          const signed = [header, {}, {}, { code }].map((o) => Buffer.from(JSON.stringify(o)));
          frames = [Buffer.from('<IDS|MSG>'), Buffer.from(c.sign(signed)), ...signed];
          break;
        }
      }
      rejected++;
      await c.sendRaw(pick(['shell', 'control', 'stdin'] as const), frames);
    }
    const after = await c.request('shell', 'kernel_info_request');
    expect(after.reply.content['status']).toBe('ok');
    await c.until(() => (k.stderr().slice(logBefore).match(/dropped a message/g) ?? []).length >= rejected, 'all rejections logged', 20000);
    expect((k.stderr().slice(logBefore).match(/dropped a message/g) ?? []).length, `seed ${seed}`).toBe(rejected);
    const ran = c.iopubMsgs.slice(iopubBefore).filter((m) => JSON.stringify(m.content).includes(marker));
    expect(ran, `seed ${seed}`).toEqual([]);
    expect(k.proc.exitCode).toBe(null);
  }, 120000);

  it('answers 1,000 queued executes in order, seen alike by 10 iopub listeners, and returns near its idle memory', async () => {
    // A kernel of its own, so its memory figures are not those of the fuzzing above.
    const k = await startKernel();
    try {
      await load(k);
    } finally {
      await k.stop();
    }
  }, 180000);
});

async function load(k: RunningKernel): Promise<void> {
  const listeners: zmq.Subscriber[] = [];
  const seen: Msg[][] = [];
  for (let i = 0; i < 10; i++) {
    const s = new zmq.Subscriber({ linger: 0 });
    s.connect(`tcp://127.0.0.1:${k.conn.ports.iopub}`);
    s.subscribe();
    listeners.push(s);
    const msgs: Msg[] = [];
    seen.push(msgs);
    void (async () => {
      try {
        for await (const f of s) msgs.push(k.client.decode(f));
      } catch {
        // closed
      }
    })();
  }
  // Every listener must be connected before the load starts.
  for (;;) {
    const { reply } = await k.client.request('shell', 'kernel_info_request');
    await new Promise((r) => setTimeout(r, 50));
    if (seen.every((msgs) => msgs.some((m) => m.parent_header.msg_id === reply.parent_header.msg_id))) break;
  }
  const c = k.client;
  for (let i = 0; i < 50; i++) await c.execute(`"warm-${i}"`);
  await new Promise((r) => setTimeout(r, 500));
  const idle = rssMb(k.proc.pid!);
  const ids: string[] = [];
  const n = 1000;
  for (let i = 0; i < n; i++) ids.push(await c.send('shell', 'execute_request', { code: `"n-${i}"`, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true }));
  await c.until(() => c.replies.shell.filter((m) => ids.includes(m.parent_header.msg_id!)).length === n, 'all replies', 110000);
  const replies = c.replies.shell.filter((m) => ids.includes(m.parent_header.msg_id!));
  expect(replies.map((m) => m.parent_header.msg_id)).toEqual(ids);
  expect(replies.every((m) => m.content['status'] === 'ok')).toBe(true);
  const counts = replies.map((m) => m.content['execution_count'] as number);
  expect(counts.every((x, i) => i === 0 || x === counts[i - 1]! + 1)).toBe(true);
  await c.until(() => seen.every((msgs) => msgs.filter((m) => m.parent_header.msg_id === ids[n - 1] && m.header.msg_type === 'status' && m.content['execution_state'] === 'idle').length === 1), 'last idle everywhere', 30000);
  const expected = ids.flatMap((id, i) => [`${id} status busy`, `${id} execute_input`, `${id} execute_result n-${i}`, `${id} status idle`]);
  for (const msgs of seen) {
    const got = msgs
      .filter((m) => ids.includes(m.parent_header.msg_id!))
      .map((m) => `${m.parent_header.msg_id} ${m.header.msg_type}${m.header.msg_type === 'status' ? ` ${m.content['execution_state']}` : m.header.msg_type === 'execute_result' ? ` ${m.content['data']['text/plain']}` : ''}`);
    expect(got).toEqual(expected);
  }
  for (const s of listeners) s.close();
  await new Promise((r) => setTimeout(r, 1500));
  const after = rssMb(k.proc.pid!);
  console.log(`load: 1000 executes, 10 listeners; kernel RSS ${idle.toFixed(1)} MB idle before, ${after.toFixed(1)} MB after`);
  expect(after).toBeLessThan(idle + 60);
}
