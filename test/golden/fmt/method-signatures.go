// run
package main

import (
	"fmt"
	"time"
)

// fmt uses String, Error, GoString and Format only when their signatures are the interfaces'.
type Count int

func (c Count) String() int { return int(c) * 100 }

type Code struct{ N int }

func (c Code) Error(extra string) string { return "code" + extra }
func (c Code) GoString() []byte        { return []byte("go") }

type Shape struct{ W, H int }

func (s Shape) Format(f fmt.State) { fmt.Fprint(f, "never") }
func (s Shape) String() string     { return fmt.Sprintf("%dx%d", s.W, s.H) }

type Good struct{}

func (Good) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "good/%c", verb) }

func main() {
	fmt.Println(Count(3), Code{7}, Shape{2, 3}, Good{})
	fmt.Printf("%v %s %d %#v %#v\n", Count(4), Code{8}, Count(5), Code{9}, Shape{1, 1})
	fmt.Printf("%x %q\n", Good{}, Good{})
	t := time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Printf("%v|%s|%d\n", t, t.Month(), t.Year())
}
