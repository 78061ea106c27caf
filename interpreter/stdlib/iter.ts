// Package iter: the Seq and Seq2 iterator types of range-over-func, and Pull / Pull2, which turn a
// push iterator into next and stop functions. Go runs the iterator as a coroutine; golesson runs
// it as a goroutine that hands control back and forth over unbuffered channels, which orders every
// step exactly as the coroutine switches do (the iterator runs only between a call of next or
// stop and its return). Panics and runtime.Goexit in the iterator surface in the caller of next
// or stop, as in Go 1.23.
import type { StdPackage } from './package.js';

const source = `package iter

import "runtime"

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

// coro is a coroutine made of a goroutine: switching sends control over one channel and waits on
// the other. The goroutine starts at the first switch.
type coro struct {
	in, out chan struct{}
	started bool
	body    func()
}

// resume runs the coroutine until it yields or returns.
func (c *coro) resume() {
	if !c.started {
		c.started = true
		go func() {
			<-c.in
			c.body()
			c.out <- struct{}{}
		}()
	}
	c.in <- struct{}{}
	<-c.out
}

// yield hands control back to the caller of resume until the next resume.
func (c *coro) yield() {
	c.out <- struct{}{}
	<-c.in
}

type goexitPanic struct{}

// pulled is what Pull and Pull2 share: the coroutine running the iterator and the state of its
// hand-over. run gets a yield that stores one step and reports whether to go on.
type pulled struct {
	c          *coro
	done       bool
	yieldNext  bool
	seqDone    bool
	panicValue any
}

func newPulled(run func(p *pulled)) *pulled {
	p := &pulled{}
	p.c = &coro{in: make(chan struct{}), out: make(chan struct{})}
	p.c.body = func() {
		if p.done {
			return
		}
		defer func() {
			if r := recover(); r != nil {
				p.panicValue = r
			} else if !p.seqDone {
				p.panicValue = goexitPanic{}
			}
			p.done = true
		}()
		run(p)
		p.seqDone = true
	}
	return p
}

// step is yield's part: false once stop was called.
func (p *pulled) step() bool {
	if p.done {
		return false
	}
	if !p.yieldNext {
		panic("iter.Pull: yield called again before next")
	}
	p.yieldNext = false
	p.c.yield()
	return !p.done
}

// next is next's part; false when the iterator has nothing more.
func (p *pulled) next() bool {
	if p.done {
		return false
	}
	if p.yieldNext {
		panic("iter.Pull: next called again before yield")
	}
	p.yieldNext = true
	p.c.resume()
	p.propagate()
	return true
}

func (p *pulled) stop() {
	if !p.done {
		p.done = true
		p.c.resume()
		p.propagate()
	}
}

func (p *pulled) propagate() {
	if p.panicValue != nil {
		if _, ok := p.panicValue.(goexitPanic); ok {
			runtime.Goexit()
		}
		panic(p.panicValue)
	}
}

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var v V
	var ok bool
	p := newPulled(func(p *pulled) {
		seq(func(v1 V) bool {
			if p.done {
				return false
			}
			v, ok = v1, true
			return p.step()
		})
		var v0 V
		v, ok = v0, false
	})
	next = func() (V, bool) {
		if !p.next() {
			var v0 V
			return v0, false
		}
		return v, ok
	}
	return next, p.stop
}

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var k K
	var v V
	var ok bool
	p := newPulled(func(p *pulled) {
		seq(func(k1 K, v1 V) bool {
			if p.done {
				return false
			}
			k, v, ok = k1, v1, true
			return p.step()
		})
		var k0 K
		var v0 V
		k, v, ok = k0, v0, false
	})
	next = func() (K, V, bool) {
		if !p.next() {
			var k0 K
			var v0 V
			return k0, v0, false
		}
		return k, v, ok
	}
	return next, p.stop
}
`;

export const iterPackage: StdPackage = { path: 'iter', source, impl: {} };
