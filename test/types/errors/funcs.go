package main

func main() {
	var f func(int) int
	f = func(x int) string { return "" }
	g := func(a, b int) (int, int) { return a, b }
	x := g(1, 2)
	h := func() {}()
	_ = f
	_, _ = x, h
}

func init() int { return 1 }

func main2(...int, int) {}
