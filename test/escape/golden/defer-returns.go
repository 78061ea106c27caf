// build -gcflags=-d=defer
package main

func f(x int) int {
	defer println()
	defer println()
	defer println()
	switch x {
	case 1:
		return 1
	case 2:
		return 2
	case 3:
		return 3
	case 4:
		return 4
	case 5:
		return 5
	}
	return 0
}

func main() { _ = f(1) }
