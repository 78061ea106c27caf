// The lecture through Jupyter Notebook's own page: Debian's Notebook 6 serves a temp copy of
// notebooks/en (outputs of 01-defer cleared), headless Chromium opens 01-defer, runs every cell with
// Cell > Run All, waits for the golesson kernel to go idle, and the program output and the %trace
// tables must be on the page; then the kernel and server are stopped and no process is left.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installTestKernelspec, python, pythonHas } from '../e2e/kernelspec-fixture.js';
import { realSession } from '../kernel/client.js';
import { artifactPath, launchChromium, requireChromium, root, type Launched } from './chromium.js';
import { freePort } from '../support/ports.js';

interface Cell {
  cell_type: string;
  id?: string;
  source: string | string[];
  metadata: { tags?: string[] };
  outputs?: unknown[];
  execution_count?: number | null;
}


/** Resolves when the child has exited (at once if it already has). */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Processes whose command line mentions a path (the kernels of our server name its runtime folder). */
function leftoverPids(path: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return ps
    .split('\n')
    .filter((l) => l.includes(path))
    .map((l) => Number(l.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
}

describe('Jupyter Notebook 6 in headless Chromium', () => {
  let server: ChildProcess | undefined;
  let browser: Launched | undefined;
  const temps: string[] = [];
  let runtimeDir = '';
  afterAll(async () => {
    await browser?.close();
    // After a failure: stop the server as its own SIGTERM handler does (it shuts its kernels down),
    // then by force, then any kernel it left (their command lines name our runtime folder).
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const stopped = await Promise.race([exited(server).then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 15000))]);
      if (!stopped) {
        server.kill('SIGKILL');
        await exited(server);
      }
    }
    if (runtimeDir) {
      for (const pid of leftoverPids(runtimeDir)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  });

  it('runs 01-defer with Cell > Run All and shows its outputs and trace tables', async () => {
    requireChromium();
    if (!pythonHas('notebook')) throw new Error(`${python} cannot import notebook: install Debian jupyter-notebook (listed in .ci/apt-packages)`);
    if (!realSession) throw new Error('the golesson kernel is not built (dist/cli/main.js, dist/interpreter/index.js): run npm run build first');
    const spec = installTestKernelspec();
    temps.push(spec.prefix, spec.env['HOME']!);
    runtimeDir = spec.env['JUPYTER_RUNTIME_DIR']!;

    // The served folder: a copy of notebooks/en, with 01-defer's outputs removed so that every
    // output checked below comes from this run.
    const dir = mkdtempSync(join(tmpdir(), 'golesson-notebook-ui-'));
    temps.push(dir);
    cpSync(join(root, 'notebooks', 'en'), dir, { recursive: true });
    const file = join(dir, '01-defer.ipynb');
    const nb = JSON.parse(readFileSync(file, 'utf8')) as { cells: Cell[] };
    for (const c of nb.cells) if (c.cell_type === 'code') Object.assign(c, { outputs: [], execution_count: null });
    writeFileSync(file, JSON.stringify(nb, null, 1));
    const codeIds = nb.cells.map((c) => (c.cell_type === 'code' ? c.id ?? '' : ''));
    const traceCells = nb.cells.filter((c) => c.cell_type === 'code' && [c.source].flat().join('').startsWith('%trace')).length;
    const indexOf = (id: string) => {
      const i = codeIds.indexOf(id);
      if (i < 0) throw new Error(`01-defer has no cell ${id}`);
      return i;
    };

    const port = await freePort();
    const token = randomUUID();
    server = spawn(
      python,
      ['-m', 'notebook', '--no-browser', '--allow-root', '--ip=127.0.0.1', `--port=${port}`, '--port-retries=0', `--NotebookApp.token=${token}`, `--notebook-dir=${dir}`],
      { env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`Jupyter Notebook exited with ${server.exitCode}:\n${log}`);
      try {
        if ((await fetch(`${base}/api/status?token=${token}`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`Jupyter Notebook did not answer on ${base} within 60s:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    browser = await launchChromium({ width: 1280, height: 1000 });
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${base}/notebooks/01-defer.ipynb?token=${token}`, { waitUntil: 'load', timeout: 60000 });
    const state = () =>
      page.evaluate(() => {
        const J = (window as unknown as { Jupyter?: any }).Jupyter;
        const nbk = J?.notebook;
        const icon = document.querySelector('#kernel_indicator_icon');
        return {
          loaded: Boolean(nbk?._fully_loaded),
          kernel: nbk?.kernel?.name ?? null,
          idle: icon?.classList.contains('kernel_idle_icon') ?? false,
          prompts: (nbk?.get_cells() ?? []).filter((c: any) => c.cell_type === 'code').map((c: any) => c.input_prompt_number ?? null) as Array<number | string | null>,
        };
      });
    // On a failure, what the page showed is kept next to the other screenshots.
    const describeState = async () => {
      const shot = artifactPath('notebook-ui-failure.png');
      await page.screenshot({ path: shot, timeout: 20000 }).catch(() => undefined);
      return `${JSON.stringify(await state())} (screenshot: ${shot})\npage errors: ${pageErrors.join('\n')}\nserver log:\n${log.slice(-3000)}`;
    };
    try {
      await page.waitForFunction(
        () => {
          const nbk = (window as unknown as { Jupyter?: any }).Jupyter?.notebook;
          return Boolean(nbk?._fully_loaded && nbk.kernel?.is_connected() && document.querySelector('#kernel_indicator_icon.kernel_idle_icon'));
        },
        undefined,
        { timeout: 60000, polling: 200 },
      );
    } catch (e) {
      throw new Error(`the notebook page did not load with an idle golesson kernel: ${(e as Error).message}\n${await describeState()}`);
    }
    const before = await state();
    expect(before.kernel).toBe(spec.name);
    expect(before.prompts.every((p) => p === null), 'no cell has run yet').toBe(true);

    // Cell > Run All, through the menu bar as a reader would.
    await page.click('#celllink', { timeout: 20000 });
    await page.click('#run_all_cells > a', { timeout: 20000 });
    try {
      await page.waitForFunction(
        () => {
          const nbk = (window as unknown as { Jupyter?: any }).Jupyter?.notebook;
          const codes = (nbk?.get_cells() ?? []).filter((c: any) => c.cell_type === 'code');
          return codes.length > 0 && codes.every((c: any) => typeof c.input_prompt_number === 'number') && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
        },
        undefined,
        { timeout: 90000, polling: 250 },
      );
    } catch (e) {
      throw new Error(`Run All did not finish with the kernel idle: ${(e as Error).message}\n${await describeState()}`);
    }
    const after = await state();
    expect(after.prompts).toEqual(after.prompts.map((_, i) => i + 1));

    const cell = (id: string) => page.locator('#notebook-container > .cell').nth(indexOf(id));
    // defer-code-3 prints 6.
    await cell('defer-code-3').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('notebook-ui-01-defer-after-run-all.png'), timeout: 30000 });
    expect((await cell('defer-code-3').locator('.output_area .output_stdout').innerText()).trim()).toBe('6');
    expect((await cell('defer-code-2').locator('.output_area .output_stdout').innerText()).trim()).toBe('1');
    // Its %trace cell shows the rendered timeline table.
    const trace = cell('defer-code-3-trace').locator('.output_html div[id^="gltrace-"]');
    await trace.scrollIntoViewIfNeeded();
    expect(await trace.locator('table').isVisible()).toBe(true);
    const box = await trace.locator('table').boundingBox();
    expect(box !== null && box.width > 0 && box.height > 0, `trace table box ${JSON.stringify(box)}`).toBe(true);
    await expect.poll(() => trace.locator('tr', { hasText: 'main.f3 returns r = 6' }).count()).toBe(1);
    await trace.screenshot({ path: artifactPath('notebook-ui-01-defer-code-3-trace.png'), timeout: 30000 });
    // Every %trace cell rendered its table; only the cells tagged raises-exception show an error.
    expect(await page.locator('.output_html div[id^="gltrace-"] table').count()).toBe(traceCells);
    const errors = await page.evaluate(() =>
      [...document.querySelectorAll('#notebook-container > .cell')].map((c, i) => (c.querySelector('.output_error') ? i : -1)).filter((i) => i >= 0),
    );
    const tagged = nb.cells.map((c, i) => (c.metadata.tags?.includes('raises-exception') ? i : -1)).filter((i) => i >= 0);
    expect(errors).toEqual(tagged);
    // Go's report goes to stderr; the error output is the exit status, as `go run` says it.
    expect(await cell('nil-func').locator('.output_stderr').innerText()).toContain('panic: runtime error: invalid memory address or nil pointer dereference');
    expect((await cell('nil-func').locator('.output_error').innerText()).trim()).toBe('exit status 2');
    expect(pageErrors, 'JavaScript errors on the notebook page').toEqual([]);

    // Shut down: the kernel through the REST API, then the server; nothing may outlive them.
    await page.close();
    const kernels = (await (await fetch(`${base}/api/kernels?token=${token}`)).json()) as Array<{ id: string }>;
    expect(kernels.length).toBe(1);
    for (const k of kernels) expect((await fetch(`${base}/api/kernels/${k.id}?token=${token}`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${base}/api/kernels?token=${token}`)).json()).toEqual([]);
    await browser.close();
    browser = undefined;
    server.kill('SIGTERM');
    const stopped = await Promise.race([exited(server).then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 20000))]);
    expect(stopped, `Jupyter Notebook (pid ${server.pid}) did not stop on SIGTERM:\n${log.slice(-2000)}`).toBe(true);
    expect([...leftoverPids(runtimeDir), ...leftoverPids(dir)], 'processes left after the server stopped').toEqual([]);
  }, 240000);
});
