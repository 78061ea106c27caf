// run
package main

import "fmt"

type Incr interface{ Inc() }
type Getter interface{ Get() int }

type C struct{ n int }

func (c *C) Inc()     { c.n++ }
func (c C) Get() int { return c.n }

func main() {
	c := C{}
	var g Getter = c
	var gp Getter = &c
	var i Incr = &c
	i.Inc()
	i.Inc()
	fmt.Println(c.n, g.Get(), gp.Get())
	_, ok := interface{}(c).(Incr)
	_, okp := interface{}(&c).(Incr)
	fmt.Println(ok, okp)
	fmt.Printf("%T %T\n", g, gp)
}
