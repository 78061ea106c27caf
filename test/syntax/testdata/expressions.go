// Expressions and types, for comparing golesson's parser with go/parser.
package main

type P struct{ X, Y int }

var (
	i   = 1 + 2*3 - 4/5%6<<7>>8&9|10^11&^12
	b   = 1 < 2 && 2 <= 3 || 3 > 4 && 4 >= 5 == true != false
	u   = -i + +i + ^i
	n   = !b
	p   = &P{1, 2}
	q   = *p
	pp  = &P{X: 1, Y: 2}
	s   = []int{1, 2, 3}[1:2]
	s3  = s[0:1:2]
	s0  = s[:]
	s1  = s[1:]
	m   = map[string][]int{"a": {1}, "b": nil}
	arr = [...]int{1, 2, 3}
	a2  = [2][3]float64{{1, 2, 3}, {4, 5, 6}}
	ps  = []*P{{1, 2}, &P{3, 4}}
	mp  = map[P]string{{1, 2}: "x"}
	fn  = func(a, b int) (int, error) { return a + b, nil }
	fv  func(int) string
	ch1 chan int
	ch2 <-chan int
	ch3 chan<- int
	ch4 chan (<-chan int)
	ch5 chan<- chan int
	ifc interface {
		M(int) string
		error
	}
	e   any = 1
	ta      = e.(int)
	c       = 'x' + '\n' + '\''
	str     = "a\tb" + `raw
string`
	f1  = 1.5
	f2  = .5e-3
	f3  = 0x1p-2
	im  = 2i
	hex = 0xFF + 0o17 + 0b101 + 017 + 1_000
	par = (1 + 2) * 3
	cv  = float64(i)
	ix  = s[i-1]
	sel = p.X
	cl  = fn(1, 2)
	vd  = append(s, s...)
	nw  = new(int)
	st  = struct {
		a int
		b string
	}{1, "x"}
	re  = <-ch1
	cmp = P{} == P{}
)

func g(xs ...int) {}

func main() {
	if (P{}) == (P{}) {
	}
	for _, v := range []P{{}} {
		_ = v
	}
	if x := (P{1, 2}); x.X > 0 {
	}
	switch p := (P{}); p {
	}
}
