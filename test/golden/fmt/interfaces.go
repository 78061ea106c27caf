// run
package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Fail struct{}

func (Fail) Error() string { return "fail!" }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "stringer loses" }

type Shout string

func (s Shout) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	fmt.Fprintf(f, "%s!%c:%d:%v:%v", strings.ToUpper(string(s)), verb, w, hasW, f.Flag('+'))
}

type Bad struct{}

func (Bad) String() string { panic("broken String") }

func main() {
	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f %q\n", t, t, t, t, t)
	fmt.Printf("%v %#v\n", Secret("pw"), Secret("pw"))
	fmt.Println(Fail{}, Both{})
	fmt.Printf("%v %s %q\n", Fail{}, Both{}, Fail{})
	fmt.Printf("%v|%+8x\n", Shout("hi"), Shout("yo"))
	fmt.Println([]Temp{1, 2}, map[string]Temp{"a": 3})
	fmt.Println(Bad{})
	var np *Temp
	fmt.Println(np)
}
