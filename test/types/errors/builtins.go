package main

func main() {
	var x int
	s := []int{1}
	m := map[string]int{}
	_ = len(x)
	_ = cap(m)
	_ = append(x, 1)
	_ = append(s, "a")
	copy(s, "abc")
	copy(s, []string{})
	delete(s, 1)
	delete(m, 1)
	_ = make(int)
	_ = make([]int)
	_ = make([]int, 2, 1)
	_ = new(1)
	close(s)
	var r <-chan int
	close(r)
	_ = min("a", 1)
	_ = max(s)
	_ = complex(1, "a")
	_ = real("a")
	clear(x)
	panic()
	_ = len(s, s)
	len
}
