// run
package main

import (
	"fmt"
	"iter"
)

func words(yield func(int, string) bool) {
	defer fmt.Println("words: cleanup")
	for i, w := range []string{"alpha", "beta", "boom", "delta"} {
		if w == "boom" {
			panic("words: " + w)
		}
		if !yield(i, w) {
			return
		}
	}
}

func main() {
	next, stop := iter.Pull2(iter.Seq2[int, string](words))
	defer stop()
	for {
		i, w, ok := next()
		if !ok {
			break
		}
		fmt.Println(i, w)
		if i == 0 {
			func() {
				defer func() { fmt.Println("recovered:", recover()) }()
				next2, stop2 := iter.Pull2(iter.Seq2[int, string](words))
				next2()
				next2()
				fmt.Println(next2())
				stop2()
			}()
		}
	}
}
