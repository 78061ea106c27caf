// run
package main

func one() int           { return 1 }
func two() (int, int)    { return 1, 2 }

func main() {
	a, b := one()
	c := two()
	var d, e int = 1
	f, g := 1, 2, 3
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
