// run
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) String() string       { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func NewSquare(s float64) Square    { return Square{Rect{s, s}} }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{Circle{1}, Rect{2, 3}, NewSquare(1.5), Circle{0.5}, Rect{1, 10}}
	sort.Sort(ByArea(shapes))
	var names []string
	for _, s := range shapes {
		fmt.Printf("%-12v area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
		names = append(names, s.String())
	}
	fmt.Println(strings.Join(names, " < "))
	total := 0.0
	for _, s := range shapes {
		switch v := s.(type) {
		case Square:
			fmt.Println("square side", v.W)
		case Rect:
			total += v.Area()
		}
	}
	fmt.Println(total)
}
