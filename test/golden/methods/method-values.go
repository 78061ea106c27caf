// run
package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Show() string   { return fmt.Sprint("total=", a.total) }

func main() {
	a := &Acc{}
	add := a.Add
	add(3)
	add(4)
	fmt.Println(a.total)
	show := a.Show
	a.Add(10)
	fmt.Println(show(), a.Show())
	f := (*Acc).Add
	fmt.Println(f(a, 1))
	g := Acc.Show
	fmt.Println(g(*a))
	fmt.Printf("%T\n%T\n", f, g)
	var fs []func(int) int
	b := &Acc{}
	fs = append(fs, a.Add, b.Add)
	for _, fn := range fs {
		fmt.Println(fn(100))
	}
}
