// Allocation patterns that would exhaust a worker's heap in one step (a JS Map doubling its table,
// endless goroutines) end as Go's `fatal error: runtime: out of memory`, and the kernel and its
// session go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKernel, type RunningKernel } from './client.js';

describe('kernel limits', () => {
  let k: RunningKernel;
  beforeAll(async () => {
    k = await startKernel();
  });
  afterAll(async () => {
    await k?.stop();
  });

  for (const [what, body] of [
    ['a map growing without end', 'm := map[int]int{}\nfor i := 0; ; i++ {\n\tm[i] = i\n}'],
    ['goroutines started without end', 'for {\n\tgo func() { select {} }()\n}'],
  ]) {
    it(`survives ${what}`, async () => {
      await k.client.execute('kept := 41');
      const { reply, iopub } = await k.client.execute(body);
      expect(reply.content['status']).toBe('error');
      expect(reply.content['ename']).toBe('fatal error');
      expect(reply.content['evalue']).toBe('runtime: out of memory');
      const stderr = iopub.filter((m) => m.header.msg_type === 'stream' && m.content['name'] === 'stderr').map((m) => m.content['text']).join('');
      expect(stderr).toMatch(/^fatal error: runtime: out of memory\n/);
      const after = await k.client.execute('kept + 1');
      const result = after.iopub.find((m) => m.header.msg_type === 'execute_result');
      expect(result?.content['data']['text/plain']).toBe('42');
    }, 180000);
  }
});
