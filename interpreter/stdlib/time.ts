// Package time on golesson's virtual clock (runtime/clock.ts), as on the Go Playground: Now starts
// at 2009-11-10 23:00:00 UTC (monotonic reading m=+0.000000001), Sleep, After, Tick, timers and
// tickers are instant in wall time and move the clock only when every goroutine is blocked.
// Duration with its String (`1.5s`, `100ms`, `2h0m0s`), Time with the common methods and Format
// layouts. Every location is UTC (Local prints as "Local" and formats zone "UTC", as in a
// container with no TZ); Go 1.23 timer channels (len and cap 0, Stop/Reset drop a stale value).
import type { StdPackage } from './package.js';
import { wrap64, type I64 } from '../runtime/int64.js';
import { probed, sched } from '../runtime/scheduler.js';
import { Timer as ClockTimer, MAX_WHEN, START_UNIX_SECONDS } from '../runtime/clock.js';
import type { Channel } from '../runtime/chan.js';
import type { Iface } from '../runtime/iface.js';
import { trySend } from '../runtime/chan.js';

const source = `package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) String() string

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	whole := d / Second
	frac := d % Second
	return float64(whole) + float64(frac)/1e9
}

func (d Duration) Minutes() float64 {
	whole := d / Minute
	frac := d % Minute
	return float64(whole) + float64(frac)/(60*1e9)
}

func (d Duration) Hours() float64 {
	whole := d / Hour
	frac := d % Hour
	return float64(whole) + float64(frac)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, &durationError{msg}
	}
	return d, nil
}

func parseDuration(s string) (Duration, string)

type durationError struct{ msg string }

func (e *durationError) Error() string { return e.msg }

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

type Location struct {
	name string
}

var UTC *Location = &utcLoc
var utcLoc = Location{"UTC"}

var Local *Location = &localLoc
var localLoc = Location{"Local"}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// A Time is seconds since January 1 of year 1 UTC (so the zero Time is that instant, as in Go) and
// nanoseconds, an optional monotonic clock reading (0 for none) and whether it is in Local (else UTC).
type Time struct {
	sec   int64
	nsec  int64
	mono  int64
	local bool
}

func now() (sec int64, nsec int64, mono int64)

func Now() Time {
	s, n, m := now()
	return Time{sec: s, nsec: n, mono: m, local: true}
}

const unixToInternal int64 = 62135596800

func Unix(sec int64, nsec int64) Time {
	s, n := normUnix(sec, nsec)
	return Time{sec: s + unixToInternal, nsec: n, local: true}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func normUnix(sec int64, nsec int64) (int64, int64)

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	s, n := dateToSec(year, int(month), day, hour, min, sec, nsec)
	return Time{sec: s, nsec: n, local: loc == Local}
}

func dateToSec(year, month, day, hour, min, sec, nsec int) (int64, int64)

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quoteText(e.Value) + " as " + quoteText(e.Layout) + ": cannot parse " +
			quoteText(e.ValueElem) + " as " + quoteText(e.LayoutElem)
	}
	return "parsing time " + quoteText(e.Value) + e.Message
}

func quoteText(s string) string

// Parse reads UTC times (a numeric zone offset is applied; a zone name other than UTC is read and
// ignored: golesson has no time zone database).
func Parse(layout, value string) (Time, error) {
	return ParseInLocation(layout, value, UTC)
}

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	if loc == nil {
		panic("time: missing Location in call to ParseInLocation")
	}
	s, n, zoned, le, ve, msg, ok := parseTime(layout, value)
	if !ok {
		return Time{}, &ParseError{layout, value, le, ve, msg}
	}
	return Time{sec: s, nsec: n, local: !zoned && loc == Local}, nil
}

func parseTime(layout, value string) (sec int64, nsec int64, zoned bool, layoutElem, valueElem, message string, ok bool)

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration

func (t Time) Add(d Duration) Time {
	s, n := addDuration(t.sec, t.nsec, d)
	t.sec, t.nsec = s, n
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

func addDuration(sec int64, nsec int64, d Duration) (int64, int64)

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	s, n := dateToSec(year+years, int(month)+months, day+days, hour, min, sec, int(t.nsec))
	return Time{sec: s, nsec: n, local: t.local}
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64 { return t.sec - unixToInternal }

func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) UTC() Time { return Time{sec: t.sec, nsec: t.nsec} }

func (t Time) Local() Time { return Time{sec: t.sec, nsec: t.nsec, local: true} }

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return Time{sec: t.sec, nsec: t.nsec, local: loc == Local}
}

func (t Time) Location() *Location {
	if t.local {
		return Local
	}
	return UTC
}

func (t Time) Zone() (name string, offset int) { return "UTC", 0 }

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _ := civil(t.sec)
	return y, Month(m), d
}

func (t Time) Year() int {
	y, _, _, _ := civil(t.sec)
	return y
}

func (t Time) Month() Month {
	_, m, _, _ := civil(t.sec)
	return Month(m)
}

func (t Time) Day() int {
	_, _, d, _ := civil(t.sec)
	return d
}

func (t Time) YearDay() int {
	_, _, _, yd := civil(t.sec)
	return yd
}

func (t Time) Weekday() Weekday { return Weekday(weekday(t.sec)) }

func (t Time) Clock() (hour, min, sec int) {
	s := secOfDay(t.sec)
	return s / 3600, s % 3600 / 60, s % 60
}

func (t Time) Hour() int { return secOfDay(t.sec) / 3600 }

func (t Time) Minute() int { return secOfDay(t.sec) % 3600 / 60 }

func (t Time) Second() int { return secOfDay(t.sec) % 60 }

func (t Time) Nanosecond() int { return int(t.nsec) }

func civil(sec int64) (year, month, day, yday int)
func weekday(sec int64) int
func secOfDay(sec int64) int

func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	t.sec, t.nsec = roundTime(t.sec, t.nsec, d, false)
	return t
}

func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	t.sec, t.nsec = roundTime(t.sec, t.nsec, d, true)
	return t
}

func roundTime(sec int64, nsec int64, d Duration, up bool) (int64, int64)

func (t Time) Format(layout string) string

func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

func (t Time) String() string

func (t Time) GoString() string

func Sleep(d Duration)

type Timer struct {
	C         <-chan Time
	initTimer bool
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, initTimer: true}
	startTimer(t, c, d, 0, nil)
	return t
}

func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{initTimer: true}
	startTimer(t, nil, d, 0, f)
	return t
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

func (t *Timer) Stop() bool {
	if !t.initTimer {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t)
}

func (t *Timer) Reset(d Duration) bool {
	if !t.initTimer {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t, d, 0)
}

type Ticker struct {
	C          <-chan Time
	initTicker bool
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, initTicker: true}
	startTicker(t, c, d)
	return t
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// Stop on a Ticker not made by NewTicker does nothing (Go keeps old programs working).
func (t *Ticker) Stop() {
	if t.initTicker {
		stopTicker(t)
	}
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !t.initTicker {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTicker(t, d)
}

// The clock's timer behind a Timer or Ticker is kept beside it, keyed by the struct.
func startTimer(t *Timer, c chan Time, d Duration, period Duration, f func())
func stopTimer(t *Timer) bool
func resetTimer(t *Timer, d Duration, period Duration) bool
func startTicker(t *Ticker, c chan Time, d Duration)
func stopTicker(t *Ticker) bool
func resetTicker(t *Ticker, d Duration)
`;

