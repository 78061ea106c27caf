// `golesson install`: where the kernelspec goes (as `jupyter kernelspec install` would put it),
// what kernel.json says, and the logos.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { installKernelspec, kernelsDir, parseInstallArgs, userDataDir } from '../../cli/install.js';
import { root } from './client.js';

const pngSize = (buf: Buffer) => [buf.readUInt32BE(16), buf.readUInt32BE(20)];

describe('golesson install', () => {
  it('parses the locations and the name', () => {
    expect(parseInstallArgs([])).toEqual({ where: { kind: 'system' }, name: 'golesson' });
    expect(parseInstallArgs(['--user', '--name', 'go-lesson'])).toEqual({ where: { kind: 'user' }, name: 'go-lesson' });
    expect(parseInstallArgs(['--sys-prefix'])).toEqual({ where: { kind: 'sys-prefix' }, name: 'golesson' });
    expect(parseInstallArgs(['--prefix=/opt/x'])).toEqual({ where: { kind: 'prefix', dir: '/opt/x' }, name: 'golesson' });
    expect(parseInstallArgs(['--prefix'])).toBe('--prefix needs a directory');
    expect(parseInstallArgs(['--name', 'a b'])).toMatch(/--name must be/);
    expect(parseInstallArgs(['--bogus'])).toBe('unexpected argument "--bogus"');
  });

  it('puts kernelspecs where Jupyter looks', () => {
    expect(kernelsDir({ kind: 'prefix', dir: '/opt/x' })).toBe('/opt/x/share/jupyter/kernels');
    if (process.platform === 'linux') {
      expect(kernelsDir({ kind: 'system' })).toBe('/usr/local/share/jupyter/kernels');
      expect(userDataDir({ XDG_DATA_HOME: '/xdg' })).toBe('/xdg/jupyter');
      expect(userDataDir({})).toBe(join(homedir(), '.local', 'share', 'jupyter'));
    }
    expect(userDataDir({ JUPYTER_DATA_DIR: '/data' })).toBe('/data');
  });

  it('writes kernel.json pointing at this installation, with interrupt_mode message and the logos', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'golesson-install-'));
    const dir = installKernelspec({ where: { kind: 'prefix', dir: prefix }, name: 'golesson' });
    expect(dir).toBe(join(prefix, 'share/jupyter/kernels/golesson'));
    const spec = JSON.parse(readFileSync(join(dir, 'kernel.json'), 'utf8'));
    expect(spec).toMatchObject({
      argv: [process.execPath, '--max-semi-space-size=1', '--v8-pool-size=1', join(root, 'bin/golesson.js'), 'kernel', '-f', '{connection_file}'],
      display_name: 'Go (golesson)',
      language: 'go',
      interrupt_mode: 'message',
    });
    expect(pngSize(readFileSync(join(dir, 'logo-32x32.png')))).toEqual([32, 32]);
    expect(pngSize(readFileSync(join(dir, 'logo-64x64.png')))).toEqual([64, 64]);
    expect(readFileSync(join(dir, 'logo-svg.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('ships the logos its drawing script draws', async () => {
    const { png, svg } = (await import(join(root, 'kernelspec/draw-logo.mjs'))) as { png(n: number): Buffer; svg(): string };
    expect(png(32).equals(readFileSync(join(root, 'kernelspec/logo-32x32.png')))).toBe(true);
    expect(png(64).equals(readFileSync(join(root, 'kernelspec/logo-64x64.png')))).toBe(true);
    expect(svg()).toBe(readFileSync(join(root, 'kernelspec/logo-svg.svg'), 'utf8'));
  });

  it('runs as `golesson install --prefix DIR --name NAME`', () => {
    if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/cli/main.js missing: run tsc first (npm test does)');
    const prefix = mkdtempSync(join(tmpdir(), 'golesson-install-'));
    const r = spawnSync(process.execPath, [join(root, 'bin/golesson.js'), 'install', '--prefix', prefix, '--name', 'golesson-test'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`Installed kernelspec golesson-test in ${join(prefix, 'share/jupyter/kernels/golesson-test')}\n`);
    const bad = spawnSync(process.execPath, [join(root, 'bin/golesson.js'), 'install', '--frobnicate'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^golesson install: unexpected argument "--frobnicate"\nusage: golesson install/);
  });
});
