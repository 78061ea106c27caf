// run
package main

func main() {
	a := 1
	a := 2
	_ = a
	const c = 1
	c = 2
	"x" = "y"
	var s string
	s[0] = 'a'
}
