// Every statement kind, for comparing golesson's parser with go/parser.
package main

import (
	"errors"
	f "fmt"
	. "strings"
	_ "sort"
)

const (
	A = iota
	B
	C, D = 1.5e3, 'x'
)

var (
	x, y int = 1, 2
	z        = []string{"a", `b`}
)

type (
	T struct {
		a, b int
		c    string `json:"c"`
		*errors.T
		U
	}
	U     int
	Alias = T
)

func (t *T) M(a int, b ...string) (r int, err error) {
	defer func() { recover() }()
	go t.M(1)
	return
}

func (U) N() {}

func main() {
	var i int
	i++
	i--
	i += 2
	i <<= 1
	i &^= 3
	a, b := 1, 2
	a, b = b, a
	ch := make(chan int, 1)
	ch <- 1
	<-ch
	v, ok := <-ch
	_, _ = v, ok
L:
	for j := 0; j < 10; j++ {
		if j == 2 {
			continue L
		} else if j == 3 {
			break
		} else {
			goto M
		}
	}
M:
	for {
		break
	}
	for i < 3 {
		i++
	}
	for k, v := range z {
		_, _ = k, v
	}
	for k := range z {
		_ = k
	}
	for range z {
	}
	for i := range 10 {
		_ = i
	}
	for a, b = range z {
	}
	switch x := i; x {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch {
	case i > 1:
	}
	var e any = i
	switch t := e.(type) {
	case int, string:
		_ = t
	case nil:
	}
	switch e.(type) {
	}
	select {
	case v := <-ch:
		_ = v
	case ch <- 2:
	case <-ch:
	default:
	}
	{
		;
	}
	if v, ok := e.(int); ok {
		_ = v
	}
	func() {}()
	f.Println(ToUpper("x"), a, b)
	var _ = struct{ x int }{1}
	type local struct{}
	const c = 1
	goto N
N:
}
