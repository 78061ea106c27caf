// run
package main

import (
	"fmt"
	"iter"
)

type List[T any] struct{ items []T }

// All is small: gc inlines l.All() into main, so the iterator is main's copy,
// main.main.(*List[...]).All.func1, and the off-by-one index panics inside it.
func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i <= len(l.items); i++ {
			if !yield(l.items[i]) {
				return
			}
		}
	}
}

func main() {
	l := &List[string]{items: []string{"a", "b"}}
	for v := range l.All() {
		fmt.Println(v)
	}
}
