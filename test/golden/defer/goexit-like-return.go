// run
package main

import "fmt"

func early(flag bool) (msg string) {
	defer func() { msg = "[" + msg + "]" }()
	if flag {
		return "early"
	}
	msg = "late"
	return
}

func counter() (n int) {
	defer func() { n++ }()
	n = 10
	return n * 2
}

func main() {
	fmt.Println(early(true), early(false), counter())
}
