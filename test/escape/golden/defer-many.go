// build -gcflags=-d=defer
package main

func f() {
	defer println(0)
	defer println(1)
	defer println(2)
	defer println(3)
	defer println(4)
	defer println(5)
	defer println(6)
	defer println(7)
	defer println(8)
}

func g(x int) int {
	defer println()
	defer println()
	if x == 0 {
		return 0
	}
	if x == 1 {
		return 1
	}
	if x == 2 {
		return 2
	}
	if x == 3 {
		return 3
	}
	if x == 4 {
		return 4
	}
	if x == 5 {
		return 5
	}
	if x == 6 {
		return 6
	}
	if x == 7 {
		return 7
	}
	return 0
}

func main() {
	f()
	_ = g(1)
}
