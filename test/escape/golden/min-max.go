// build -gcflags=-m -l
package main

func pick(a, b *int) *int {
	if *a < *b {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2
	_ = pick(&x, &y)
	_ = min(x, y)
	_ = max(x, y, 3)
}
