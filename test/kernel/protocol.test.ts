// The kernel over real zeromq sockets: every request type, busy/idle around each, parent headers,
// signatures, malformed input, stdin, interrupt, floods and out-of-memory, each against a kernel
// process started from a connection file as a Jupyter client would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kernelArgv, startKernel, writeConnectionFile, type Msg, type RunningKernel } from './client.js';

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n';
const stderrProgram = 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Fprintln(os.Stderr, "oops")\n}\n';
const unused = 'package main\n\nfunc main() { x := 1 }\n';
const panics = 'package main\n\nfunc main() { panic("boom") }\n';
const spins = 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n';
const reads = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar name string\n\tfmt.Scanln(&name)\n\tfmt.Println("hello,", name)\n}\n';
const floods = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor { fmt.Println("flood") }\n}\n';
const allocates = 'package main\n\nfunc main() {\n\tvar s [][]byte\n\tfor {\n\t\ts = append(s, make([]byte, 1<<20))\n\t}\n}\n';

const types = (msgs: Msg[]) => msgs.map((m) => (m.header.msg_type === 'status' ? `status:${m.content['execution_state']}` : m.header.msg_type));
const streamText = (msgs: Msg[], name: string) => msgs.filter((m) => m.header.msg_type === 'stream' && m.content['name'] === name).map((m) => m.content['text']).join('');

