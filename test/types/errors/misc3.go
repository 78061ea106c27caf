package main

type I interface{ M() }
type A struct{}

func (A) M() {}

type B struct{}

func f(i I) {}

func g[T I](t T) {}

func h[T any, U ~[]T](u U) {}

func main() {
	f(A{})
	f(B{})
	f(&A{})
	g(B{})
	g[B](B{})
	h([]int{1})
	h[int]([]string{})
	var x int = nil
	var y = []int{} == nil
	var z = nil == nil
	_, _, _ = x, y, z
}
