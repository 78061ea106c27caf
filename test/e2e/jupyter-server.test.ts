// jupyter-server (Debian) driven through @jupyterlab/services, as JupyterLab drives it: start a
// golesson kernel, run cells, interrupt `for {}`, flood output within the server's iopub rate
// limits, restart, shut down (and no kernel process is left behind).
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { installTestKernelspec, python, pythonHas } from './kernelspec-fixture.js';
import { root } from '../kernel/client.js';
import { freePort } from '../support/ports.js';

const available = pythonHas('jupyter_server');
if (!available) console.warn(`NOTICE: ${python} lacks jupyter_server (Debian python3-jupyter-server); skipping the server run`);


type Run = { reply: Record<string, any>; iopub: Array<{ type: string; content: Record<string, any>; parent: string }>; msgId: string };
const stream = (r: Run, name: string) => r.iopub.filter((m) => m.type === 'stream' && m.content['name'] === name).map((m) => m.content['text']).join('');

describe('jupyter-server with @jupyterlab/services', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGTERM');
  });

  it.skipIf(!available)('starts, runs, interrupts, restarts and shuts down a golesson kernel', async () => {
    const spec = installTestKernelspec();
    const port = await freePort();
    const token = randomUUID();
    server = spawn(python, ['-m', 'jupyter_server', '--no-browser', '--allow-root', `--port=${port}`, '--ip=127.0.0.1', `--ServerApp.token=${token}`, `--ServerApp.root_dir=${spec.prefix}`], {
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const base = `http://127.0.0.1:${port}/`;
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`${base}api/status?token=${token}`);
        if (r.ok) break;
      } catch {
        // not listening yet
      }
      if (i > 300) throw new Error(`jupyter-server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const r = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', join(root, 'test/e2e/server-session.mjs'), base, token], { encoding: 'utf8', timeout: 120000, cwd: root, maxBuffer: 64 << 20 });
    expect(r.status, r.stderr + log).toBe(0);
    const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, any>;
    expect(report['languageInfo']).toMatchObject({ name: 'go', mimetype: 'text/x-go' });
    expect(report['hello'].reply.status).toBe('ok');
    expect(stream(report['hello'], 'stdout')).toBe('hello, world\n');
    expect(report['value'].iopub.find((m: { type: string }) => m.type === 'execute_result').content.data).toEqual({ 'text/plain': '3' });
    expect(report['interrupt'].reply).toMatchObject({ status: 'error', ename: 'Interrupted' });
    expect(report['afterInterrupt'].reply.status).toBe('ok');
    expect(report['flood'].reply).toMatchObject({ status: 'error', ename: 'OutputLimitExceeded' });
    expect(stream(report['flood'], 'stderr')).toMatch(/the rest of its output was dropped and the cell was stopped/);
    expect(stream(report['flood'], 'stderr')).not.toMatch(/IOPub (data|message) rate exceeded/);
    expect(stream(report['flood'], 'stdout').length).toBeGreaterThan(1 << 19);
    expect(report['sessionChanged']).toBe(true);
    expect(stream(report['afterRestart'], 'stdout')).toBe('hello, world\n');
    expect(report['kernelsAfterShutdown'], JSON.stringify(report['kernelsAfterShutdown']) + log.slice(-3000)).toEqual([]);
    console.log(`jupyter-server timeline: ${report['timeline'].join(', ')}`);
    // No kernel process outlives its shutdown.
    const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
    expect(ps.split('\n').filter((l) => l.includes(spec.env['JUPYTER_RUNTIME_DIR']!))).toEqual([]);
  }, 180000);
});
