// run
package main

// context misuse panics with Go's texts, and how values and their keys print.
import (
	"context"
	"fmt"
)

type ctxKey struct{ name string }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	bg := context.Background()
	try("nil parent", func() { context.WithCancel(nil) })
	try("nil parent timeout", func() { context.WithTimeout(nil, 1) })
	try("nil key", func() { context.WithValue(bg, nil, 1) })
	try("slice key", func() { context.WithValue(bg, []int{1}, 1) })
	try("map key", func() { context.WithValue(bg, map[string]int{}, 1) })
	try("func key", func() { context.WithValue(bg, func() {}, 1) })
	ctx := context.WithValue(bg, ctxKey{"user"}, "ann")
	ctx = context.WithValue(ctx, ctxKey{"role"}, "admin")
	fmt.Println(ctx.Value(ctxKey{"user"}), ctx.Value(ctxKey{"role"}), ctx.Value(ctxKey{"x"}), ctx.Value("user"))
	fmt.Println(ctx)
	c2 := context.WithValue(bg, 42, []string{"a"})
	fmt.Println(c2)
	type k int
	c3 := context.WithValue(bg, k(1), struct{ A int }{5})
	fmt.Println(c3)
	try("nil without cancel", func() { context.WithoutCancel(nil) })
	try("nil afterfunc", func() { context.AfterFunc(nil, func() {}) })
	cc, cancel := context.WithCancelCause(bg)
	cancel(nil)
	fmt.Println(cc.Err(), context.Cause(cc))
}
