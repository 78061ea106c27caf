// Package sync on golesson's scheduler: Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool,
// OnceFunc/OnceValue. Mutex, RWMutex and WaitGroup keep Go 1.23's state words (so they print as in
// Go) and follow its algorithms over runtime semaphores, so locks change hands in Go's order on one
// P. A goroutine that must wait parks with Go's wait reason (`sync.Mutex.Lock`, `semacquire`, ...)
// in the semaphore's queue, kept beside the Go struct.
import { blocking, NOT_BLOCKED, type StdPackage } from './package.js';
import { probed, sched } from '../runtime/scheduler.js';
import type { Goroutine, WaitReason } from '../runtime/goroutine.js';
import { GoFatal, GoPanic } from '../runtime/panic.js';
import { Iface } from '../runtime/iface.js';
import { types } from '../runtime/typedesc.js';
import { addU64, mul64, type I64 } from '../runtime/int64.js';

const source = `package sync

import "sync/atomic"

type Locker interface {
	Lock()
	Unlock()
}

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

func (rw *RWMutex) RLock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup.state: the counter in the high 32 bits, the number of waiters in the low ones.
type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64
	sema   uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	done atomic.Uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done.Load() == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
		f()
	}
}

func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

type Cond struct {
	noCopy noCopy
	L      Locker
	n      int
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	t := condAdd(c)
	c.L.Unlock()
	condWait(c, t)
	c.L.Lock()
}

func (c *Cond) Signal()
func (c *Cond) Broadcast()

func condAdd(c *Cond) int
func condWait(c *Cond, ticket int)

type Map struct {
	m map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) {
	delete(m.m, key)
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

func (m *Map) Clear() {
	clear(m.m)
}

// Pool keeps Go's layout: local and victim point to the per-P caches (one P here), each a private
// slot and a shared stack. Get takes the private item, then the newest shared one, then the oldest
// shared one, then the victim cache (what runtime.GC moved aside); Put fills the private slot first.
type Pool struct {
	noCopy     noCopy
	local      *poolLocal
	localSize  uintptr
	victim     *poolLocal
	victimSize uintptr
	New        func() any
}

type poolLocal struct {
	private any
	shared  []any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	poolPut(p, x)
}

func (p *Pool) Get() any {
	x := poolGet(p)
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

func poolPut(p *Pool, x any)
func poolGet(p *Pool) any
`;

/** The Go structs as compiled code lays them out (fields named as in the declarations above;
 *  an atomic.Int32 or Uint64 field is a struct whose value is `v`). */
interface MutexObj {
  state: number;
  sema: number;
}
interface RWMutexObj {
  w: MutexObj;
  writerSem: number;
  readerSem: number;
  readerCount: { v: number };
  readerWait: { v: number };
}
interface WaitGroupObj {
  state: { v: I64 };
  sema: number;
}

/** A goroutine parked on a semaphore (Go's sudog); `handedOff` when Unlock in starvation mode
 *  gave it the semaphore directly. */
interface SemaWaiter {
  readonly g: Goroutine;
  handedOff: boolean;
}

/** Waiters by semaphore (the struct holding the semaphore word, then its field): Go queues them
 *  per address, first come first served, except that a woken Mutex waiter who lost the lock again
 *  goes back to the front. */
const semaQueues = new WeakMap<object, Map<string, SemaWaiter[]>>();

function semaQueue(o: object, field: string): SemaWaiter[] {
  let m = semaQueues.get(o);
  if (m === undefined) {
    m = new Map();
    semaQueues.set(o, m);
  }
  let q = m.get(field);
  if (q === undefined) {
    q = [];
    m.set(field, q);
  }
  return q;
}

type Sema<F extends string> = Record<F, number>;

function* semacquire<F extends string>(o: Sema<F>, field: F, lifo: boolean, reason: WaitReason): Generator<unknown, void, unknown> {
  const w: SemaWaiter = { g: sched.current!, handedOff: false };
  for (;;) {
    if (o[field] > 0) {
      o[field]--;
      return;
    }
    const q = semaQueue(o, field);
    if (lifo) q.unshift(w);
    else q.push(w);
    sched.park(reason);
    probed(yield);
    if (w.handedOff) return;
  }
}

/** Releases the semaphore and wakes its first waiter, which runs next. With handoff the waiter
 *  gets the semaphore itself and the releasing goroutine yields to it at once. */
