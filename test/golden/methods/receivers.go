// run
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Names []string

func (n Names) Len() int { return len(n) }
func (n *Names) Add(s string) { *n = append(*n, s) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var ns Names
	ns.Add("a")
	ns.Add("b")
	fmt.Println(ns.Len(), ns)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"x": {5}}
	m["x"].Inc()
	fmt.Println(m["x"].n)
}
