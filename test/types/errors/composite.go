package main

type P struct {
	X, Y int
	name string
}

func main() {
	_ = P{1}
	_ = P{1, 2, "a", 4}
	_ = P{X: 1, 2}
	_ = P{Z: 1}
	_ = P{X: 1, X: 2}
	_ = [2]int{1, 2, 3}
	_ = []int{0: 1, 0: 2}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[string]int{1}
	_ = []int{"a"}
	_ = int{1}
	_ = [...]int{1, 2, 3}
	var a [3]int = [...]int{1, 2}
	_ = a
	_ = P{x: 1}
}
