// The exported lecture in a real browser: nbconvert (Debian) turns the English and Chinese 01-defer
// and 02-escape notebooks into HTML, headless Chromium opens them, and the %trace timelines (step
// table, defer-stack boxes) and %escape annotations (verdict badges under their lines) must be
// visible; element screenshots go to test-artifacts/browser/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { artifactPath, launchChromium, requireChromium, root, type Launched } from './chromium.js';

const python = '/usr/bin/python3';
const editions = ['en', 'zh'] as const;
const notebooks = ['01-defer', '02-escape'] as const;

/** Runs nbconvert once per edition (both notebooks at a time); rejects with its log on failure. */
function nbconvert(edition: string, outDir: string): Promise<void> {
  const inputs = notebooks.map((n) => join(root, 'notebooks', edition, `${n}.ipynb`));
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-m', 'nbconvert', '--to', 'html', '--output-dir', outDir, ...inputs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', (e) => reject(new Error(`cannot start ${python} -m nbconvert: ${e.message}`)));
    child.on('close', (code) => {
      if (code !== 0) {
        const hint = /No module named nbconvert/.test(log) ? ' (install Debian python3-nbconvert, listed in .ci/apt-packages)' : '';
        reject(new Error(`nbconvert of notebooks/${edition} exited with ${code}${hint}:\n${log.slice(-3000)}`));
        return;
      }
      const missing = notebooks.filter((n) => !existsSync(join(outDir, `${n}.html`)));
      if (missing.length > 0) reject(new Error(`nbconvert wrote no ${missing.join(', ')} .html in ${outDir}:\n${log.slice(-3000)}`));
      else resolve();
    });
  });
}

/** The box of an element, asserting it is rendered with a non-zero size. */
async function expectSized(loc: Locator, what: string): Promise<void> {
  await expect.poll(async () => loc.isVisible(), { message: `${what} is not visible`, timeout: 20000 }).toBe(true);
  const box = await loc.boundingBox();
  expect(box, `${what} has no layout box`).not.toBeNull();
  expect(box!.width, `${what} has zero width`).toBeGreaterThan(0);
  expect(box!.height, `${what} has zero height`).toBeGreaterThan(0);
}

interface Annotation {
  readonly badge: string;
  readonly message: string;
  /** The line number of the nearest source row above the annotation. */
  readonly line: number | null;
  readonly badgeWidth: number;
  readonly badgeHeight: number;
  readonly rowHighlighted: boolean;
}

/** Every %escape annotation on the page: its badge, its message and the source line above it. */
async function escapeAnnotations(page: Page): Promise<Annotation[]> {
  return page.evaluate(() => {
    const result: Annotation[] = [];
    const blocks = [...document.querySelectorAll('div')].filter((d) => d.firstElementChild?.querySelector(':scope > b')?.textContent === 'escape analysis');
    for (const block of blocks) {
      for (const row of block.querySelectorAll('tr')) {
        const cells = row.children;
        const div = cells[1]?.querySelector(':scope > div');
        if (cells[0]?.textContent !== '' || !div || div.children.length < 2) continue;
        const badge = div.children[0] as HTMLElement;
        let above = row.previousElementSibling as HTMLElement | null;
        while (above && above.children[0]?.textContent === '') above = above.previousElementSibling as HTMLElement | null;
        const r = badge.getBoundingClientRect();
        result.push({
          badge: badge.textContent ?? '',
          message: div.children[1]!.textContent ?? '',
          line: above ? Number(above.children[0]!.textContent) : null,
          badgeWidth: r.width,
          badgeHeight: r.height,
          rowHighlighted: above !== null && above.style.background !== '',
        });
      }
    }
    return result;
  });
}

