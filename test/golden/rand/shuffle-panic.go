// run
package main

import (
	"fmt"
	"math/rand"
)

// A panic inside Shuffle's swap function: the trace runs through math/rand back to main.
func main() {
	r := rand.New(rand.NewSource(3))
	s := []int{1, 2, 3, 4, 5}
	n := 0
	r.Shuffle(len(s), func(i, j int) {
		n++
		fmt.Println("swap", i, j)
		if n == 3 {
			_ = s[i+j+10]
		}
		s[i], s[j] = s[j], s[i]
	})
	fmt.Println(s)
}
