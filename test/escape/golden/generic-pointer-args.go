// build -gcflags=-m -l
package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
	Tags []string
}

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T) T { return *p }

func Store[T any](dst *[]T, v T) { *dst = append(*dst, v) }

func Keep[T any](p T) T { return p }

var global []any

func Save[T any](v T) { global = append(global, v) }

func main() {
	a := Ptr(Point{1, 2})
	b := Ptr(&Point{3, 4})
	c := Ptr(Named{Name: "n"})
	fmt.Println(a, b, c)
	x := 5
	y := Keep(&x)
	fmt.Println(*y)
	p := Point{5, 6}
	fmt.Println(Deref(&p))
	var pts []Point
	Store(&pts, Point{})
	var nps []*Point
	Store(&nps, &Point{})
	Save(p)
	Save(&p)
	Save(42)
	fmt.Println(len(pts), len(nps))
}
