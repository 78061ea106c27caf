package main

// gc's notes under "does not implement" print signatures without parameter names.
type I interface {
	M(int) string
	N(a, b int, c ...string) (x int, err error)
	P() (n int)
}

type T1 struct{}

func (T1) M(s string) string { return s }
func (T1) N(a, b int, c ...string) (x int, err error) { return 0, nil }
func (T1) P() (n int) { return 0 }

type T2 struct{}

func (T2) M(s int) string { return "" }
func (T2) N(a, b int, c ...string) (x int, y int) { return 0, 0 }
func (T2) P() (n int) { return 0 }

type T3 struct{}

func (T3) M(s int) string { return "" }
func (T3) N(a, b int, c ...string) (x int, err error) { return 0, nil }
func (T3) P() (k int8) { return 0 }

func main() {
	var a I = T1{}
	var b I = T2{}
	var c I = T3{}
	_, _, _ = a, b, c
}
