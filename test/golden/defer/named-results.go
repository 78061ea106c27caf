// run
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func unchanged() int {
	r := 21
	defer func() { r *= 2 }()
	return r
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	s = "x"
	return s + "y"
}

func tripleDefer() (n int) {
	for i := 1; i <= 3; i++ {
		defer func(k int) { n = n*10 + k }(i)
	}
	return 0
}

func main() {
	fmt.Println(double(), unchanged(), order(), tripleDefer())
}
