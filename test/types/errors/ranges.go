package main

func main() {
	var f float64
	for range f {
	}
	for i, v := range 10 {
		_, _ = i, v
	}
	m := map[string]int{}
	var sch chan<- int
	for v := range sch {
		_ = v
	}
	for i, j := range make(chan int) {
		_, _ = i, j
	}
	var fn func(func(int) bool)
	for a, b := range fn {
		_, _ = a, b
	}
	var bad func(int)
	for x := range bad {
		_ = x
	}
	var s string
	for i, r := range s {
		var b byte = r
		_, _ = i, b
	}
}
