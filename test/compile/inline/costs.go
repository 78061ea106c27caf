package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func add(a, b int) int { return a + b }

func divmod(a, b int) (int, int) { return a / b, a % b }

func pass() (int, int) { return divmod(17, 5) }

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		s += i
	}
	return s
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	default:
		return "positive"
	}
}

func kind(x any) string {
	switch x.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func assert(x any) int { v := x.(int); return v }

func assertOK(x any) bool { _, ok := x.(int); return ok }

type codeErr struct{ code int }

func (e codeErr) Error() string { return "code" }

func fromError(err error) bool { t, ok := err.(codeErr); return ok && t.code == 0 }

func toStringer(x error) { _ = x.(fmt.Stringer) }

func lookup(m map[string]int, k string) (int, bool) { v, ok := m[k]; return v, ok }

func makeSlice(n int) []int { return make([]int, n) }

func appendTwo(s []int) []int { return append(s, 1, 2) }

func sliceOf(s []int) []int { return s[1:3] }

func newPoint() *Point { return &Point{X: 1, Y: 2} }

func literalMap() map[string]int { return map[string]int{"a": 1, "b": 2} }

func concat(a, b, c string) string { return a + b + c }

func upper(s string) string { return strings.ToUpper(s) }

func hasPrefix(s string) bool { return strings.HasPrefix(s, "go") }

func sayHello(name string) { fmt.Println("hello", name) }

func twoPrints() {
	fmt.Println("one")
	fmt.Println("two")
}

func area(s Shape) float64 { return s.Area() }

func failIf(b bool) {
	if b {
		panic("failed")
	}
}

func failErr(err error) {
	if err != nil {
		panic(err)
	}
}

func newErr() error { return errors.New("boom") }

func wrapErr(err error) error { return fmt.Errorf("wrap: %w", err) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func applyLit() int { return apply(func(x int) int { return x * 2 }, 3) }

func direct() int {
	return func() int { return 42 }()
}

func withDefer() {
	defer fmt.Println("deferred")
}

func withRecover() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return nil
}

func withGo(ch chan int) {
	go func() { ch <- 1 }()
}

func withSelect(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

func send(ch chan int, v int) { ch <- v }

func recv(ch chan int) int { return <-ch }

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

//go:noinline
func marked(x int) int { return x + 1 }

func labeled(n int) int {
	c := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j > i {
				continue outer
			}
			if i*j > 10 {
				break outer
			}
			c++
		}
	}
	return c
}

func convert(b []byte, s string, r rune, i int) (string, []byte, string, float64) {
	return string(b), []byte(s), string(r), float64(i)
}

func fields(p Point, q *Point) int { return p.X + q.Y }

func arrays(a [3]int, p *[3]int) int { return a[0] + p[1] + len(a) }

func big(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i
		s -= i / 2
		s ^= i << 1
		if s > 1000 {
			s = s % 1000
		}
		if s < 0 {
			s = -s
		}
		s += i & 7
	}
	return s
}

func nearBudget(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return strings.TrimSpace(out)
}

func main() {
	var c Celsius
	p := &Point{}
	p.Move(1, 2)
	_ = p.String()
	_ = c.F()
	_ = add(1, 2)
	_, _ = pass()
	_ = sum(1, 2, 3)
	_ = loop(10)
	_ = classify(3)
	_ = kind(1)
	_ = assert(1)
	_ = assertOK(1)
	_ = fromError(nil)
	toStringer(nil)
	_, _ = lookup(nil, "a")
	_ = makeSlice(3)
	_ = appendTwo(nil)
	_ = sliceOf([]int{1, 2, 3, 4})
	_ = newPoint()
	_ = literalMap()
	_ = concat("a", "b", "c")
	_ = upper("x")
	_ = hasPrefix("gopher")
	sayHello("x")
	twoPrints()
	_ = area(Rect{1, 2})
	failIf(false)
	failErr(nil)
	_ = wrapErr(newErr())
	_ = counter()()
	_ = applyLit()
	_ = direct()
	withDefer()
	_ = withRecover()
	ch := make(chan int, 2)
	withGo(ch)
	send(ch, 1)
	_ = recv(ch)
	_ = withSelect(ch, ch)
	_ = fact(5)
	_ = even(4)
	_ = marked(1)
	_ = labeled(5)
	_, _, _, _ = convert(nil, "", 'x', 1)
	_ = fields(Point{}, p)
	_ = arrays([3]int{}, &[3]int{})
	_ = big(10)
	_ = nearBudget(nil)
}
