package main

func main() {
	x := 1
	s := "a"
	var f float64 = 2
	_ = x + s
	_ = x + f
	_ = x == s
	_ = s - s
	_ = !x
	_ = -s
	x += s
	_ = x / 0
	_ = 1.5 % 2
	_ = x &^ f
	var b bool
	_ = b < b
	_ = []int{} == []int{}
	_ = map[int]int{} == nil
}
