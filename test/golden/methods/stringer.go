// run
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	cs := []Color{Blue, Red}
	fmt.Println(cs)
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	fmt.Println([]*Pt{{3, 4}})
	fmt.Println(fmt.Sprint(Red) + "!")
}
