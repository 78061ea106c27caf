// run
package main

import "fmt"

func Count(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
	}
}

func search() (int, int) {
	for i := range Count("A", 3) {
		for j := range Count("B", 3) {
			if i == 1 && j == 2 {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
L1:
	for i := range Count("outer", 3) {
	L2:
		for k := 0; k < 3; k++ {
			for j := range Count("inner", 3) {
				switch {
				case j == 1 && k == 0:
					continue L2
				case j == 1 && k == 1:
					break L2
				case i == 1 && k == 0 && j == 0:
					continue L1
				case i == 2:
					break L1
				}
				fmt.Println("body", i, k, j)
			}
		}
		fmt.Println("after L2", i)
	}
	fmt.Println(search())
	n := 0
	for i := range Count("x", 5) {
		for range Count("y", 2) {
			for range Count("z", 2) {
				n++
				if n == 3 {
					continue
				}
				if n == 5 {
					break
				}
			}
		}
		if i == 1 {
			break
		}
	}
	fmt.Println("n", n)
}
