// build -gcflags=-m -l
package main

import (
	"errors"
	"fmt"
)

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

func NewBox[T any](v T) *Box[T] { return &Box[T]{v} }

var global = NewBox("g")

type Num interface {
	~int | ~float64
	String() string
}

type MyNum int

func (m MyNum) String() string { return fmt.Sprint(int(m)) }

func Desc[T Num](x T) string { return x.String() + fmt.Sprint(x+1) }

func Print[T any](x T) { fmt.Println(x) }

func Worker[T any](ch chan T, out *[]T) {
	for v := range ch {
		*out = append(*out, v)
	}
}

func Ptrs[T any](xs []T) []*T {
	out := make([]*T, 0, len(xs))
	for i := range xs {
		out = append(out, &xs[i])
	}
	return out
}

func main() {
	fmt.Println(global.Get())
	fmt.Println(Desc(MyNum(3)))
	defer Print("done")
	defer Print(errors.New("e"))
	ch := make(chan int)
	var res []int
	go Worker(ch, &res)
	ch <- 1
	close(ch)
	bb := NewBox(NewBox(1))
	fmt.Println(bb.Get().Get())
	var e error = errors.New("x")
	fmt.Println(NewBox(e).Get(), NewBox(fmt.Stringer(MyNum(1))).Get())
	ps := Ptrs([]int{1, 2})
	fmt.Println(*ps[0])
	f := func() int { return NewBox(5).Get() }
	fmt.Println(f())
}
