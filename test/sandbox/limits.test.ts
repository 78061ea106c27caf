// Resource limits reported as Go reports them, with the session left usable: a program that starts
// goroutines without end runs out of memory the way a Go program does.
import { describe, expect, it } from 'vitest';
import { Session } from '../../interpreter/session.js';

describe('limits', () => {
  it('ends unbounded goroutine creation with fatal error: runtime: out of memory, and keeps the session', async () => {
    const s = new Session();
    let out = '';
    let err = '';
    const io = { stdout: (b: string) => (out += b), stderr: (b: string) => (err += b) };
    await s.execute('n := 41', io);
    const r = await s.execute('for {\n\tgo func() { select {} }()\n}', io);
    expect(r).toMatchObject({ outcome: 'fatal', exitStatus: 2 });
    expect(err).toMatch(/^fatal error: runtime: out of memory\n\ngoroutine 1 \[running\]:\n/);
    const after = await s.execute('n + 1', io);
    expect(after.value).toBe('42');
  }, 120000);
});