describe('exported lecture notebooks in headless Chromium', () => {
  let out = '';
  let browser: Launched | undefined;

  beforeAll(async () => {
    requireChromium();
    out = mkdtempSync(join(tmpdir(), 'golesson-export-'));
    // Both editions at once: most of the time is Python and Jupyter starting.
    await Promise.all(editions.map((e) => nbconvert(e, join(out, e))));
    browser = await launchChromium();
  }, 150000);

  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const edition of editions) {
    // nbconvert's page CSS (as Jupyter's) right-aligns table cells unless a cell says otherwise: the
    // %escape source listing and the %trace lanes must still read from the left, carets under their
    // columns, or the screenshots above show ragged right-aligned code.
    it(`${edition}: the %escape source lines and %trace lanes are left-aligned`, async () => {
      const aligned = async (file: string, selector: string) => {
        const page = await browser!.context.newPage();
        try {
          await page.goto(pathToFileURL(join(out, edition, file)).href, { waitUntil: 'load', timeout: 60000 });
          const cells = page.locator(selector);
          expect(await cells.count(), `${file}: ${selector}`).toBeGreaterThan(10);
          return await cells.evaluateAll((cs) => [...new Set(cs.map((c) => getComputedStyle(c).textAlign))].sort());
        } finally {
          await page.close();
        }
      };
      const found = {
        'interpreter/escape/view.ts, source lines': await aligned('02-escape.html', 'td[style*="white-space:pre"]'),
        'interpreter/escape/view.ts, annotation rows (carets)': await aligned('02-escape.html', 'tr > td:first-child:empty + td'),
        'interpreter/trace/html.ts, goroutine lanes': await aligned('01-defer.html', 'div[id^="gltrace-"] tr[id] > td:nth-child(2)'),
      };
      const wanted = Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.filter((a) => a === 'left' || a === 'start')]));
      // A cell's inline style (text-align:left) beats the page's table rule.
      expect(found, `computed text-align of the displays' table cells in ${edition} (the page CSS right-aligns cells that set none)`).toEqual(wanted);
    }, 60000);

    it(`${edition}/01-defer: the %trace timelines show their steps and defer-stack boxes`, async () => {
      const page = await browser!.context.newPage();
      try {
        await page.goto(pathToFileURL(join(out, edition, '01-defer.html')).href, { waitUntil: 'load', timeout: 60000 });
        const traces = page.locator('div[id^="gltrace-"]');
        // defer-code-1..7 are each traced (and a few more cells besides).
        expect(await traces.count(), 'number of %trace timelines').toBeGreaterThanOrEqual(7);

        // defer-code-2: the return statement sets r = 1 while deferred call #1 is still on the stack.
        const f2 = traces.filter({ hasText: 'main.f2 starts' }).first();
        await f2.scrollIntoViewIfNeeded();
        await expectSized(f2.locator('table'), `${edition} defer-code-2 timeline table`);
        const step = f2.locator('tr', { hasText: 'return sets r = 1' });
        expect(await step.count(), 'the step "return sets r = 1"').toBe(1);
        await expectSized(step, `${edition} step "return sets r = 1"`);
        const cells = await step.locator('td').allInnerTexts();
        expect(cells.map((c) => c.trim())).toEqual(['3', 'return sets r = 1', 'line 9', 'main.f2 #1']);
        const box = step.locator('td').last().locator('span', { hasText: /^#1$/ });
        await expectSized(box, `${edition} defer-stack box #1`);
        const style = await box.evaluate((e) => {
          const s = getComputedStyle(e);
          return { background: s.backgroundColor, border: s.borderTopStyle, display: s.display };
        });
        expect(style).toEqual({ background: 'rgb(219, 234, 254)', border: 'solid', display: 'inline-block' });
        expect((await f2.locator('pre').innerText()).trim(), 'defer-code-2 output').toBe('1');

        // defer-code-3: a deferred closure through &r turns the result into 6.
        const f3 = traces.filter({ hasText: 'main.f3 starts' }).first();
        await expectSized(f3.locator('tr', { hasText: 'main.f3 returns r = 6' }), `${edition} defer-code-3 result step`);
        expect((await f3.locator('pre').innerText()).trim(), 'defer-code-3 output').toBe('6');

        // Every timeline has rows, and every defer-stack box is drawn.
        const rows = await traces.evaluateAll((ts) => ts.map((t) => t.querySelectorAll('tr').length));
        expect(rows.filter((n) => n < 3), `timelines with almost no rows: ${rows.join(', ')}`).toEqual([]);
        const boxes = await page.locator('div[id^="gltrace-"] td span[style*="border-radius"]').evaluateAll((bs) =>
          bs.map((b) => ({ text: b.textContent ?? '', w: b.getBoundingClientRect().width, h: b.getBoundingClientRect().height })),
        );
        expect(boxes.length, 'defer-stack boxes in 01-defer').toBeGreaterThan(10);
        expect(boxes.filter((b) => !/^#\d+$/.test(b.text) || b.w <= 0 || b.h <= 0)).toEqual([]);

        await f2.screenshot({ path: artifactPath(`${edition}-01-defer-trace-defer-code-2.png`), timeout: 30000 });
        await f3.screenshot({ path: artifactPath(`${edition}-01-defer-trace-defer-code-3.png`), timeout: 30000 });
      } finally {
        await page.close();
      }
    }, 60000);

    it(`${edition}/02-escape: the %escape verdict badges sit under their lines`, async () => {
      const page = await browser!.context.newPage();
      try {
        await page.goto(pathToFileURL(join(out, edition, '02-escape.html')).href, { waitUntil: 'load', timeout: 60000 });
        const notes = await escapeAnnotations(page);
        expect(notes.length, 'escape annotations in 02-escape').toBeGreaterThan(5);
        // Each badge is drawn, names a verdict, and its message is about the line it sits under.
        for (const n of notes) {
          expect(['heap', 'leaks', 'stack', 'note'], `unknown verdict badge: ${JSON.stringify(n)}`).toContain(n.badge);
          expect(n.badgeWidth > 0 && n.badgeHeight > 0, `badge without size: ${JSON.stringify(n)}`).toBe(true);
          expect(n.message.startsWith(`${n.line}:`), `annotation under the wrong line: ${JSON.stringify(n)}`).toBe(true);
        }
        const heap = notes.filter((n) => / moved to heap: i$/.test(n.message));
        expect(heap.length, 'annotations "moved to heap: i"').toBeGreaterThan(0);
        for (const n of heap) expect({ badge: n.badge, highlighted: n.rowHighlighted }).toEqual({ badge: 'heap', highlighted: true });

        // The escape-code-6 block (var i int moved to the heap on line 9) as a screenshot.
        const message = page.locator('span', { hasText: /^9:6: moved to heap: i$/ }).first();
        await expectSized(message, `${edition} message "9:6: moved to heap: i"`);
        const badge = message.locator('xpath=preceding-sibling::span[1]');
        await expectSized(badge, `${edition} badge of "moved to heap: i"`);
        expect(await badge.innerText()).toBe('heap');
        const block = message.locator('xpath=ancestor::table[1]/..');
        await block.scrollIntoViewIfNeeded();
        await block.screenshot({ path: artifactPath(`${edition}-02-escape-moved-to-heap-i.png`), timeout: 30000 });
      } finally {
        await page.close();
      }
    }, 60000);
  }
});
