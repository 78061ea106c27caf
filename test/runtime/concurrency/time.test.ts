// The time package's TypeScript parts: Duration printing and parsing, Time formatting on the
// virtual clock, timers and sleeping through the scheduler.
import { describe, expect, it } from 'vitest';
import { timePackage, durationString } from '../../../interpreter/stdlib/time.js';
import { go } from '../../../interpreter/runtime/scheduler.js';
import { makeChan, recv, send } from '../../../interpreter/runtime/chan.js';
import { println, run } from './harness.js';

type Fn = (...a: any[]) => any;
const impl = timePackage.impl as Record<string, Fn>;

describe('Duration', () => {
  it('prints as Go does', () => {
    const ms = 1_000_000;
    const cases: [number | bigint, string][] = [
      [0, '0s'],
      [1, '1ns'],
      [1500 * ms, '1.5s'],
      [100 * ms, '100ms'],
      [1234, '1.234\xc2\xb5s'],
      [1234 * 1000, '1.234ms'],
      [90 * 60 * 1000 * ms, '1h30m0s'],
      [2 * 3600 * 1000 * ms, '2h0m0s'],
      [60 * 1000 * ms, '1m0s'],
      [-1500 * ms, '-1.5s'],
      [(1n << 63n) - 1n, '2562047h47m16.854775807s'],
      [-(1n << 63n), '-2562047h47m16.854775808s'],
    ];
    for (const [d, s] of cases) expect(durationString(d)).toBe(s);
  });

  it('parses as Go does', () => {
    expect(impl['parseDuration']!('1h30m')).toEqual([5_400_000_000_000, '']);
    expect(impl['parseDuration']!('1.5s')).toEqual([1_500_000_000, '']);
    expect(impl['parseDuration']!('-2ms')).toEqual([-2_000_000, '']);
    expect(impl['parseDuration']!('abc')).toEqual([0, 'time: invalid duration "abc"']);
    expect(impl['parseDuration']!('10')).toEqual([0, 'time: missing unit in duration "10"']);
    expect(impl['parseDuration']!('3x')).toEqual([0, 'time: unknown unit "x" in duration "3x"']);
  });

  it('rounds halfway away from zero', () => {
    expect(impl['Duration.Round']!(1_500_000_000, 1_000_000_000)).toBe(2_000_000_000);
    expect(impl['Duration.Round']!(-1_500_000_000, 1_000_000_000)).toBe(-2_000_000_000);
    expect(impl['Duration.Round']!(1_499_999_999, 1_000_000_000)).toBe(1_000_000_000);
  });
});

describe('Time', () => {
  // Time.sec counts seconds since January 1 of year 1, so that the zero Time is that instant.
  const U = 62135596800;
  const start = { sec: U + 1257894000, nsec: 0, mono: 1, local: true };
  it('prints the playground start time with its monotonic reading', () => {
    expect(impl['Time.String']!(start)).toBe('2009-11-10 23:00:00 +0000 UTC m=+0.000000001');
    expect(impl['Time.String']!({ ...start, nsec: 500_000_000, sec: U + 1257894001, mono: 1_500_000_001 })).toBe(
      '2009-11-10 23:00:01.5 +0000 UTC m=+1.500000001',
    );
    expect(impl['Time.String']!({ sec: 0, nsec: 0, mono: 0, local: false })).toBe('0001-01-01 00:00:00 +0000 UTC');
  });

  it('formats layouts', () => {
    const f = (l: string): string => impl['Time.Format']!(start, l);
    expect(f('2006-01-02T15:04:05Z07:00')).toBe('2009-11-10T23:00:00Z');
    expect(f('3:04PM')).toBe('11:00PM');
    expect(f('2006-01-02 15:04:05.000')).toBe('2009-11-10 23:00:00.000');
    expect(f('Mon Jan _2 15:04:05 MST 2006')).toBe('Tue Nov 10 23:00:00 UTC 2009');
    expect(f('Monday, 02-Jan-06 -0700 002')).toBe('Tuesday, 10-Nov-09 +0000 314');
  });

  it('converts dates', () => {
    expect(impl['civil']!(U + 1257894000)).toEqual([2009, 11, 10, 314]);
    expect(impl['weekday']!(U + 1257894000)).toBe(2);
    expect(impl['weekday']!(U)).toBe(4);
    expect(impl['dateToSec']!(2023, 3, 5, 10, 30, 0, 0)).toEqual([U + 1678012200, 0]);
    expect(impl['dateToSec']!(2023, 13, 1, 0, 0, 0, 0)).toEqual(impl['dateToSec']!(2024, 1, 1, 0, 0, 0, 0));
    expect(impl['civil']!(0)).toEqual([1, 1, 1, 1]);
    expect(impl['weekday']!(0)).toBe(1);
  });
});

describe('virtual time', () => {
  it('sleeps instantly, in order of wake-up time, and moves the clock only when all are blocked', async () => {
    const sleep = impl['Sleep']! as (d: number) => Generator<unknown, void, unknown>;
    const now = impl['now']! as () => [number, number, number];
    const r = await run(function* () {
      const done = makeChan({ zero: () => 0 });
      for (const [name, ms] of [
        ['b', 200],
        ['a', 100],
        ['c', 300],
      ] as const) {
        go(function* () {
          yield* sleep(ms * 1_000_000);
          println(name, now()[2] - 1);
          yield* send(done, 1);
        }, []);
      }
      for (let i = 0; i < 3; i++) yield* recv(done);
      println('end', now()[0] - 62135596800, now()[1]);
    });
    expect(r.stdout).toBe('a 100000000\nb 200000000\nc 300000000\nend 1257894000 300000000\n');
  });
});

describe('timers nobody waits for', () => {
  it('neither move the clock nor hide a deadlock; a receive runs an overdue tick (Go 1.23)', async () => {
    const sleep = impl['Sleep']! as (d: number) => Generator<unknown, void, unknown>;
    const now = impl['now']! as () => [number, number, number];
    const r = await run(function* () {
      // A ticker's channel with no receiver: as `t := time.NewTicker(time.Second)` left running.
      const tick = makeChan({ zero: () => ({ sec: 0, nsec: 0, mono: 0, local: false }) }, 1);
      impl['startTimer']!({ id: 0 }, tick, 1e9, 1e9, null);
      yield* sleep(2500 * 1e6);
      println('slept to', now()[2] - 1, 'ticks held:', tick.count);
      // The tick due at 1s is sent when the receive finds it due; the next one is due at 3s.
      for (let i = 0; i < 2; i++) {
        const v = (yield* recv(tick)) as { mono: number };
        println('tick of', v.mono - 1, 'received at', now()[2] - 1);
      }
      yield* recv(makeChan({ zero: () => 0 }));
    });
    expect(r.stdout).toBe(
      'slept to 2500000000 ticks held: 0\ntick of 1000000000 received at 2500000000\ntick of 3000000000 received at 3000000000\n',
    );
    expect(r.stderr.startsWith('fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n')).toBe(true);
  });
});
