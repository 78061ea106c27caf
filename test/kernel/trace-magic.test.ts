// %trace through the kernel over real zeromq: the program's own output is unchanged, and the
// timeline comes as one display with text/plain, text/html and image/svg+xml.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKernel, type Msg, type RunningKernel } from './client.js';

const program = readFileSync(new URL('../golden/lecture/defer-code-3.go', import.meta.url), 'utf8');
const goPrinted = readFileSync(new URL('../golden/lecture/defer-code-3.out', import.meta.url), 'utf8');

describe('%trace in the kernel', () => {
  let k: RunningKernel;
  beforeAll(async () => {
    k = await startKernel();
  });
  afterAll(async () => {
    await k?.stop();
  });

  it('runs the cell as usual, then displays the timeline in three forms', async () => {
    const { reply, iopub } = await k.client.execute(`%trace\n${program}`);
    expect(reply.content['status']).toBe('ok');
    const stdout = iopub.filter((m: Msg) => m.header.msg_type === 'stream' && m.content['name'] === 'stdout').map((m) => m.content['text']).join('');
    expect(stdout).toBe(goPrinted);
    const displays = iopub.filter((m: Msg) => m.header.msg_type === 'display_data');
    expect(displays).toHaveLength(1);
    const data = displays[0]!.content['data'] as Record<string, string>;
    expect(Object.keys(data).sort()).toEqual(['image/svg+xml', 'text/html', 'text/plain']);
    expect(data['text/plain']).toContain('return sets r = 1');
    expect(data['text/plain']).toContain(`main.f3 returns r = ${goPrinted.trim()}`);
    expect(data['text/html']).toContain('<table');
    expect(data['text/html']).not.toContain('<script');
    expect(data['image/svg+xml']).toMatch(/^<svg /);
  });

  it('gives the same display when the cell runs again', async () => {
    const a = await k.client.execute(`%trace\n${program}`);
    const b = await k.client.execute(`%trace\n${program}`);
    const data = (r: { iopub: Msg[] }) => r.iopub.find((m) => m.header.msg_type === 'display_data')!.content['data'];
    expect(data(b)).toEqual(data(a));
  });
});
