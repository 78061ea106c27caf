// run
package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	s := "s"
	if s {
	}
	_ = !x
}
