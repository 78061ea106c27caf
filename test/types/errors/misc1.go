package main



type S struct{ f []int }
type K struct{ m map[int]int }

func named() (x int) {
	{
		x := 2
		_ = x
		return
	}
}

func main() {
	_ = S{} == S{}
	var m map[[]int]string
	var m2 map[K]int
	_ = m
	_ = m2
	var f func()
	_ = f == f
	var i interface{ M(); M() }
	_ = i
}