// --- numbers ------------------------------------------------------------------------------------

const NS = 1_000_000_000;
const big = (x: I64): bigint => (typeof x === 'bigint' ? x : BigInt(x));
const num = (x: I64): number => (typeof x === 'bigint' ? Number(x) : x);
const canon = (b: bigint): I64 => wrap64(b);

/** Floor division and modulus for numbers (Go's civil arithmetic wants floors). */
const fdiv = (a: number, b: number): number => Math.floor(a / b);
const fmod = (a: number, b: number): number => a - Math.floor(a / b) * b;

// --- Duration -----------------------------------------------------------------------------------

/** Digits of v / 10^prec with trailing fractional zeros (and a bare point) removed. */
function fracText(v: bigint, prec: number): string {
  const unit = 10n ** BigInt(prec);
  const whole = v / unit;
  let frac = (v % unit).toString().padStart(prec, '0').replace(/0+$/, '');
  return frac === '' ? whole.toString() : `${whole}.${frac}`;
}

/** Duration.String: "72h3m0.5s", "1.5s", "100ms", "1.234µs", "0s". */
export function durationString(d: I64): string {
  const v = big(d);
  if (v === 0n) return '0s';
  const neg = v < 0n;
  const u = neg ? -v : v;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u < 1000n) out = `${u}ns`;
    else if (u < 1_000_000n) out = fracText(u, 3) + '\xc2\xb5s';
    else out = fracText(u, 6) + 'ms';
  } else {
    const secs = u / 1_000_000_000n;
    const fracNs = u % 1_000_000_000n;
    const s = secs % 60n;
    const mins = secs / 60n;
    out = fracText(s * 1_000_000_000n + fracNs, 9) + 's';
    if (mins > 0n) {
      out = `${mins % 60n}m` + out;
      const hours = mins / 60n;
      if (hours > 0n) out = `${hours}h` + out;
    }
  }
  return neg ? '-' + out : out;
}

