// build -gcflags=-m -l
package main

func each(xs []int, f func(*int)) {
	for i := range xs {
		f(&xs[i])
	}
}

func main() {
	s := []int{1, 2}
	sum := 0
	each(s, func(p *int) { sum += *p })
	_ = sum
}
