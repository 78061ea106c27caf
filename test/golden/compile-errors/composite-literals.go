// run
package main

type P struct{ X, Y int }

func main() {
	a := P{1}
	b := P{X: 1, 2}
	c := P{Z: 3}
	d := P{1, 2, 3}
	m := map[string]int{"a"}
	var n int = nil
	_ = _
	_, _, _, _, _, _ = a, b, c, d, m, n
}
