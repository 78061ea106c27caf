// run
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for _, n := range []int{95, 85, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("fell into 6")
	case 7:
		fmt.Println("not reached")
	}
	switch "go" {
	case "rust":
	case "go":
		fmt.Println("gopher")
	}
	f := func(s string) string { fmt.Println("eval", s); return s }
	switch f("b") {
	case f("a"), f("b"), f("c"):
		fmt.Println("matched")
	}
	switch {
	default:
		fmt.Println("default first but runs last")
	case false:
	}
}
