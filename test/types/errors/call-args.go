package main

func two(a, b int) int { return a + b }
func pair() (int, string) { return 1, "a" }
func none() {}
func v(prefix string, xs ...int) {}

func main() {
	two(1)
	two(1, 2, 3)
	two()
	two(pair())
	v()
	v("a", 1, "b")
	v("a", []int{1}...)
	two([]int{1}...)
	x := none()
	var y int = none()
	_ = two
	_, _ = x, y
}
