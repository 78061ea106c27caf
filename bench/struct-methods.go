// Benchmark: 1e7 iterations of method calls on structs, value and pointer receivers and an interface.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)   { v.X *= k; v.Y *= k }
func (v Vec) Dot(o Vec) int  { return v.X*o.X + v.Y*o.Y }

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	acc := Vec{0, 0}
	d := Vec{1, 2}
	total := 0
	var s Shape = Rect{3, 4}
	for i := 0; i < 10_000_000; i++ {
		acc = acc.Add(d)
		if i%1024 == 0 {
			acc.Scale(1)
		}
		total += acc.Dot(d)&0xff + s.Area()
	}
	fmt.Println(acc, total)
}