describe('kernel protocol', () => {
  let k: RunningKernel;
  beforeAll(async () => {
    k = await startKernel();
  });
  afterAll(async () => {
    await k?.stop();
  });

  it('answers kernel_info with Go language info, inside busy/idle, signed and parented', async () => {
    const { reply, iopub } = await k.client.request('shell', 'kernel_info_request');
    expect(reply.header.msg_type).toBe('kernel_info_reply');
    const c = reply.content;
    expect(c['status']).toBe('ok');
    expect(c['protocol_version']).toBe('5.3');
    expect(c['implementation']).toBe('golesson');
    expect(c['language_info']).toMatchObject({ name: 'go', mimetype: 'text/x-go', file_extension: '.go', pygments_lexer: 'go', codemirror_mode: 'go' });
    expect(c['help_links'].map((l: { url: string }) => l.url)).toEqual(expect.arrayContaining(['https://go.dev/ref/spec', 'https://pkg.go.dev/std']));
    expect(typeof c['banner']).toBe('string');
    expect(types(iopub)).toEqual(['status:busy', 'status:idle']);
    for (const m of [reply, ...iopub]) {
      expect(m.header.version).toBe('5.3');
      expect(Number.isNaN(Date.parse(m.header.date))).toBe(false);
      expect(m.parent_header.msg_type).toBe('kernel_info_request');
    }
    const ids = new Set([reply, ...iopub].map((m) => m.header.msg_id));
    expect(ids.size).toBe(1 + iopub.length);
    expect(k.client.badSignatures).toEqual([]);
  });

  it('echoes heartbeats', async () => {
    expect(await k.client.ping('beat-1')).toBe('beat-1');
  });

  it('executes a program: execute_input, stdout stream, ok reply with a count', async () => {
    const { reply, iopub } = await k.client.execute(hello);
    expect(reply.content['status']).toBe('ok');
    const n = reply.content['execution_count'];
    expect(types(iopub)).toEqual(['status:busy', 'execute_input', 'stream', 'status:idle']);
    expect(iopub[1]!.content).toEqual({ code: hello, execution_count: n });
    expect(streamText(iopub, 'stdout')).toBe('hello, world\n');
    const again = await k.client.execute(hello);
    expect(again.reply.content['execution_count']).toBe(n + 1);
  });

  it('streams stderr apart from stdout', async () => {
    const { reply, iopub } = await k.client.execute(stderrProgram);
    expect(reply.content['status']).toBe('ok');
    expect(streamText(iopub, 'stderr')).toBe('oops\n');
    expect(streamText(iopub, 'stdout')).toBe('');
  });

  it('counts only stored, non-silent cells; silent cells show nothing', async () => {
    const before = (await k.client.execute('1 + 2')).reply.content['execution_count'];
    const silent = await k.client.execute(hello, { silent: true });
    expect(silent.reply.content['execution_count']).toBe(before);
    expect(types(silent.iopub)).toEqual(['status:busy', 'status:idle']);
    const unstored = await k.client.execute('1 + 2', { store_history: false });
    expect(unstored.reply.content['execution_count']).toBe(before);
    expect(types(unstored.iopub)).toContain('execute_result');
    expect((await k.client.execute('1 + 2')).reply.content['execution_count']).toBe(before + 1);
  });

  it('shows a final expression as execute_result', async () => {
    const { reply, iopub } = await k.client.execute('1 + 2');
    const r = iopub.find((m) => m.header.msg_type === 'execute_result')!;
    expect(r.content).toEqual({ execution_count: reply.content['execution_count'], data: { 'text/plain': '3' }, metadata: {} });
  });

  it('draws anew when a cell runs again, and repeats from a fresh kernel', async () => {
    const cell = 'rand.Int63()';
    const draw = async (kk: RunningKernel): Promise<string> => {
      const { iopub } = await kk.client.execute(cell);
      return iopub.find((m) => m.header.msg_type === 'execute_result')!.content['data']['text/plain'];
    };
    const fresh = [await startKernel(), await startKernel()];
    try {
      const first = await Promise.all(fresh.map(draw));
      const second = await draw(fresh[0]!);
      expect(first[0]).toBe(first[1]); // the same notebook run in the same order: the same numbers
      expect(second).not.toBe(first[0]); // the cell run again: another draw
    } finally {
      await Promise.all(fresh.map((kk) => kk.stop()));
    }
  });

  it('keeps top-level variables across cells', async () => {
    await k.client.execute('y := 40');
    const { iopub } = await k.client.execute('y + 2');
    expect(iopub.find((m) => m.header.msg_type === 'execute_result')!.content['data']).toEqual({ 'text/plain': '42' });
  });

  it('reports a compile error with gc lines', async () => {
    const { reply, iopub } = await k.client.execute(unused);
    expect(reply.content).toMatchObject({ status: 'error', ename: 'CompileError' });
    expect(reply.content['evalue']).toMatch(/declared and not used: x$/);
    expect(reply.content['traceback'][0]).toBe(reply.content['evalue']);
    expect(types(iopub)).toEqual(['status:busy', 'execute_input', 'error', 'status:idle']);
  });

  it('reports a panic: Go text on stderr, then an error ending like go run', async () => {
    const { reply, iopub } = await k.client.execute(panics);
    expect(streamText(iopub, 'stderr')).toMatch(/^panic: boom\n\ngoroutine 1 \[running\]:\n/);
    expect(reply.content).toMatchObject({ status: 'error', ename: 'panic', evalue: 'boom', traceback: ['exit status 2'] });
    expect(types(iopub).slice(-2)).toEqual(['error', 'status:idle']);
  });

  it('reports stack overflow and deadlock as Go does, and keeps the session', async () => {
    await k.client.execute('kept2 := 41');
    const deep = await k.client.execute('package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n');
    expect(deep.reply.content).toMatchObject({ status: 'error', ename: 'fatal error', evalue: 'stack overflow', traceback: ['exit status 2'] });
    expect(streamText(deep.iopub, 'stderr')).toMatch(/^runtime: goroutine stack exceeds 1000000000-byte limit\n/m);
    const stuck = await k.client.execute('package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n');
    expect(stuck.reply.content).toMatchObject({ status: 'error', ename: 'fatal error', evalue: 'all goroutines are asleep - deadlock!' });
    const exit = await k.client.execute('package main\n\nimport "os"\n\nfunc main() { os.Exit(3) }\n');
    expect(exit.reply.content).toMatchObject({ status: 'error', ename: 'exit', evalue: 'exit status 3', traceback: ['exit status 3'] });
    const { iopub } = await k.client.execute('kept2 + 1');
    expect(iopub.find((m) => m.header.msg_type === 'execute_result')!.content['data']).toEqual({ 'text/plain': '42' });
  });

  it('aborts queued cells after an error when stop_on_error, and runs them otherwise', async () => {
    const c = k.client;
    const base = { silent: false, store_history: true, user_expressions: {}, allow_stdin: false };
    // A cell waiting for input keeps the kernel busy, so the next cells are surely queued behind it.
    const r = await c.send('shell', 'execute_request', { ...base, code: reads, allow_stdin: true, stop_on_error: true });
    await c.until(() => c.replies.stdin.find((m) => m.parent_header.msg_id === r), 'input_request');
    const a = await c.send('shell', 'execute_request', { ...base, code: panics, stop_on_error: true });
    const b = await c.send('shell', 'execute_request', { ...base, code: hello, stop_on_error: true });
    const kinfo = await c.send('shell', 'kernel_info_request');
    await c.sendRaw('stdin', c.frames('input_reply', { value: 'queue' }));
    expect((await c.reply('shell', r)).content['status']).toBe('ok');
    const ra = await c.reply('shell', a);
    const rb = await c.reply('shell', b);
    expect(ra.content['status']).toBe('error');
    expect(rb.content).toMatchObject({ status: 'error', ename: 'ExecutionAborted' });
    expect(types(await c.iopubFor(b))).toEqual(['status:busy', 'status:idle']);
    expect((await c.reply('shell', kinfo)).content['status']).toBe('ok');

    const r2 = await c.send('shell', 'execute_request', { ...base, code: reads, allow_stdin: true, stop_on_error: true });
    await c.until(() => c.replies.stdin.find((m) => m.parent_header.msg_id === r2), 'input_request');
    const d = await c.send('shell', 'execute_request', { ...base, code: panics, stop_on_error: false });
    const e = await c.send('shell', 'execute_request', { ...base, code: hello, stop_on_error: true });
    await c.sendRaw('stdin', c.frames('input_reply', { value: 'queue' }));
    expect((await c.reply('shell', d)).content['status']).toBe('error');
    expect((await c.reply('shell', e)).content['status']).toBe('ok');
  });

  it('completes with cursor positions in code points', async () => {
    const code = 'x := "😀"; pri';
    const cursor = [...code].length;
    const { reply, iopub } = await k.client.request('shell', 'complete_request', { code, cursor_pos: cursor });
    expect(reply.content['status']).toBe('ok');
    expect(reply.content['matches']).toEqual(['print', 'println']);
    expect(reply.content['cursor_end']).toBe(cursor);
    expect(reply.content['cursor_start']).toBe(cursor - 'pri'.length);
    expect(types(iopub)).toEqual(['status:busy', 'status:idle']);
  });

  it('completes magic names on a % line', async () => {
    const { reply } = await k.client.request('shell', 'complete_request', { code: '%ti', cursor_pos: 3 });
    expect(reply.content).toMatchObject({ matches: ['%time'], cursor_start: 0, cursor_end: 3 });
  });

  it('inspects a name', async () => {
    const { reply } = await k.client.request('shell', 'inspect_request', { code: 's = append(s, 1)', cursor_pos: 7, detail_level: 0 });
    expect(reply.content).toMatchObject({ status: 'ok', found: true });
    expect(reply.content['data']['text/plain']).toMatch(/^func append\(/);
    const none = await k.client.request('shell', 'inspect_request', { code: '', cursor_pos: 0, detail_level: 0 });
    expect(none.reply.content).toMatchObject({ status: 'ok', found: false, data: {} });
  });

  it('tells complete, incomplete (with indent) and invalid code apart', async () => {
    const ask = async (code: string) => (await k.client.request('shell', 'is_complete_request', { code })).reply.content;
    expect(await ask('fmt.Println("hi")')).toEqual({ status: 'complete' });
    expect(await ask('func f() {')).toMatchObject({ status: 'incomplete', indent: expect.any(String) });
    expect(await ask('}')).toEqual({ status: 'invalid' });
    expect(await ask('%time')).toEqual({ status: 'complete' });
  });

  it('answers history: tail, range, search with glob, unique and n, with outputs', async () => {
    await k.client.execute('"history-marker"');
    await k.client.execute('"history-marker"');
    const tail = (await k.client.request('shell', 'history_request', { output: false, raw: true, hist_access_type: 'tail', n: 2 })).reply.content;
    expect(tail['history'].map((h: unknown[]) => h[2])).toEqual(['"history-marker"', '"history-marker"']);
    const [session, line] = tail['history'][0];
    const withOut = (await k.client.request('shell', 'history_request', { output: true, raw: true, hist_access_type: 'tail', n: 1 })).reply.content;
    expect(withOut['history'][0][2]).toEqual(['"history-marker"', 'history-marker']);
    const range = (await k.client.request('shell', 'history_request', { output: false, raw: true, hist_access_type: 'range', session, start: line, stop: line + 1 })).reply.content;
    expect(range['history']).toEqual([[session, line, '"history-marker"']]);
    const search = async (extra: object) =>
      (await k.client.request('shell', 'history_request', { output: false, raw: true, hist_access_type: 'search', pattern: '"history-*"', ...extra })).reply.content['history'];
    expect(await search({})).toHaveLength(2);
    expect(await search({ unique: true })).toHaveLength(1);
    expect(await search({ n: 1 })).toHaveLength(1);
  });

  it('has no comms: comm_info is empty and comm_open is closed again', async () => {
    const info = await k.client.request('shell', 'comm_info_request', {});
    expect(info.reply.content).toEqual({ status: 'ok', comms: {} });
    const id = await k.client.send('shell', 'comm_open', { comm_id: 'c-1', target_name: 'jupyter.widget', data: {} });
    const iopub = await k.client.iopubFor(id);
    expect(types(iopub)).toEqual(['status:busy', 'comm_close', 'status:idle']);
    expect(iopub[1]!.content).toEqual({ comm_id: 'c-1', data: {} });
  });

  it('answers an unknown message type with busy/idle only, and keeps answering', async () => {
    const id = await k.client.send('shell', 'no_such_request', {});
    expect(types(await k.client.iopubFor(id))).toEqual(['status:busy', 'status:idle']);
    expect(k.client.replies.shell.some((m) => m.parent_header.msg_id === id)).toBe(false);
  });

  it('drops wrongly signed, unsigned, replayed and malformed messages, logs them, and keeps answering', async () => {
    const c = k.client;
    const wrong = c.frames('execute_request', { code: hello, silent: false });
    wrong[1] = Buffer.from('0'.repeat(64));
    const unsigned = c.frames('execute_request', { code: hello, silent: false });
    unsigned[1] = Buffer.alloc(0);
    const good = c.frames('kernel_info_request', {});
    const badJson = c.frames('kernel_info_request', {});
    badJson[5] = Buffer.from('{not json');
    badJson[1] = Buffer.from(c.sign(badJson.slice(2, 6)));
    const noType = [Buffer.from('<IDS|MSG>'), Buffer.alloc(0), ...[{ msg_id: 'x', session: 's' }, {}, {}, {}].map((o) => Buffer.from(JSON.stringify(o)))];
    noType[1] = Buffer.from(c.sign(noType.slice(2, 6)));
    const before = c.iopubMsgs.length;
    const logBefore = k.stderr().length;
    await c.sendRaw('shell', wrong);
    await c.sendRaw('shell', unsigned);
    await c.sendRaw('shell', [Buffer.from('garbage')]);
    await c.sendRaw('shell', good.slice(0, 3));
    await c.sendRaw('control', badJson);
    await c.sendRaw('shell', noType);
    await c.sendRaw('shell', good);
    const goodId = JSON.parse(good[2]!.toString()).msg_id;
    await c.reply('shell', goodId);
    await c.sendRaw('shell', good);
    const after = await c.request('shell', 'kernel_info_request');
    expect(after.reply.content['status']).toBe('ok');
    expect(c.replies.shell.filter((m) => m.parent_header.msg_id === goodId)).toHaveLength(1);
    const seen = c.iopubMsgs.slice(before).map((m) => m.parent_header.msg_id);
    expect(new Set(seen)).toEqual(new Set([goodId, after.reply.parent_header.msg_id]));
    const log = k.stderr().slice(logBefore);
    expect(log).toMatch(/invalid signature/);
    expect(log).toMatch(/missing signature/);
    expect(log).toMatch(/no <IDS\|MSG> delimiter/);
    expect(log).toMatch(/truncated message/);
    expect(log).toMatch(/content is not valid JSON/);
    expect(log).toMatch(/header.msg_type is missing/);
    expect(log).toMatch(/duplicate signature/);
    expect(log.match(/dropped a message/g)).toHaveLength(7);
  });

  it('interrupts a runaway loop from control and keeps the session', async () => {
    await k.client.execute('kept := 7');
    const id = await k.client.send('shell', 'execute_request', { code: spins, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await k.client.until(() => k.client.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'execute_input'), 'execute_input');
    const intr = await k.client.request('control', 'interrupt_request');
    expect(intr.reply.content).toEqual({ status: 'ok' });
    expect(types(intr.iopub)).toEqual(['status:busy', 'status:idle']);
    const reply = await k.client.reply('shell', id);
    expect(reply.content).toMatchObject({ status: 'error', ename: 'Interrupted' });
    const { iopub } = await k.client.execute('kept + 1');
    expect(iopub.find((m) => m.header.msg_type === 'execute_result')!.content['data']).toEqual({ 'text/plain': '8' });
  });

  it('interrupts a program spinning deep in a recursion', async () => {
    const code = 'package main\n\nfunc f(n int) int {\n\tif n > 0 {\n\t\treturn f(n-1) + 1\n\t}\n\tfor {\n\t}\n}\n\nfunc main() { f(100000) }\n';
    const id = await k.client.send('shell', 'execute_request', { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await k.client.until(() => k.client.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'execute_input'), 'execute_input');
    await k.client.request('control', 'interrupt_request');
    expect((await k.client.reply('shell', id)).content).toMatchObject({ status: 'error', ename: 'Interrupted' });
    expect((await k.client.execute(hello)).reply.content['status']).toBe('ok');
  });

  it('streams output while the cell still runs', async () => {
    const code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("spinning")\n\tfor {\n\t}\n}\n';
    const id = await k.client.send('shell', 'execute_request', { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    const first = await k.client.until(() => k.client.iopubMsgs.find((m) => m.parent_header.msg_id === id && m.header.msg_type === 'stream'), 'the first output');
    expect(first.content).toEqual({ name: 'stdout', text: 'spinning\n' });
    expect(k.client.replies.shell.some((m) => m.parent_header.msg_id === id)).toBe(false);
    await k.client.request('control', 'interrupt_request');
    expect((await k.client.reply('shell', id)).content['ename']).toBe('Interrupted');
  });

  it('answers heartbeats and control while a cell runs', async () => {
    const id = await k.client.send('shell', 'execute_request', { code: spins, silent: false, store_history: false, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await k.client.until(() => k.client.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'execute_input'), 'execute_input');
    expect(await k.client.ping('while-busy')).toBe('while-busy');
    await k.client.request('control', 'interrupt_request');
    expect((await k.client.reply('shell', id)).content['ename']).toBe('Interrupted');
  });

  it('reads stdin through input_request when allowed', async () => {
    const c = k.client;
    const id = await c.send('shell', 'execute_request', { code: reads, silent: false, store_history: true, user_expressions: {}, allow_stdin: true, stop_on_error: true });
    const req = await c.until(() => c.replies.stdin.find((m) => m.parent_header.msg_id === id), 'input_request');
    expect(req.header.msg_type).toBe('input_request');
    expect(req.content).toEqual({ prompt: '', password: false });
    await c.sendRaw('stdin', c.frames('input_reply', { value: 'gopher' }));
    expect((await c.reply('shell', id)).content['status']).toBe('ok');
    expect(streamText(await c.iopubFor(id), 'stdout')).toBe('hello, gopher\n');
  });

  it('reads end of input when stdin is not allowed', async () => {
    const { reply, iopub } = await k.client.execute(reads, { allow_stdin: false });
    expect(reply.content['status']).toBe('ok');
    expect(streamText(iopub, 'stdout')).toBe('hello, \n');
  });

  it('interrupts a program waiting for input', async () => {
    const c = k.client;
    const id = await c.send('shell', 'execute_request', { code: reads, silent: false, store_history: true, user_expressions: {}, allow_stdin: true, stop_on_error: true });
    await c.until(() => c.replies.stdin.find((m) => m.parent_header.msg_id === id), 'input_request');
    await c.request('control', 'interrupt_request');
    expect((await c.reply('shell', id)).content).toMatchObject({ status: 'error', ename: 'Interrupted' });
    expect((await c.execute(hello)).reply.content['status']).toBe('ok');
  });

  it('cuts a flood of output with a note, in few messages, and stops the cell', async () => {
    const { reply, iopub } = await k.client.execute(floods);
    expect(reply.content).toMatchObject({ status: 'error', ename: 'OutputLimitExceeded' });
    const out = streamText(iopub, 'stdout');
    expect(out.length).toBeLessThanOrEqual(1 << 20);
    expect(out.length).toBeGreaterThan(1 << 19);
    expect(out.startsWith('flood\nflood\n')).toBe(true);
    expect(streamText(iopub, 'stderr')).toMatch(/printed more than 1 MiB; the rest of its output was dropped and the cell was stopped/);
    expect(iopub.filter((m) => m.header.msg_type === 'stream').length).toBeLessThan(100);
    expect((await k.client.execute(hello)).reply.content['status']).toBe('ok');
  });

  it('shows and updates displays from golesson/display', async () => {
    const show = 'package main\n\nimport "golesson/display"\n\nfunc main() {\n\tdisplay.HTML("<b>bold</b>")\n}\n';
    const { iopub } = await k.client.execute(show);
    const d = iopub.find((m) => m.header.msg_type === 'display_data')!;
    expect(d.content['data']['text/html']).toBe('<b>bold</b>');
    expect(d.content['transient']['display_id']).toEqual(expect.any(String));
    const byId = await k.client.execute('package main\n\nimport "golesson/display"\n\nfunc main() {\n\tn := display.Text("one")\n\tn.Text("two")\n}\n');
    expect(types(byId.iopub)).toEqual(['status:busy', 'execute_input', 'display_data', 'update_display_data', 'status:idle']);
    const id = byId.iopub[2]!.content['transient']['display_id'];
    expect(byId.iopub[2]!.content).toEqual({ data: { 'text/plain': 'one' }, metadata: {}, transient: { display_id: id } });
    expect(byId.iopub[3]!.content).toEqual({ data: { 'text/plain': 'two' }, metadata: {}, transient: { display_id: id } });
  });

  it('clears output from golesson/display', async () => {
    const { iopub } = await k.client.execute('package main\n\nimport (\n\t"fmt"\n\t"golesson/display"\n)\n\nfunc main() {\n\tfmt.Println("soon gone")\n\tdisplay.Clear()\n}\n');
    expect(types(iopub)).toEqual(['status:busy', 'execute_input', 'stream', 'clear_output', 'status:idle']);
    expect(iopub[3]!.content).toEqual({ wait: false });
    // ClearWait: the front end clears when the next output arrives (an animation's frames).
    const frames = await k.client.execute('package main\n\nimport (\n\t"fmt"\n\t"golesson/display"\n)\n\nfunc main() {\n\tfor i := range 2 {\n\t\tdisplay.ClearWait()\n\t\tfmt.Println("frame", i)\n\t}\n}\n');
    const shown = frames.iopub.filter((m) => m.header.msg_type !== 'status' && m.header.msg_type !== 'execute_input');
    expect(shown.map((m) => [m.header.msg_type, m.content['wait'] ?? m.content['text']])).toEqual([
      ['clear_output', true],
      ['stream', 'frame 0\n'],
      ['clear_output', true],
      ['stream', 'frame 1\n'],
    ]);
  });

  it('runs magics: %lsmagic, %help in the pager, %time, %ls and %reset, unknown magics', async () => {
    const ls = await k.client.execute('%lsmagic');
    // Sorted names; %escape and %trace join as their analyses land.
    const names = /^Available magics: (.*)\n$/.exec(streamText(ls.iopub, 'stdout'))![1]!.split(' ');
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['%help', '%ls', '%lsmagic', '%reset', '%time']));
    const help = await k.client.execute('%help');
    expect(help.reply.content['payload']).toHaveLength(1);
    expect(help.reply.content['payload'][0]).toMatchObject({ source: 'page', start: 0 });
    expect(help.reply.content['payload'][0].data['text/plain']).toMatch(/%time +run the rest of the cell/);
    const timed = await k.client.execute(`%time\n${hello}`);
    expect(streamText(timed.iopub, 'stdout')).toMatch(/^hello, world\nWall time: [\d.]+ (µs|ms|s)\n$/);
    await k.client.execute('z := 1');
    expect(streamText((await k.client.execute('%ls')).iopub, 'stdout')).toMatch(/\bz\b/);
    await k.client.execute('%reset');
    expect(streamText((await k.client.execute('%ls')).iopub, 'stdout')).not.toMatch(/\bz\b/);
    const bad = await k.client.execute('%nosuch');
    expect(bad.reply.content).toMatchObject({ status: 'error', ename: 'UsageError' });
    const page = await k.client.execute('append?');
    expect(page.reply.content['payload'][0].data['text/plain']).toMatch(/^func append\(/);
  });

  it('binds only on the connection file\'s address', () => {
    if (!existsSync('/proc/net/tcp')) return;
    const table = readFileSync('/proc/net/tcp', 'utf8') + (existsSync('/proc/net/tcp6') ? readFileSync('/proc/net/tcp6', 'utf8') : '');
    for (const port of Object.values(k.conn.ports)) {
      const hex = port.toString(16).toUpperCase().padStart(4, '0');
      const listening = table.split('\n').filter((l) => l.includes(`:${hex} `) && / 0A /.test(l));
      expect(listening.length).toBeGreaterThan(0);
      for (const l of listening) expect(l.trim().split(/\s+/)[1]).toBe(`0100007F:${hex}`);
    }
  });
});

describe('kernel lifecycle', () => {
  it('shuts down on request: restart echoed, process exits 0', async () => {
    const k = await startKernel();
    try {
      const { reply, iopub } = await k.client.request('control', 'shutdown_request', { restart: true });
      expect(reply.content).toEqual({ status: 'ok', restart: true });
      expect(types(iopub)).toEqual(['status:busy', 'shutdown_reply', 'status:idle']);
      expect(await k.exited).toBe(0);
    } finally {
      await k.stop();
    }
  });

  it('exits when the process that started it (JPY_PARENT_PID) is gone', async () => {
    const parent = spawn('sleep', ['60'], { stdio: 'ignore' });
    const k = await startKernel({ env: { JPY_PARENT_PID: String(parent.pid) } });
    try {
      expect(k.proc.exitCode).toBe(null);
      parent.kill('SIGKILL');
      expect(await k.exited).toBe(0);
    } finally {
      parent.kill('SIGKILL');
      await k.stop();
    }
  });

  it('interrupts on SIGINT too', async () => {
    const k = await startKernel();
    try {
      const id = await k.client.send('shell', 'execute_request', { code: spins, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
      await k.client.until(() => k.client.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'execute_input'), 'execute_input');
      k.proc.kill('SIGINT');
      expect((await k.client.reply('shell', id)).content['ename']).toBe('Interrupted');
      expect((await k.client.execute(hello)).reply.content['status']).toBe('ok');
    } finally {
      await k.stop();
    }
  });

  it('survives a cell that allocates without limit: Go\'s out-of-memory error, session restarted', async () => {
    const k = await startKernel({ env: { GOLESSON_MEMORY_MB: '128' } });
    try {
      const { reply, iopub } = await k.client.execute(allocates);
      expect(reply.content).toMatchObject({ status: 'error', ename: 'fatal error' });
      expect(reply.content['evalue']).toMatch(/out of memory/);
      expect(iopub.some((m) => m.header.msg_type === 'error')).toBe(true);
      const again = await k.client.execute(hello);
      expect(again.reply.content['status']).toBe('ok');
      expect(streamText(again.iopub, 'stdout')).toBe('hello, world\n');
    } finally {
      await k.stop();
    }
  }, 60000);

  it('refuses a missing or malformed connection file with a clear message and exit code', async () => {
    const conn = await writeConnectionFile();
    const missing = spawnSync(process.execPath, kernelArgv(join(conn.dir, 'nope.json')), { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read connection file .*nope\.json/);
    writeFileSync(conn.file, '{"shell_port": "x"}');
    const bad = spawnSync(process.execPath, kernelArgv(conn.file), { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"shell_port" must be a port number/);
  });
});
