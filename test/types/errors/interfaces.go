package main

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{}

func (s *Sq) Area() float64 { return 1 }
func (s *Sq) Name() string  { return "sq" }

type Tri struct{}

func (t Tri) Area() float64 { return 1 }

type Circle struct{}

func (c Circle) Area() int     { return 1 }
func (c Circle) Name() string  { return "c" }

type Lower struct{}

func (l Lower) area() float64 { return 1 }
func (l Lower) Name() string  { return "l" }

func main() {
	var s Shape = Sq{}
	s = Tri{}
	s = Circle{}
	s = Lower{}
	var e error = "x"
	_ = s.(Tri)
	_ = s.(*Sq)
	_ = s.(Circle)
	x := 3
	_ = x.(int)
	var a any = 1
	var t Tri = a
	_ = e
	_ = t
}