function* semrelease<F extends string>(o: Sema<F>, field: F, handoff: boolean): Generator<unknown, void, unknown> {
  o[field] = ((o[field] + 1) >>> 0) as Sema<F>[F];
  const w = semaQueues.get(o)?.get(field)?.shift();
  if (w === undefined) return;
  if (handoff && o[field] > 0) {
    o[field]--;
    w.handedOff = true;
  }
  const s = sched;
  s.ready(w.g);
  if (w.handedOff) {
    s.enqueue(s.current!);
    yield;
  }
}

// Mutex.state: the lock bit, a waiter woken to compete for the lock, starvation mode, then the
// number of waiters. A running goroutine may take an unlocked Mutex ahead of a woken waiter; a
// waiter that waited more than 1ms (of virtual time) switches the Mutex to starvation mode, in
// which Unlock hands it to the first waiter. Nothing else runs between reading and writing the
// state here, so each compare-and-swap of Go's algorithm is a plain write (and, as on one P, no
// goroutine spins).
const LOCKED = 1;
const WOKEN = 2;
const STARVING = 4;
const WAITER_SHIFT = 3;
const STARVATION_NS = 1e6;

// Lock and Unlock return a finished iterator on their usual path (no generator to make).
const mutexLock = blocking((m: MutexObj): Generator<unknown, void, unknown> => {
  if (m.state === 0) {
    m.state = LOCKED;
    return NOT_BLOCKED;
  }
  return lockSlow(m);
});

function* lockSlow(m: MutexObj): Generator<unknown, void, unknown> {
  let waitStart = -1;
  let starving = false;
  let woken = false;
  let old = m.state;
  for (;;) {
    let next = old;
    if ((old & STARVING) === 0) next |= LOCKED;
    if ((old & (LOCKED | STARVING)) !== 0) next = (next + (1 << WAITER_SHIFT)) | 0;
    if (starving && (old & LOCKED) !== 0) next |= STARVING;
    if (woken) {
      if ((next & WOKEN) === 0) throw new GoFatal('sync: inconsistent mutex state');
      next &= ~WOKEN;
    }
    m.state = next;
    if ((old & (LOCKED | STARVING)) === 0) return;
    // A waiter that was woken and lost the race queues again at the front.
    const requeue = waitStart >= 0;
    if (!requeue) waitStart = sched.clock.now;
    yield* semacquire(m, 'sema', requeue, 'sync.Mutex.Lock');
    starving ||= sched.clock.now - waitStart > STARVATION_NS;
    old = m.state;
    if ((old & STARVING) !== 0) {
      // Handed over: the lock is ours and we are no longer a waiter; the last waiter, or one that
      // did not wait long, ends starvation mode.
      if ((old & (LOCKED | WOKEN)) !== 0 || old >> WAITER_SHIFT === 0) throw new GoFatal('sync: inconsistent mutex state');
      let delta = LOCKED - (1 << WAITER_SHIFT);
      if (!starving || old >> WAITER_SHIFT === 1) delta -= STARVING;
      m.state = (m.state + delta) | 0;
      return;
    }
    woken = true;
  }
}

function mutexTryLock(m: MutexObj): boolean {
  if ((m.state & (LOCKED | STARVING)) !== 0) return false;
  m.state |= LOCKED;
  return true;
}

const mutexUnlock = blocking((m: MutexObj): Generator<unknown, void, unknown> => {
  const state = (m.state - LOCKED) | 0;
  m.state = state;
  if (state === 0) return NOT_BLOCKED;
  return unlockSlow(m, state);
});

function* unlockSlow(m: MutexObj, state: number): Generator<unknown, void, unknown> {
  if (((state + LOCKED) & LOCKED) === 0) throw new GoFatal('sync: unlock of unlocked mutex');
  if ((state & STARVING) !== 0) {
    yield* semrelease(m, 'sema', true);
    return;
  }
  // Wake a waiter, unless there is none, one is awake already, or the lock was taken again.
  if (state >> WAITER_SHIFT === 0 || (state & (LOCKED | WOKEN | STARVING)) !== 0) return;
  m.state = ((state - (1 << WAITER_SHIFT)) | WOKEN) | 0;
  yield* semrelease(m, 'sema', false);
}

// RWMutex: readerCount counts readers, made negative by MAX_READERS while a writer holds or
// waits for the lock (new readers then queue); readerWait counts the readers a waiting writer
// still waits for. Writers first take the inner Mutex.
const MAX_READERS = 1 << 30;

