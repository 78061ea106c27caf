// Package sync on golesson's scheduler: Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool,
// OnceFunc/OnceValue. Goroutines never run in parallel here, so the lock words are plain fields;
// a goroutine that must wait parks with Go's wait reason (`sync.Mutex.Lock`, `semacquire`, ...)
// in a FIFO queue kept beside the Go struct (keyed by the struct object, which is its identity).
// An unlocked Mutex handed over on Unlock goes straight to the first waiter (Go's starvation-mode
// handoff), which keeps runs deterministic.
import type { StdPackage } from './package.js';
import { probed, sched } from '../runtime/scheduler.js';
import type { Goroutine, WaitReason } from '../runtime/goroutine.js';
import { GoFatal, GoPanic } from '../runtime/panic.js';
import { Iface } from '../runtime/iface.js';
import { types } from '../runtime/typedesc.js';

const source = `package sync

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
	readerCount int32
	readerWait  int32
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

type WaitGroup struct {
	noCopy noCopy
	state  int64
	sema   uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
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

type Pool struct {
	noCopy noCopy
	items  []any
	New    func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
`;

/** The Go structs as compiled code lays them out (fields named as in the declarations above). */
interface MutexObj {
  state: number;
}
interface RWMutexObj {
  w: MutexObj;
  readerCount: number;
}
interface WaitGroupObj {
  state: number | bigint;
}

/** Goroutines queued on one sync object, first come first served. */
class WaitList {
  private gs: Goroutine[] = [];
  private head = 0;
  get length(): number {
    return this.gs.length - this.head;
  }
  push(g: Goroutine): void {
    this.gs.push(g);
  }
  shift(): Goroutine | undefined {
    if (this.head >= this.gs.length) return undefined;
    const g = this.gs[this.head]!;
    this.gs[this.head++] = undefined as unknown as Goroutine;
    if (this.head === this.gs.length) {
      this.gs.length = 0;
      this.head = 0;
    }
    return g;
  }
}

const queues = new WeakMap<object, WaitList>();
/** Separate queues for an RWMutex's readers (its writers queue on the RWMutex itself). */
const readerQueues = new WeakMap<object, WaitList>();

function queueOf(map: WeakMap<object, WaitList>, o: object): WaitList {
  let q = map.get(o);
  if (q === undefined) {
    q = new WaitList();
    map.set(o, q);
  }
  return q;
}

function* wait(map: WeakMap<object, WaitList>, o: object, reason: WaitReason): Generator<unknown, void, unknown> {
  const g = sched.park(reason);
  queueOf(map, o).push(g);
  probed(yield);
}

function* mutexLock(m: MutexObj): Generator<unknown, void, unknown> {
  if (m.state === 0) {
    m.state = 1;
    return;
  }
  // Woken only by an Unlock that hands the lock over: state stays 1 for us.
  yield* wait(queues, m, 'sync.Mutex.Lock');
}

function mutexUnlock(m: MutexObj): void {
  if (m.state === 0) throw new GoFatal('sync: unlock of unlocked mutex');
  const next = queues.get(m)?.shift();
  if (next !== undefined) sched.ready(next);
  else m.state = 0;
}

// RWMutex: readerCount counts active readers; w.state is 1 while a writer holds or awaits it.
// A waiting writer blocks new readers (Go's writer preference), and readers queued behind a
// writer all enter when it unlocks.

function* rlock(rw: RWMutexObj): Generator<unknown, void, unknown> {
  if (rw.w.state === 0 && (queues.get(rw)?.length ?? 0) === 0) {
    rw.readerCount++;
    return;
  }
  yield* wait(readerQueues, rw, 'sync.RWMutex.RLock');
}

function tryRLock(rw: RWMutexObj): boolean {
  if (rw.w.state !== 0 || (queues.get(rw)?.length ?? 0) !== 0) return false;
  rw.readerCount++;
  return true;
}

function runlock(rw: RWMutexObj): void {
  if (rw.readerCount <= 0) throw new GoFatal('sync: RUnlock of unlocked RWMutex');
  rw.readerCount--;
  if (rw.readerCount === 0) {
    const writer = queues.get(rw)?.shift();
    if (writer !== undefined) {
      rw.w.state = 1;
      sched.ready(writer);
    }
  }
}

