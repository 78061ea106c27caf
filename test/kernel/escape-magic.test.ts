// %escape through the kernel over real zeromq: text/plain is exactly what `go build -gcflags`
// printed (test/golden's recording), HTML puts each verdict at its line, Markdown carries it too.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKernel, type Msg, type RunningKernel } from './client.js';

const dir = new URL('../golden/lecture/', import.meta.url);
const program = (name: string) => readFileSync(new URL(`${name}.go`, dir), 'utf8');
const recorded = (name: string) => readFileSync(new URL(`${name}.escape`, dir), 'utf8');

describe('%escape in the kernel', () => {
  let k: RunningKernel;
  beforeAll(async () => {
    k = await startKernel();
  });
  afterAll(async () => {
    await k?.stop();
  });

  const display = (iopub: Msg[]) => iopub.find((m) => m.header.msg_type === 'display_data')!.content['data'] as Record<string, string>;

  it('shows -m -l verdicts as go build prints them, drawn on the source', async () => {
    const { reply, iopub } = await k.client.execute(`%escape escape-code-6.go\n${program('escape-code-6')}`);
    expect(reply.content['status']).toBe('ok');
    expect(iopub.some((m) => m.header.msg_type === 'stream')).toBe(false); // nothing ran
    const data = display(iopub);
    expect(Object.keys(data).sort()).toEqual(['text/html', 'text/markdown', 'text/plain']);
    // The magic line is not part of the file: positions count from the line after it.
    expect(data['text/plain']).toBe(recorded('escape-code-6'));
    for (const line of recorded('escape-code-6').split('\n').filter((l) => l.startsWith('./'))) {
      const [, ln, col, msg] = /^\.\/escape-code-6\.go:(\d+):(\d+): (.*)$/.exec(line)!;
      expect(data['text/html']).toContain(`${ln}:${col}: ${msg!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`);
      expect(data['text/markdown']).toContain(`line ${ln}:${col}`);
    }
    expect(data['text/html']).not.toContain('<script');
  });

  it('explains flows with -m=2, source line by source line', async () => {
    const { iopub } = await k.client.execute(`%escape -m=2 escape-code-6-m2.go\n${program('escape-code-6-m2')}`);
    const data = display(iopub);
    expect(data['text/plain']).toBe(recorded('escape-code-6-m2'));
    expect(data['text/html']).toContain('from &amp;i (address-of) at ./escape-code-6-m2.go:20:8');
    expect(data['text/html']).toMatch(/line 20: <code>ref6\(&amp;i, &amp;x\)<\/code>/);
  });

  it('reports defers with -d=defer', async () => {
    const { iopub } = await k.client.execute(`%escape -d=defer defer-code-7-defer.go\n${program('defer-code-7-defer')}`);
    expect(display(iopub)['text/plain']).toBe(recorded('defer-code-7-defer'));
  });

  it('reports a cell that does not compile as a compile error', async () => {
    const { reply } = await k.client.execute('%escape\nfunc f() { x := 1 }');
    expect(reply.content['status']).toBe('error');
    expect(reply.content['ename']).toBe('CompileError');
    expect(reply.content['evalue']).toBe('./prog.go:1:12: declared and not used: x');
  });
});
