// golesson/display: bundles reach the host's display hook with ids, updates reuse them, and without
// a hook the text/plain part goes to standard output.
import { afterEach, describe, expect, it } from 'vitest';
import { displayPackage, base64, stripTags } from '../../interpreter/stdlib/display.js';
import { attachProcess } from '../../interpreter/runtime/process.js';
import { makeMap, mapSet } from '../../interpreter/runtime/map.js';
import { types } from '../../interpreter/runtime/typedesc.js';
import { utf8 } from './values.js';

const show = displayPackage.impl.show as (b: unknown, id: string, update: boolean) => string;

function bundle(entries: Record<string, string>) {
  const m = makeMap(types.string, types.string);
  for (const [k, v] of Object.entries(entries)) mapSet(m, k, v);
  return m;
}

afterEach(() => attachProcess(null));

describe('golesson/display', () => {
  it('sends a new display, then an update with the same id, as JS strings', () => {
    const calls: [Record<string, string>, string | undefined, boolean | undefined][] = [];
    attachProcess({ stdout: () => {}, stderr: () => {}, display: (b, id, update) => calls.push([b, id, update]) });
    const id = show(bundle({ 'text/html': utf8('<b>é</b>'), 'text/plain': utf8('é') }), '', false);
    show(bundle({ 'text/plain': 'two' }), id, true);
    expect(calls).toEqual([
      [{ 'text/html': '<b>é</b>', 'text/plain': 'é' }, id, false],
      [{ 'text/plain': 'two' }, id, true],
    ]);
    expect(id).toMatch(/^golesson-display-\d+$/);
  });

  it('gives every new display its own id', () => {
    attachProcess({ stdout: () => {}, stderr: () => {}, display: () => {} });
    expect(show(bundle({ 'text/plain': 'a' }), '', false)).not.toBe(show(bundle({ 'text/plain': 'b' }), '', false));
  });

  it('writes text/plain to stdout when the host has no display hook', () => {
    let out = '';
    attachProcess({ stdout: (b) => (out += b), stderr: () => {} });
    show(bundle({ 'text/html': '<p>x</p>', 'text/plain': utf8('größe') }), '', false);
    expect(out).toBe(utf8('größe') + '\n');
  });

  it('encodes base64 like the standard alphabet with padding', () => {
    expect([base64(''), base64('f'), base64('fo'), base64('foo'), base64('\x89PNG\r\n\x1a\n')]).toEqual([
      Buffer.from('').toString('base64'),
      Buffer.from('f').toString('base64'),
      Buffer.from('fo').toString('base64'),
      Buffer.from('foo').toString('base64'),
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1').toString('base64'),
    ]);
  });

  it('strips tags for the plain-text fallback', () => {
    expect(stripTags('<table><tr><td>1 &lt; 2</td></tr></table><br>done<script>x()</script>')).toBe('1 < 2\ndone');
  });
});

describe('golesson/display from Go code', () => {
  it('shows and updates displays from a running program', async () => {
    const { runProgram } = await import('../../interpreter/run.js');
    const calls: unknown[] = [];
    let out = '';
    const src = `package main

import (
	"fmt"
	"golesson/display"
)

func main() {
	id := display.HTML("<i>working</i>")
	id.HTML("<b>done</b>")
	display.Show(display.Bundle{"text/plain": "p", "text/markdown": "*m*"})
	display.PNG([]byte{1, 2, 3})
	fmt.Println(id != "")
}
`;
    const r = await runProgram(src, { stdout: (b) => (out += b), stderr: (b) => (out += b), display: (b, id, u) => calls.push([b, u]) });
    expect(r.outcome).toBe('exited');
    expect(out).toBe('true\n');
    expect(calls).toEqual([
      [{ 'text/html': '<i>working</i>', 'text/plain': 'working' }, false],
      [{ 'text/html': '<b>done</b>', 'text/plain': 'done' }, true],
      [{ 'text/plain': 'p', 'text/markdown': '*m*' }, false],
      [{ 'image/png': 'AQID', 'text/plain': '[PNG image]' }, false],
    ]);
  });
});
