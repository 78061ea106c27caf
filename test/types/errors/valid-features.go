package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) All() func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

type Stringer interface{ String() string }

type Animal interface {
	Stringer
	Sound() string
}

type Base struct{ name string }

func (b Base) String() string { return b.name }

type Dog struct {
	Base
	age int
}

func (d *Dog) Sound() string { return "woof" }

type Op func(a, b int) int

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

var ErrNotFound = errors.New("not found")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	case error:
		return v.Error()
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprintf("%T", v)
	}
}

func labels() int {
	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			n++
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	switch n {
	case 4:
		n++
		fallthrough
	case 5:
		n++
	default:
	}
	return n + i
}

func channels() int {
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			_ = v
		}
	}()
	ch <- 1
	var send chan<- int = ch
	send <- 2
	close(ch)
	select {
	case <-done:
	default:
	}
	var recv <-chan int = ch
	v, ok := <-recv
	if !ok {
		return v
	}
	return 0
}

type Point struct{ X, Y int }

type Grid [3][3]Point

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[Celsius](1, 2.5))
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Each(func(s string) { fmt.Print(s) })
	for i, s := range l.All() {
		fmt.Println(i, s)
	}
	var a Animal = &Dog{Base{"rex"}, 3}
	fmt.Println(a, a.Sound(), a.String())
	d := Dog{Base: Base{name: "fido"}}
	fmt.Println(d.name, d.Base.name, d.Sound())
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add(1, 2), KB, MB, GB, Monday, Tuesday+0)
	_, err := find(map[string]int{}, "x")
	fmt.Println(errors.Is(err, ErrNotFound))
	var me *MyErr
	var e error = &MyErr{3}
	fmt.Println(errors.As(e, &me), me.Code)
	fmt.Println(divmod(7, 2))
	fmt.Println(classify(nil), classify(3), classify("x"), classify(e), classify(Monday), classify(1.5))
	fmt.Println(labels(), channels())
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, [2]int{1, 2} == [2]int{1, 2})
	var g Grid
	g[1][2].X = 5
	pp := &g[1][2]
	pp.Y = 6
	fmt.Println(g[1][2], len(g), cap(g[0][:2]))
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3:4]
	t = append(t, 9)
	copy(s, t)
	fmt.Println(s, t, len(t), cap(t), min(3, 1, 2), max(2.5, 1))
	m := map[Point][]string{{1, 2}: {"a"}}
	m[Point{3, 4}] = append(m[Point{3, 4}], "b")
	delete(m, Point{1, 2})
	clear(m)
	c := complex(1, 2)
	fmt.Println(real(c), imag(c), c*c)
	var sb strings.Builder
	sb.WriteString("hi")
	fmt.Println(sb.String(), strings.Repeat("ab", 2))
	f := Weekday.String
	g2 := (*Dog).Sound
	fmt.Println(f(Tuesday), g2(&d))
	x := 10
	px := &x
	*px += 5
	fmt.Println(x, string(rune(65)), []byte("hé"), []rune("hé"), string([]byte{104, 105}))
	var u8 uint8 = 255
	u8++
	var i8 int8 = -128
	i8--
	fmt.Println(u8, i8, 7>>1, -7/2, 1<<x, ^0, 5&^3)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr)
	type local struct{ v int }
	ls := []local{{1}, {v: 2}}
	fmt.Println(ls)
	var iface interface{ M() int }
	_ = iface
	fn := func(xs ...int) int { return len(xs) }
	fmt.Println(fn(), fn(1, 2), fn(s...))
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon.A, anon)
	var pt *Point
	if pt == nil {
		pt = new(Point)
	}
	pt.X = 3
	fmt.Println(*pt)
	for i := range 3 {
		defer fmt.Println("defer", i)
	}
	var bs = []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs))
	const big = 1 << 62
	fmt.Println(big/(1<<60), float32(0.1), 1e3)
}
