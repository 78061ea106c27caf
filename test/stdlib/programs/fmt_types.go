package main

import (
	"errors"
	"fmt"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Node struct {
	Val  int
	Next *Node
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Money struct{ cents int64 }

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", m.cents/100, m.cents%100)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type MyErr struct{ Op string }

func (e MyErr) Error() string { return "op " + e.Op + " failed" }

func main() {
	fmt.Println(Celsius(21.55), []Celsius{1, 2})
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	fmt.Println(Red, Green, []Color{Green, Red}, map[Color]int{Green: 1, Red: 2})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println(Money{12345}, []Money{{5}})
	fmt.Printf("%v|%d|%s\n", Money{1}, Money{2}, Money{300})
	var err error = MyErr{"read"}
	fmt.Println(err)
	fmt.Printf("%v %+v %#v\n", err, err, err)
	wrapped := fmt.Errorf("outer: %w", err)
	var me MyErr
	fmt.Println(wrapped, errors.As(wrapped, &me), me.Op, errors.Unwrap(wrapped) == err)
	var ip *int
	var e2 error
	fmt.Println(ip, e2, []any{nil, ip}, map[string]any{"a": nil})
	fmt.Printf("%T %T %T %T %T\n", Celsius(1), &p, err, wrapped, []error{})
	fmt.Printf("%5v|%-5v|%05d|%x|%X|%o|%b|%c|%U\n", Red, true, 42, "Go", []byte("Go"), 64, 5, 'G', 'G')
	fmt.Printf("%6.2f|%-8.3s|%+d|%q|%#v\n", 3.14159, "abcdef", 5, 'x', []string{"a"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Print("a", "b", 1, 2, "c", 3.0, '\n')
	fmt.Print("\n")
	s := fmt.Sprintln("x", 1)
	fmt.Print(s)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	type inner struct {
		A []int
		M map[string]*Point
	}
	fmt.Printf("%+v\n", inner{A: []int{1}, M: map[string]*Point{"k": nil}})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"))
	var ps []*Point
	fmt.Println(ps == nil, ps, len(ps))
	fmt.Printf("%v %s\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%08.3f|%-8.2f|%+.2e|% d|%x\n", -3.14159, 2.5, 12345.678, 42, -1)
	fmt.Printf("%t %v %08b %o %#o %#x %#X\n", false, true, 5, 8, 8, 3054, 3054)
	fmt.Printf("%3c|%-4q|%#U|%x|% X\n", 'A', 'B', '世', "héllo", []byte{1, 171})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 1, 2.55)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%v %.2v %10.4v|\n", 1.0/3, 1.0/3, 1.0/3)
	fmt.Printf("%e %E %.0e %g %G\n", 1234.5678, 0.000012, 5.5, 1e100, 1e-10)
	fmt.Printf("%v %v %v %v\n", int8(-128), uint8(255), int64(-1)<<63, ^uint64(0))
	fmt.Printf("%s %v\n", errors.New("plain"), fmt.Errorf("n=%d", 3))
	fmt.Printf("%!\n")
	fmt.Printf("%z %-z\n", 1, "s")
}