const rlock = blocking((rw: RWMutexObj): Generator<unknown, void, unknown> =>
  ++rw.readerCount.v < 0 ? semacquire(rw, 'readerSem', false, 'sync.RWMutex.RLock') : NOT_BLOCKED,
);

function tryRLock(rw: RWMutexObj): boolean {
  if (rw.readerCount.v < 0) return false;
  rw.readerCount.v++;
  return true;
}

const runlock = blocking((rw: RWMutexObj): Generator<unknown, void, unknown> => {
  const r = --rw.readerCount.v;
  if (r >= 0) return NOT_BLOCKED;
  if (r + 1 === 0 || r + 1 === -MAX_READERS) throw new GoFatal('sync: RUnlock of unlocked RWMutex');
  return --rw.readerWait.v === 0 ? semrelease(rw, 'writerSem', false) : NOT_BLOCKED;
});

function* rwLock(rw: RWMutexObj): Generator<unknown, void, unknown> {
  yield* mutexLock(rw.w);
  rw.readerCount.v -= MAX_READERS;
  const r = rw.readerCount.v + MAX_READERS;
  if (r !== 0) {
    rw.readerWait.v += r;
    if (rw.readerWait.v !== 0) yield* semacquire(rw, 'writerSem', false, 'sync.RWMutex.Lock');
  }
}

function* rwTryLock(rw: RWMutexObj): Generator<unknown, boolean, unknown> {
  if (!mutexTryLock(rw.w)) return false;
  if (rw.readerCount.v !== 0) {
    yield* mutexUnlock(rw.w);
    return false;
  }
  rw.readerCount.v = -MAX_READERS;
  return true;
}

function* rwUnlock(rw: RWMutexObj): Generator<unknown, void, unknown> {
  const r = (rw.readerCount.v += MAX_READERS);
  if (r >= MAX_READERS) throw new GoFatal('sync: Unlock of unlocked RWMutex');
  for (let i = 0; i < r; i++) yield* semrelease(rw, 'readerSem', false);
  yield* mutexUnlock(rw.w);
}

// WaitGroup.state: the counter in the high 32 bits, the number of waiters in the low 32.
const TWO32 = 2 ** 32;

function wgCounter(state: I64): number {
  return typeof state === 'number' ? Math.floor(state / TWO32) : Number(BigInt.asIntN(32, state >> 32n));
}

function wgWaiters(state: I64): number {
  return typeof state === 'number' ? state % TWO32 : Number(state & 0xffffffffn);
}

/** WaitGroup.Add; its panics are raised here rather than in a Go body so that, as in Go, the
 *  trace shows the caller's line as the innermost frame of the program's own file. */
const wgAdd = blocking((wg: WaitGroupObj, delta: I64): Generator<unknown, void, unknown> => {
  const d = Number(delta);
  const state = addU64(wg.state.v, mul64(delta, TWO32));
  wg.state.v = state;
  const v = wgCounter(state);
  const w = wgWaiters(state);
  if (v < 0) throw new GoPanic(new Iface(types.string, 'sync: negative WaitGroup counter'));
  if (w !== 0 && d > 0 && v === (d | 0)) {
    throw new GoPanic(new Iface(types.string, 'sync: WaitGroup misuse: Add called concurrently with Wait'));
  }
  if (v > 0 || w === 0) return NOT_BLOCKED;
  wg.state.v = 0;
  return wakeWaiters(wg, w);
});

function* wakeWaiters(wg: WaitGroupObj, n: number): Generator<unknown, void, unknown> {
  for (; n !== 0; n--) yield* semrelease(wg, 'sema', false);
}

function* wgWait(wg: WaitGroupObj): Generator<unknown, void, unknown> {
  const state = wg.state.v;
  if (wgCounter(state) === 0) return;
  wg.state.v = addU64(state, 1);
  yield* semacquire(wg, 'sema', false, 'semacquire');
  // Woken by the Add that brought the counter to zero: an Add since then reused it too early.
  if (wg.state.v !== 0) throw new GoPanic(new Iface(types.string, 'sync: WaitGroup is reused before previous Wait has returned'));
}

