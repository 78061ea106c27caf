package main

type T struct{ A int }
type MyInt int

func takes(i int, s ...string) {}

func ret() (int, string) {
	return "a", 1
}

func main() {
	var i int = "x"
	var m MyInt = 3
	i = m
	var p *T = T{}
	takes("a")
	takes(1, 2)
	var f float32 = 1e100
	var u uint8 = -1
	var r rune = 'a' + 1.5
	var sl []int = []string{}
	var fn func(int) int = func(s string) int { return 0 }
	ch := make(chan int)
	var rch <-chan int = ch
	var sch chan int = rch
	_, _, _, _, _, _, _, _ = i, p, f, u, r, sl, fn, sch
}