const MIN64 = -(1n << 63n);
const MAX64 = (1n << 63n) - 1n;

/** Duration.Round: halfway values round away from zero, saturating at the int64 limits. */
function durationRound(d: I64, m: I64): I64 {
  const v = big(d);
  const mm = big(m);
  if (mm <= 0n) return d;
  let r = v % mm;
  if (v < 0n) {
    r = -r;
    if (r + r < mm) return canon(v + r);
    const x = v - mm + r;
    return x >= MIN64 ? canon(x) : canon(MIN64);
  }
  if (r + r < mm) return canon(v - r);
  const x = v + mm - r;
  return x <= MAX64 ? canon(x) : canon(MAX64);
}

const unitNs: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  '\xc2\xb5s': 1000n,
  '\xce\xbcs': 1000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Go's quoting of a duration string in ParseDuration's errors. */
function quoteDuration(s: string): string {
  return '"' + s.replace(/["\\]/g, (c) => '\\' + c) + '"';
}

/** ParseDuration: [value, ""] or [0, error text]. */
function parseDuration(orig: string): [I64, string] {
  const invalid = (): [I64, string] => [0, 'time: invalid duration ' + quoteDuration(orig)];
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return [0, ''];
  if (s === '') return invalid();
  let totalBig = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const intPart = m[1]!;
    const fracPart = m[2];
    if (intPart === '' && (fracPart === undefined || fracPart === '')) return invalid();
    s = s.slice(m[0].length);
    let i = 0;
    while (i < s.length && s[i] !== '.' && (s[i]! < '0' || s[i]! > '9')) i++;
    const unit = s.slice(0, i);
    s = s.slice(i);
    if (unit === '') return [0, 'time: missing unit in duration ' + quoteDuration(orig)];
    const scale = unitNs[unit];
    if (scale === undefined) return [0, 'time: unknown unit ' + quoteDuration(unit) + ' in duration ' + quoteDuration(orig)];
    let v = BigInt(intPart === '' ? '0' : intPart) * scale;
    if (fracPart !== undefined && fracPart !== '') {
      v += (BigInt(fracPart) * scale) / 10n ** BigInt(fracPart.length);
    }
    totalBig += v;
    if (totalBig > (1n << 63n) - (neg ? 0n : 1n)) return invalid();
  }
  return [canon(neg ? -totalBig : totalBig), ''];
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// --- calendar -----------------------------------------------------------------------------------

/** Days since 1970-01-01 of a proleptic Gregorian date (month may be out of range: normalised). */
function daysFromCivil(y: number, m: number, d: number): number {
  y += fdiv(m - 1, 12);
  m = fmod(m - 1, 12) + 1;
  y -= m <= 2 ? 1 : 0;
  const era = fdiv(y, 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = fdiv(153 * mp + 2, 5) + d - 1;
  const doe = yoe * 365 + fdiv(yoe, 4) - fdiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day, yearDay] of days since 1970-01-01. */
function civilFromDays(z: number): [number, number, number, number] {
  z += 719468;
  const era = fdiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = fdiv(doe - fdiv(doe, 1460) + fdiv(doe, 36524) - fdiv(doe, 146096), 365);
  let y = yoe + era * 400;
  const doy = doe - (365 * yoe + fdiv(yoe, 4) - fdiv(yoe, 100));
  const mp = fdiv(5 * doy + 2, 153);
  const d = doy - fdiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) y++;
  const yday = z - 719468 - daysFromCivil(y, 1, 1) + 1;
  return [y, m, d, yday];
}

/** Seconds from January 1 of year 1 (where Time.sec counts from) to the Unix epoch; a whole
 *  number of days, so the time of day is the same either way. */
const UNIX_TO_INTERNAL = 62135596800;

function civil(sec: I64): [number, number, number, number] {
  return civilFromDays(fdiv(num(sec) - UNIX_TO_INTERNAL, 86400));
}

function secOfDay(sec: I64): number {
  return fmod(num(sec), 86400);
}

function weekday(sec: I64): number {
  // January 1 of year 1 was a Monday.
  return fmod(fdiv(num(sec), 86400) + 1, 7);
}

// --- Time ---------------------------------------------------------------------------------------

/** The Go struct time.Time as compiled code lays it out. */
interface TimeObj {
  sec: I64;
  nsec: I64;
  mono: I64;
  local: boolean;
}

/** The clock's reading: [seconds since year 1, nanoseconds, monotonic reading]. */
function nowParts(): [I64, I64, I64] {
  const elapsed = sched.clock.now;
  return [UNIX_TO_INTERNAL + START_UNIX_SECONDS + Math.floor(elapsed / NS), elapsed % NS, monoAt(elapsed)];
}

/** The monotonic reading at a clock time: the time since the start, plus 1 as on the Playground
 *  (exact as a bigint once past 2^53 ns). */
function monoAt(elapsed: number): I64 {
  return Number.isSafeInteger(elapsed + 1) ? elapsed + 1 : wrap64(BigInt(elapsed) + 1n);
}

function normUnix(sec: I64, nsec: I64): [I64, I64] {
  let s = big(sec);
  let n = big(nsec);
  if (n < 0n || n >= 1_000_000_000n) {
    const q = n / 1_000_000_000n;
    s += q;
    n -= q * 1_000_000_000n;
    if (n < 0n) {
      n += 1_000_000_000n;
      s--;
    }
  }
  return [canon(s), canon(n)];
}

/** time.Date's arithmetic: [seconds since year 1, nanoseconds], out-of-range fields normalised. */
function dateToSec(year: I64, month: I64, day: I64, hour: I64, min: I64, sec: I64, nsec: I64): [I64, I64] {
  const [ns, nn] = normUnix(0, nsec);
  const total = big(hour) * 3600n + big(min) * 60n + big(sec) + big(ns);
  const days = BigInt(daysFromCivil(num(year), num(month), 1)) + big(day) - 1n;
  return [canon(days * 86400n + total + BigInt(UNIX_TO_INTERNAL)), nn];
}

function addDuration(sec: I64, nsec: I64, d: I64): [I64, I64] {
  return normUnix(canon(big(sec) + big(d) / 1_000_000_000n), canon(big(nsec) + (big(d) % 1_000_000_000n)));
}

function timeSub(t: TimeObj, u: TimeObj): I64 {
  let v: bigint;
  if (big(t.mono) !== 0n && big(u.mono) !== 0n) v = big(t.mono) - big(u.mono);
  else v = (big(t.sec) - big(u.sec)) * 1_000_000_000n + (big(t.nsec) - big(u.nsec));
  if (v > MAX64) v = MAX64;
  if (v < MIN64) v = MIN64;
  return canon(v);
}

/** Truncate and Round measure from the zero Time, which is where Time.sec counts from. */
function roundTime(sec: I64, nsec: I64, d: I64, up: boolean): [I64, I64] {
  const abs = big(sec) * 1_000_000_000n + big(nsec);
  const dd = big(d);
  const r = ((abs % dd) + dd) % dd;
  let v = abs - r;
  if (up && r + r >= dd) v += dd;
  return [canon(v / 1_000_000_000n), canon(v % 1_000_000_000n)];
}

const pad = (v: number, w: number): string => {
  const s = String(Math.abs(v)).padStart(w, '0');
  return v < 0 ? '-' + s : s;
};

type Chunk =
  | { kind: 'lit'; text: string }
  | { kind: 'std'; std: string }
  | { kind: 'frac'; sep: string; digit: '0' | '9'; n: number };

/** Splits a layout into literal text and the reference time's elements (cf. time.nextStdChunk). */
function layoutChunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let lit = '';
  const std = (s: string): void => {
    if (lit !== '') out.push({ kind: 'lit', text: lit });
    lit = '';
    out.push({ kind: 'std', std: s });
  };
  const at = (i: number, s: string): boolean => layout.startsWith(s, i);
  const isDigit = (i: number): boolean => i < layout.length && layout[i]! >= '0' && layout[i]! <= '9';
  let i = 0;
  while (i < layout.length) {
    const c = layout[i]!;
    let matched = '';
    switch (c) {
      case 'J':
        if (at(i, 'January')) matched = 'January';
        else if (at(i, 'Jan')) matched = 'Jan';
        break;
      case 'M':
        if (at(i, 'Monday')) matched = 'Monday';
        else if (at(i, 'Mon')) matched = 'Mon';
        else if (at(i, 'MST')) matched = 'MST';
        break;
      case '0':
        if (at(i, '002')) matched = '002';
        else if (i + 1 < layout.length && layout[i + 1]! >= '1' && layout[i + 1]! <= '6') matched = layout.slice(i, i + 2);
        break;
      case '1':
        matched = at(i, '15') ? '15' : '1';
        break;
      case '2':
        matched = at(i, '2006') ? '2006' : '2';
        break;
      case '_':
        if (at(i, '_2006')) {
          lit += '_';
          i++;
          matched = '2006';
        } else if (at(i, '__2')) matched = '__2';
        else if (at(i, '_2')) matched = '_2';
        break;
      case '3':
      case '4':
      case '5':
        matched = c;
        break;
      case 'P':
        if (at(i, 'PM')) matched = 'PM';
        break;
      case 'p':
        if (at(i, 'pm')) matched = 'pm';
        break;
      case '-':
        for (const z of ['-07:00:00', '-070000', '-07:00', '-0700', '-07']) if (!matched && at(i, z)) matched = z;
        break;
      case 'Z':
        for (const z of ['Z07:00:00', 'Z070000', 'Z07:00', 'Z0700', 'Z07']) if (!matched && at(i, z)) matched = z;
        break;
      case '.':
      case ',':
        if (i + 1 < layout.length && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
          const d = layout[i + 1] as '0' | '9';
          let j = i + 1;
          while (j < layout.length && layout[j] === d) j++;
          if (!isDigit(j)) {
            if (lit !== '') out.push({ kind: 'lit', text: lit });
            lit = '';
            out.push({ kind: 'frac', sep: c, digit: d, n: j - (i + 1) });
            i = j;
            continue;
          }
        }
        break;
    }
    if (matched !== '') {
      std(matched);
      i += matched.length;
    } else {
      lit += c;
      i++;
    }
  }
  if (lit !== '') out.push({ kind: 'lit', text: lit });
  return out;
}

function formatTime(t: TimeObj, layout: string): string {
  const [year, month, day, yday] = civil(t.sec);
  const sod = secOfDay(t.sec);
  const hour = Math.floor(sod / 3600);
  const min = Math.floor((sod % 3600) / 60);
  const sec = sod % 60;
  const nsec = num(t.nsec);
  const wd = weekday(t.sec);
  let out = '';
  for (const c of layoutChunks(layout)) {
    if (c.kind === 'lit') {
      out += c.text;
      continue;
    }
    if (c.kind === 'frac') {
      const digits = String(nsec).padStart(9, '0').slice(0, c.n);
      if (c.digit === '0') out += c.sep + digits;
      else {
        const trimmed = String(nsec).padStart(9, '0').slice(0, c.n).replace(/0+$/, '');
        if (trimmed !== '') out += c.sep + trimmed;
      }
      continue;
    }
    switch (c.std) {
      case 'January':
        out += monthNames[month - 1]!;
        break;
      case 'Jan':
        out += monthNames[month - 1]!.slice(0, 3);
        break;
      case 'Monday':
        out += dayNames[wd]!;
        break;
      case 'Mon':
        out += dayNames[wd]!.slice(0, 3);
        break;
      case 'MST':
        out += 'UTC';
        break;
      case '01':
        out += pad(month, 2);
        break;
      case '1':
        out += String(month);
        break;
      case '02':
        out += pad(day, 2);
        break;
      case '2':
        out += String(day);
        break;
      case '_2':
        out += String(day).padStart(2, ' ');
        break;
      case '002':
        out += pad(yday, 3);
        break;
      case '__2':
        out += String(yday).padStart(3, ' ');
        break;
      case '03':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, 2);
        break;
      case '3':
        out += String(hour % 12 === 0 ? 12 : hour % 12);
        break;
      case '04':
        out += pad(min, 2);
        break;
      case '4':
        out += String(min);
        break;
      case '05':
        out += pad(sec, 2);
        break;
      case '5':
        out += String(sec);
        break;
      case '06':
        out += pad(fmod(year, 100), 2);
        break;
      case '2006':
        out += pad(year, 4);
        break;
      case '15':
        out += pad(hour, 2);
        break;
      case 'PM':
        out += hour >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += hour >= 12 ? 'pm' : 'am';
        break;
      case '-07:00:00':
        out += '+00:00:00';
        break;
      case '-070000':
        out += '+000000';
        break;
      case '-07:00':
        out += '+00:00';
        break;
      case '-0700':
        out += '+0000';
        break;
      case '-07':
        out += '+00';
        break;
      default:
        // Z07:00 and friends: offset zero prints as Z.
        out += 'Z';
        break;
    }
  }
  return out;
}

