// run
package main

import "fmt"

type I interface{ M() string }
type T int

func (t T) M() string { return fmt.Sprint("T", int(t)) }

type S struct{ N int }

func (s S) M() string   { return fmt.Sprint("S", s.N) }
func (s *S) P() string  { return fmt.Sprint("P", s.N) }

type F func() string

func (f F) M() string { return "F:" + f() }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}

func main() {
	var i I = T(1)
	m := i.M
	i = T(2)
	fmt.Println(m(), i.M())
	s := S{3}
	i = s
	sm := i.M
	s.N = 4
	i = &s
	pm := i.M
	s.N = 5
	fmt.Println(sm(), pm())
	i = F(func() string { return "fn" })
	fm := i.M
	fmt.Println(fm())
	var ms []func() string
	for _, v := range []I{T(7), S{8}, &S{9}} {
		ms = append(ms, v.M)
	}
	for _, f := range ms {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	e := I.M
	fmt.Println(e(T(3)), e(S{6}))
	f := T.M
	fmt.Println(f(4))
	g := (*T).M
	t := T(5)
	fmt.Println(g(&t))
	h := (*S).M
	fmt.Println(h(&S{10}))
	fmt.Printf("%T %T %T %T\n", e, f, g, h)
	try("nil iface method value", func() {
		var ni I
		mv := ni.M
		fmt.Println("not reached", mv != nil)
	})
	try("nil *T method expr", func() {
		var np *T
		fmt.Println(g(np))
	})
	try("nil *S method expr", func() {
		fmt.Println(h(nil))
	})
	try("nil *S in iface", func() {
		var ps *S
		i = ps
		mv := i.M
		fmt.Println("bound", mv != nil)
		fmt.Println(mv())
	})
}
