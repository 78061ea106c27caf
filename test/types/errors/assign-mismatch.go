package main

func one() int { return 1 }
func two() (int, int) { return 1, 2 }

func main() {
	a, b := one()
	c := two()
	d, e := 1
	f, g := 1, 2, 3
	var h, i = one()
	var j int = two()
	var k, l int
	k, l = one()
	k, l = 1, 2, 3
	m, n := <-make(chan int), 3
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k, l, m, n
}