/** Time.Format. */
function formatMethod(t: TimeObj, layout: string): string {
  return formatTime(t, layout);
}

function timeString(t: TimeObj): string {
  let s = formatTime(t, '2006-01-02 15:04:05.999999999 -0700 MST');
  const m = big(t.mono);
  if (m !== 0n) {
    const neg = m < 0n;
    const a = neg ? -m : m;
    s += ` m=${neg ? '-' : '+'}${a / 1_000_000_000n}.${(a % 1_000_000_000n).toString().padStart(9, '0')}`;
  }
  return s;
}

function timeGoString(t: TimeObj): string {
  const [year, month, day] = civil(t.sec);
  const sod = secOfDay(t.sec);
  return (
    `time.Date(${year}, time.${monthNames[month - 1]}, ${day}, ${Math.floor(sod / 3600)}, ${Math.floor((sod % 3600) / 60)}, ${sod % 60}, ${num(t.nsec)}, ` +
    (t.local ? 'time.Local)' : 'time.UTC)')
  );
}

// --- parsing ------------------------------------------------------------------------------------

const isDigitAt = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** One or two digits (exactly two when `fixed`): [value, rest] or null. */
function getnum(s: string, fixed: boolean): [number, string] | null {
  if (!isDigitAt(s, 0)) return null;
  if (!isDigitAt(s, 1)) return fixed ? null : [s.charCodeAt(0) - 48, s.slice(1)];
  return [(s.charCodeAt(0) - 48) * 10 + s.charCodeAt(1) - 48, s.slice(2)];
}

