// run
package main

import (
	"fmt"
	"iter"
)

func main() {
	seq := func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
	next, stop := iter.Pull(iter.Seq[int](seq))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())
}
