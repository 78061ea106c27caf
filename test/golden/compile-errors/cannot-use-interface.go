// run
package main

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{}

func (s *Sq) Area() float64 { return 1 }
func (s *Sq) Name() string  { return "sq" }

type Tri struct{}

func (Tri) Area() float64 { return 2 }

func main() {
	var a Shape = Sq{}
	var b Shape = Tri{}
	_, _ = a, b
}
