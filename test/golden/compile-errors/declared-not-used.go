// run
package main

func main() {
	x := 1
	var y string
	a, b := 1, 2
	_ = a
	for i := 0; i < 3; i++ {
		z := i
	}
}
