package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct{ *Base }

func (c Cat) Sound() string { return "meow" }

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) }

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	animals := []Animal{Dog{Base{"rex"}, "lab"}, Cat{&Base{"tom"}}}
	for _, a := range animals {
		fmt.Println(a.Name(), a.Sound())
	}
	var c Counter
	c.Inc()
	c.Inc()
	inc := c.Inc
	inc()
	fmt.Println(c.Get(), c)
	get := Counter.Get
	fmt.Println(get(5))
	pinc := (*Counter).Inc
	pinc(&c)
	fmt.Println(c)
	pts := []Pt{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(pts, func(i, j int) bool { return pts[i].X < pts[j].X })
	fmt.Println(pts)
	for i := range pts {
		pts[i].Y *= 10
	}
	fmt.Println(pts)
	for _, p := range pts {
		p.X = 100
	}
	fmt.Println(pts)
	pp := &pts[1]
	pp.X = 42
	fmt.Println(pts[1], *pp)
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	fmt.Println(grid, g2)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	fmt.Println(m, len(m["zz"]))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	fmt.Println(sb.String())
	var ip *Pt
	fmt.Println(ip == nil, ip)
	var a Animal
	fmt.Println(a == nil)
	var dp *Dog
	_ = dp
	x := []interface{}{1, "a", 2.5, nil, Pt{1, 2}, &Pt{3, 4}}
	fmt.Println(x...)
	fmt.Printf("%v %+v %T\n", x[4], x[4], x[5])
	s := "hello"
	bs := []byte(s)
	bs[0] = 'J'
	fmt.Println(s, string(bs), strings.ToUpper(s), s[1:3], s[3])
	type kv struct {
		k string
		v int
	}
	kvs := map[kv]bool{{"a", 1}: true}
	fmt.Println(kvs[kv{"a", 1}], kvs[kv{"b", 1}])
	var iface interface{} = Pt{1, 2}
	if st, ok := iface.(fmt.Stringer); ok {
		fmt.Println("stringer", st)
	}
	fmt.Println(iface == Pt{1, 2})
	ch := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
