// A run with defers in a loop of 10,000 is summarised, not dumped: the timeline keeps the first and
// last steps and says how many it left out, and every rendering stays small.
import { describe, expect, it } from 'vitest';
import { runProgram, withTrace, traceBundle } from '../../interpreter/index.js';

const program = `package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 10000; i++ {
		defer func() { total++ }()
	}
	fmt.Println("registered")
}
`;

describe('%trace on a large run', () => {
  it('summarises 10,000 defers and their calls', async () => {
    let out = '';
    const { result, trace } = await withTrace({ stdout: (b) => (out += b), stderr: () => {} }, (io) => runProgram(program, { ...io, trace: true }));
    expect(result.outcome).toBe('exited');
    expect(out).toBe('registered\n');
    expect(trace.events.filter((e) => e.kind === 'defer')).toHaveLength(10000);
    const { model, bundle } = traceBundle(trace.events, trace.lost);
    expect(model.steps.length).toBeLessThan(60);
    const text = bundle['text/plain']!;
    expect(text).toContain('… 9990 more defer statements …');
    expect(text).toContain('defer #10000 func() {…}()');
    expect(text).toContain('#10000 runs');
    expect(text).toContain('#1 runs');
    expect(text.split('\n').length).toBeLessThan(80);
    expect(bundle['text/html']!.length).toBeLessThan(100000);
    expect(bundle['image/svg+xml']!.length).toBeLessThan(100000);
  });
});