/** A name from the list at the start of s, case-insensitively: [index, rest] or null. */
function lookupName(names: readonly string[], s: string): [number, string] | null {
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (s.length >= n.length && s.slice(0, n.length).toLowerCase() === n.toLowerCase()) return [i, s.slice(n.length)];
  }
  return null;
}

/** Consumes a layout literal from value; a space matches any run of spaces. Null on mismatch. */
function skipLiteral(value: string, lit: string): string | null {
  while (lit.length > 0) {
    if (lit[0] === ' ') {
      if (value.length > 0 && value[0] !== ' ') return null;
      lit = lit.replace(/^ +/, '');
      value = value.replace(/^ +/, '');
      continue;
    }
    if (value.length === 0 || value[0] !== lit[0]) return null;
    lit = lit.slice(1);
    value = value.slice(1);
  }
  return value;
}

const daysIn = (month: number, year: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

type ParseResult = [I64, I64, boolean, string, string, string, boolean];

/** time.Parse's reading of value by layout (cf. time.parse): the time as [sec since year 1, nsec,
 *  whether the value named a zone], or the ParseError's fields. */
function parseTime(layout: string, value: string): ParseResult {
  const fail = (le: string, ve: string, msg = ''): ParseResult => [0, 0, false, le, ve, msg, false];
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let pm = false;
  let am = false;
  let zoned = false;
  let offset = 0;
  let rangeErr = '';
  const chunks = layoutChunks(layout);
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci]!;
    if (c.kind === 'lit') {
      const rest = skipLiteral(value, c.text);
      if (rest === null) return fail(c.text, value);
      value = rest;
      continue;
    }
    const hold = value;
    const elem = c.kind === 'frac' ? c.sep + c.digit.repeat(c.n) : c.std;
    if (c.kind === 'frac') {
      if (c.digit === '0') {
        if (value.length < c.n + 1 || value[0] !== c.sep) return fail(elem, hold);
        const digits = value.slice(1, c.n + 1);
        if (!/^\d+$/.test(digits)) return fail(elem, hold);
        nsec = Number(digits.padEnd(9, '0').slice(0, 9));
        value = value.slice(c.n + 1);
      } else if (value.length >= 2 && value[0] === c.sep && isDigitAt(value, 1)) {
        let i = 1;
        while (isDigitAt(value, i)) i++;
        nsec = Number(value.slice(1, i).padEnd(9, '0').slice(0, 9));
        value = value.slice(i);
      }
      continue;
    }
    let got: [number, string] | null = null;
    switch (c.std) {
      case '2006':
        if (value.length < 4 || !/^\d{4}/.test(value)) return fail(elem, hold);
        year = Number(value.slice(0, 4));
        value = value.slice(4);
        continue;
      case '06':
        got = getnum(value, true);
        if (got === null) return fail(elem, hold);
        year = got[0] >= 69 ? got[0] + 1900 : got[0] + 2000;
        break;
      case 'January':
        got = lookupName(monthNames, value);
        if (got === null) return fail(elem, hold);
        month = got[0] + 1;
        break;
      case 'Jan':
        got = lookupName(monthNames.map((m) => m.slice(0, 3)), value);
        if (got === null) return fail(elem, hold);
        month = got[0] + 1;
        break;
      case 'Monday':
        got = lookupName(dayNames, value);
        break;
      case 'Mon':
        got = lookupName(dayNames.map((d) => d.slice(0, 3)), value);
        break;
      case '01':
      case '1':
        got = getnum(value, c.std === '01');
        if (got !== null) {
          month = got[0];
          if (month <= 0 || month > 12) rangeErr = 'month';
        }
        break;
      case '02':
      case '2':
      case '_2':
        if (c.std === '_2' && value[0] === ' ') value = value.slice(1);
        got = getnum(value, c.std === '02');
        if (got !== null) day = got[0];
        break;
      case '002':
      case '__2': {
        const m = /^ {0,2}(\d{1,3})/.exec(value);
        if (m === null || (c.std === '002' && !/^\d{3}/.test(value))) return fail(elem, hold);
        yday = Number(m[1]);
        got = [yday, value.slice(m[0].length)];
        if (yday < 1 || yday > 366) rangeErr = 'day-of-year';
        break;
      }
      case '15':
        got = getnum(value, false);
        if (got !== null) {
          hour = got[0];
          if (hour > 23) rangeErr = 'hour';
        }
        break;
      case '03':
      case '3':
        got = getnum(value, c.std === '03');
        if (got !== null) {
          hour = got[0];
          if (hour > 12) rangeErr = 'hour';
        }
        break;
      case '04':
      case '4':
        got = getnum(value, c.std === '04');
        if (got !== null) {
          min = got[0];
          if (min > 59) rangeErr = 'minute';
        }
        break;
      case '05':
      case '5': {
        got = getnum(value, c.std === '05');
        if (got === null) break;
        sec = got[0];
        if (sec > 59) rangeErr = 'second';
        // Fractional seconds follow the seconds even when the layout does not show them.
        const next = chunks[ci + 1];
        let rest = got[1];
        if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigitAt(rest, 1) && !(next !== undefined && next.kind === 'frac')) {
          let i = 1;
          while (isDigitAt(rest, i)) i++;
          nsec = Number(rest.slice(1, i).padEnd(9, '0').slice(0, 9));
          rest = rest.slice(i);
        }
        got = [sec, rest];
        break;
      }
      case 'PM':
      case 'pm': {
        const p = value.slice(0, 2);
        const up = p.toUpperCase();
        if (p.length < 2 || (c.std === 'PM' ? p !== up : p !== p.toLowerCase()) || (up !== 'AM' && up !== 'PM')) return fail(elem, hold);
        pm = up === 'PM';
        am = up === 'AM';
        got = [0, value.slice(2)];
        break;
      }
      case 'MST': {
        const m = /^[A-Z]{3,5}/.exec(value);
        if (m === null) return fail(elem, hold);
        zoned = true;
        got = [0, value.slice(m[0].length)];
        break;
      }
      default: {
        // Zone offsets: Z07:00 and friends accept Z for UTC.
        if (c.std[0] === 'Z' && value[0] === 'Z') {
          zoned = true;
          got = [0, value.slice(1)];
          break;
        }
        const colon = c.std.includes(':');
        const withSec = c.std.endsWith('00:00') || c.std.endsWith('0000');
        const hoursOnly = c.std.endsWith('07');
        const re = hoursOnly ? /^([+-])(\d\d)/ : colon ? (withSec ? /^([+-])(\d\d):(\d\d):(\d\d)/ : /^([+-])(\d\d):(\d\d)/) : withSec ? /^([+-])(\d\d)(\d\d)(\d\d)/ : /^([+-])(\d\d)(\d\d)/;
        const m = re.exec(value);
        if (m === null) return fail(elem, hold);
        offset = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * (m[1] === '-' ? -1 : 1);
        zoned = true;
        got = [0, value.slice(m[0].length)];
      }
    }
    if (got === null) return fail(elem, hold);
    value = got[1];
    if (rangeErr !== '') return fail(elem, hold, `: ${rangeErr} out of range`);
  }
  if (pm && hour < 12) hour += 12;
  else if (am && hour === 12) hour = 0;
  if (value.length > 0) return fail('', '', ': extra text: ' + quoteDuration(value));
  if (yday >= 0) {
    let m = 1;
    let d = yday;
    while (m < 12 && d > daysIn(m, year)) d -= daysIn(m++, year);
    if (d > daysIn(m, year)) return fail('', '', ': day-of-year out of range');
    if (month < 0) month = m;
    if (day < 0) day = d;
  }
  if (month < 0) month = 1;
  if (day < 0) day = 1;
  if (day < 1 || day > daysIn(month, year)) return fail('', '', ': day out of range');
  const [s, n] = dateToSec(year, month, day, hour, min, sec, nsec);
  return [canon(big(s) - BigInt(offset)), n, zoned, '', '', '', true];
}

