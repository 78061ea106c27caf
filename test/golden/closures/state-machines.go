// run
package main

import "fmt"

type stateFn func(r rune) stateFn

func main() {
	var words, inWord int
	var inside, outside stateFn
	outside = func(r rune) stateFn {
		if r != ' ' {
			words++
			inWord++
			return inside
		}
		return outside
	}
	inside = func(r rune) stateFn {
		if r == ' ' {
			return outside
		}
		inWord++
		return inside
	}
	state := outside
	for _, r := range "  the quick  brown fox " {
		state = state(r)
	}
	fmt.Println(words, inWord)
	makeMul := func(k int) func(int) int { return func(x int) int { return x * k } }
	double, triple := makeMul(2), makeMul(3)
	fmt.Println(double(triple(7)))
}
