// Headless Debian Chromium for the browser tests, driven by playwright-core (which never downloads a
// browser): a fresh profile per launch, no network services of its own, and screenshots kept in the
// git-ignored test-artifacts/ folder.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

/** The project root (this file is test/browser/chromium.ts). */
export const root = fileURLToPath(new URL('../../', import.meta.url));

export const chromiumPath = '/usr/bin/chromium';

/** Where screenshots go (git-ignored); created on first use. */
export const artifactsDir = join(root, 'test-artifacts', 'browser');

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, name);
}

/** Fails (never skips) when the browser is missing: CI installs it from .ci/apt-packages. */
export function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: the browser tests need Debian's chromium (apt-get install chromium; it is listed in .ci/apt-packages)`);
  }
}

export interface Launched {
  readonly context: BrowserContext;
  /** Closes the browser (all its processes) and removes its profile. */
  close(): Promise<void>;
}

/** The launch flags; playwright-core's own defaults come on top (it gives the profile directory
 *  itself: launchPersistentContext takes it as its first argument, never through args). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Launched> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'golesson-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    timeout: 60000,
    args: chromiumArgs,
    viewport,
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