// --- sleeping and timers ------------------------------------------------------------------------

/** Nanoseconds from now until a duration's end; a due time past Go's largest is that largest. */
function delay(d: I64): number {
  const v = num(d);
  return v <= 0 ? 0 : Math.min(v, MAX_WHEN - sched.clock.now);
}

function* sleep(d: I64): Generator<unknown, void, unknown> {
  if (num(d) <= 0) return;
  const s = sched;
  const g = s.park('sleep');
  s.clock.modify(new ClockTimer(() => s.ready(g)), s.clock.now + delay(d), 0);
  probed(yield);
}

/** The state behind a *Timer or *Ticker (keyed by the Go struct, which is its own identity). */
interface RunTimer {
  clock: ClockTimer;
  ch: Channel | null;
  fn: (() => unknown) | null;
}

const runTimers = new WeakMap<object, RunTimer>();

/** A Time value for a timer channel: the instant the timer was due, with its monotonic reading. */
function timeAt(ch: Channel, when: number): TimeObj {
  const t = ch.elem.zero() as TimeObj;
  t.sec = UNIX_TO_INTERNAL + START_UNIX_SECONDS + Math.floor(when / NS);
  t.nsec = when % NS;
  t.mono = monoAt(when);
  t.local = true;
  return t;
}

function fire(rt: RunTimer, delay: number): void {
  const s = sched;
  if (rt.fn !== null) {
    s.spawn(rt.fn, [], { entry: 'time.goFunc', creator: 'time.goFunc', file: '/usr/lib/go-1.23/src/time/sleep.go', line: 215 });
  } else if (rt.ch !== null) {
    // A tick nobody has taken yet stays; the new one is dropped (tickers drop ticks for slow receivers).
    if (rt.ch.count === 0) trySend(rt.ch, timeAt(rt.ch, s.clock.now - delay));
  }
}

