package main

func main() {
	x := 1
	f := 1.5
	_ = 1 << -1
	_ = x << f
	_ = f << 2
	_ = 1.5 << 2
	var s uint = 3
	var g float64 = 1 << s
	_ = "a" << 1
	_ = 1 << 1000
	_ = g
}
