// build -gcflags=-m -l
package main

func f(v interface{}) int {
	switch v {
	case 1:
		return 1
	case "a":
		return 2
	}
	return 0
}

func main() { _ = f(1) }