function startTimer(owner: object, ch: Channel | null, d: I64, period: I64, fn: (() => unknown) | null): void {
  const rt: RunTimer = { clock: new ClockTimer((_, late) => fire(rt, late), ch !== null), ch, fn };
  if (ch !== null) ch.timer = rt.clock;
  runTimers.set(owner, rt);
  sched.clock.modify(rt.clock, sched.clock.now + delay(d), delay(period));
}

/** Stop: whether the timer was pending; a value waiting in the channel is dropped and counts as
 *  pending (Go 1.23's synchronous timer channels). */
function stopTimer(owner: object): boolean {
  const rt = runTimers.get(owner);
  if (rt === undefined) return false;
  return drained(rt, sched.clock.stop(rt.clock));
}

function resetTimer(owner: object, d: I64, period: I64): boolean {
  const rt = runTimers.get(owner);
  if (rt === undefined) return false;
  return drained(rt, sched.clock.modify(rt.clock, sched.clock.now + delay(d), delay(period)));
}

/** After Stop or Reset: a value the channel holds was never received, so it is taken back. */
function drained(rt: RunTimer, pending: boolean): boolean {
  if (rt.ch !== null && rt.ch.count > 0) {
    rt.ch.drain();
    return true;
  }
  return pending;
}

export const timePackage: StdPackage = {
  path: 'time',
  source,
  impl: {
    'Duration.String': durationString,
    'Duration.Round': durationRound,
    parseDuration,
    'Month.String': (m: number): string =>
      m >= 1 && m <= 12 ? monthNames[m - 1]! : `%!Month(${m})`,
    'Weekday.String': (d: number): string => (d >= 0 && d <= 6 ? dayNames[d]! : `%!Weekday(${d})`),
    now: nowParts,
    normUnix,
    dateToSec,
    quoteText: quoteDuration,
    parseTime,
    addDuration,
    'Time.Sub': timeSub,
    civil,
    weekday,
    secOfDay,
    roundTime,
    'Time.Format': formatMethod,
    'Time.String': timeString,
    'Time.GoString': timeGoString,
    Sleep: sleep,
    startTimer,
    stopTimer,
    resetTimer,
    startTicker: (owner: object, ch: Channel, d: I64): void => startTimer(owner, ch, d, d, null),
    stopTicker: stopTimer,
    resetTicker: (owner: object, d: I64): void => {
      resetTimer(owner, d, d);
    },
  },
};
