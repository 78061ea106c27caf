// build -gcflags=-m -l
package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type Getter interface{ Get() int }

// Calls of a standard generic type's methods print with its shape and dictionary; a devirtualized
// call of a generic type's method is the instance's own method.
func main() {
	var cfg atomic.Pointer[Config]
	cfg.Store(&Config{"v1", 2})
	fmt.Println(cfg.Load() == nil, *cfg.Load())
	var g Getter = &Box[int]{3}
	fmt.Println(g.Get())
}