function* rwLock(rw: RWMutexObj): Generator<unknown, void, unknown> {
  if (rw.w.state === 0 && rw.readerCount === 0) {
    rw.w.state = 1;
    return;
  }
  yield* wait(queues, rw, 'sync.RWMutex.Lock');
}

function rwTryLock(rw: RWMutexObj): boolean {
  if (rw.w.state !== 0 || rw.readerCount !== 0) return false;
  rw.w.state = 1;
  return true;
}

function rwUnlock(rw: RWMutexObj): void {
  if (rw.w.state === 0) throw new GoFatal('sync: Unlock of unlocked RWMutex');
  const readers = readerQueues.get(rw);
  if (readers !== undefined && readers.length > 0) {
    rw.w.state = 0;
    for (let g = readers.shift(); g !== undefined; g = readers.shift()) {
      rw.readerCount++;
      sched.ready(g);
    }
    return;
  }
  const writer = queues.get(rw)?.shift();
  if (writer !== undefined) sched.ready(writer);
  else rw.w.state = 0;
}

/** WaitGroup.Add; the panic is raised here rather than in a Go body so that, as in Go, the trace
 *  shows the caller's line as the innermost frame of the program's own file. */
function wgAdd(wg: WaitGroupObj, delta: number | bigint): void {
  const v = Number(wg.state) + Number(delta);
  wg.state = v;
  if (v < 0) throw new GoPanic(new Iface(types.string, 'sync: negative WaitGroup counter'));
  if (v === 0) {
    const q = queues.get(wg);
    if (q !== undefined) for (let g = q.shift(); g !== undefined; g = q.shift()) sched.ready(g);
  }
}

function* wgWait(wg: WaitGroupObj): Generator<unknown, void, unknown> {
  if (Number(wg.state) === 0) return;
  yield* wait(queues, wg, 'semacquire');
}

// Cond: condAdd takes a ticket before the lock is released, so a Signal between Unlock and the
// park still counts (Go's notifyList).
interface CondState {
  next: number;
  notified: number;
  waiting: Map<number, Goroutine>;
}
const conds = new WeakMap<object, CondState>();

function condState(c: object): CondState {
  let s = conds.get(c);
  if (s === undefined) {
    s = { next: 0, notified: 0, waiting: new Map() };
    conds.set(c, s);
  }
  return s;
}

function condAdd(c: object): number {
  return condState(c).next++;
}

function* condWait(c: object, ticket: number): Generator<unknown, void, unknown> {
  const s = condState(c);
  if (ticket < s.notified) return;
  const g = sched.park('sync.Cond.Wait');
  s.waiting.set(ticket, g);
  probed(yield);
}

function condSignal(c: object): void {
  const s = condState(c);
  if (s.notified === s.next) return;
  const ticket = s.notified++;
  const g = s.waiting.get(ticket);
  if (g !== undefined) {
    s.waiting.delete(ticket);
    sched.ready(g);
  }
}

function condBroadcast(c: object): void {
  const s = condState(c);
  while (s.notified < s.next) condSignal(c);
}

export const syncPackage: StdPackage = {
  path: 'sync',
  source,
  impl: {
    'Mutex.Lock': mutexLock,
    'Mutex.TryLock': (m: MutexObj): boolean => {
      if (m.state !== 0) return false;
      m.state = 1;
      return true;
    },
    'Mutex.Unlock': mutexUnlock,
    'RWMutex.RLock': rlock,
    'RWMutex.TryRLock': tryRLock,
    'RWMutex.RUnlock': runlock,
    'RWMutex.Lock': rwLock,
    'RWMutex.TryLock': rwTryLock,
    'RWMutex.Unlock': rwUnlock,
    'WaitGroup.Add': wgAdd,
    'WaitGroup.Done': (wg: WaitGroupObj): void => wgAdd(wg, -1),
    'WaitGroup.Wait': wgWait,
    condAdd,
    condWait,
    'Cond.Signal': condSignal,
    'Cond.Broadcast': condBroadcast,
  },
};
