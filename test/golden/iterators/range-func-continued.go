// run
package main

import "fmt"

func bad(yield func(int) bool) {
	fmt.Println("first yield:", yield(1))
	fmt.Println("second yield:", yield(2))
}

func keep(save *func(int) bool) func(func(int) bool) {
	return func(yield func(int) bool) {
		*save = yield
		yield(0)
	}
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func pairs(yield func(int, int) bool) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			yield(i, j)
		}
	}
}

func main() {
	try("break", func() {
		for x := range bad {
			fmt.Println("body", x)
			break
		}
	})
	try("return", func() {
		func() int {
			for x := range bad {
				return x
			}
			return 0
		}()
	})
	try("labeled", func() {
	outer:
		for i := range 2 {
			for x := range bad {
				fmt.Println(i, x)
				continue outer
			}
		}
	})
	try("after exit", func() {
		var saved func(int) bool
		for x := range keep(&saved) {
			fmt.Println("body", x)
		}
		saved(5)
	})
	try("ignored false", func() {
		for i, j := range pairs {
			fmt.Println(i, j)
			if j == 1 {
				break
			}
		}
	})
	try("ok", func() {
		for x := range bad {
			fmt.Println("continue", x)
		}
	})
}
