// run
package main

import "fmt"

func takesInt(n int) int { return n }

func retString() string {
	return 42
}

func main() {
	var x int = "hello"
	takesInt("s")
	takesInt(2.5)
	var s []int = []string{}
	var f float64
	var i int = f
	fmt.Println(x, s, i)
}