// Cond: a ticket is taken before the lock is released, so a Signal between Unlock and the park
// still counts (Go's notifyList). Signal wakes the holder of the oldest unserved ticket; Broadcast
// wakes every parked waiter in the order they parked.
interface CondState {
  /** Tickets handed out. */
  wait: number;
  /** Tickets served. */
  notify: number;
  parked: { ticket: number; g: Goroutine }[];
}
const conds = new WeakMap<object, CondState>();

function condState(c: object): CondState {
  let s = conds.get(c);
  if (s === undefined) {
    s = { wait: 0, notify: 0, parked: [] };
    conds.set(c, s);
  }
  return s;
}

function condAdd(c: object): number {
  return condState(c).wait++;
}

function* condWait(c: object, ticket: number): Generator<unknown, void, unknown> {
  const s = condState(c);
  if (ticket < s.notify) return;
  s.parked.push({ ticket, g: sched.park('sync.Cond.Wait') });
  probed(yield);
}

function condSignal(c: object): void {
  const s = condState(c);
  if (s.notify === s.wait) return;
  const ticket = s.notify++;
  const i = s.parked.findIndex((p) => p.ticket === ticket);
  if (i >= 0) sched.ready(s.parked.splice(i, 1)[0]!.g);
}

function condBroadcast(c: object): void {
  const s = condState(c);
  if (s.notify === s.wait) return;
  const parked = s.parked;
  s.parked = [];
  s.notify = s.wait;
  for (const p of parked) sched.ready(p.g);
}

// Pool: the caches are touched only here, between two scheduling points, as Go pins the P.
interface PoolLocal {
  private: Iface | null;
  /** The shared stack: its head is the array's end. */
  shared: Iface[];
}
interface PoolObj {
  local: PoolLocal | null;
  localSize: number;
  victim: PoolLocal | null;
  victimSize: number;
}

/** The pools of the run in progress that have caches (all) and those with only a victim cache
 *  left from the last runtime.GC (old). */
const poolsOfRun = new WeakMap<object, { all: PoolObj[]; old: PoolObj[] }>();

function pools(): { all: PoolObj[]; old: PoolObj[] } {
  let r = poolsOfRun.get(sched);
  if (r === undefined) {
    r = { all: [], old: [] };
    poolsOfRun.set(sched, r);
  }
  return r;
}

function poolLocal(p: PoolObj): PoolLocal {
  if (p.local === null) {
    p.local = { private: null, shared: [] };
    p.localSize = 1;
    pools().all.push(p);
  }
  return p.local;
}

function poolPut(p: PoolObj, x: Iface): void {
  const l = poolLocal(p);
  if (l.private === null) l.private = x;
  else l.shared.push(x);
}

function poolGet(p: PoolObj): Iface | null {
  const l = poolLocal(p);
  let x = l.private;
  l.private = null;
  if (x !== null) return x;
  x = l.shared.pop() ?? l.shared.shift() ?? null;
  if (x !== null || p.victimSize === 0) return x;
  const v = p.victim!;
  x = v.private;
  v.private = null;
  x ??= v.shared.shift() ?? null;
  if (x === null) p.victimSize = 0;
  return x;
}

/** What runtime.GC does to pools: each pool's caches become its victim cache, and victim caches
 *  from the previous collection are dropped. */
export function poolCleanup(): void {
  const r = pools();
  for (const p of r.old) {
    p.victim = null;
    p.victimSize = 0;
  }
  for (const p of r.all) {
    p.victim = p.local;
    p.victimSize = p.localSize;
    p.local = null;
    p.localSize = 0;
  }
  r.old = r.all;
  r.all = [];
}

export const syncPackage: StdPackage = {
  path: 'sync',
  source,
  impl: {
    'Mutex.Lock': mutexLock,
    'Mutex.TryLock': mutexTryLock,
    'Mutex.Unlock': mutexUnlock,
    'RWMutex.RLock': rlock,
    'RWMutex.TryRLock': tryRLock,
    'RWMutex.RUnlock': runlock,
    'RWMutex.Lock': rwLock,
    'RWMutex.TryLock': rwTryLock,
    'RWMutex.Unlock': rwUnlock,
    'WaitGroup.Add': wgAdd,
    'WaitGroup.Done': blocking((wg: WaitGroupObj): Generator<unknown, void, unknown> => wgAdd(wg, -1)),
    'WaitGroup.Wait': wgWait,
    poolPut,
    poolGet,
    condAdd,
    condWait,
    'Cond.Signal': condSignal,
    'Cond.Broadcast': condBroadcast,
  },
};
