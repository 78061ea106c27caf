package main

import "fmt"

type P struct{ X, Y int }
type Shape interface{ Area() int }
type R struct{ W, H int }

func (r R) Area() int { return r.W * r.H }

type Base struct{ id int }

func (b *Base) SetID(i int) { b.id = i }
func (b Base) ID() int      { return b.id }

type Derived struct {
	Base
	name string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	a := P{1, 2}
	b := a
	b.X = 9
	fmt.Println(a, b, a == b)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2)
	var s Shape = R{3, 4}
	fmt.Println(s.Area())
	d := Derived{name: "d"}
	d.SetID(7)
	fmt.Println(d.ID(), d)
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5))
	var i8 int8 = 127
	i8++
	var u uint64 = 0
	u--
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i8, u, i64, 7/-2, -7%3, 1<<62)
	var f32 float32 = 0.1
	fmt.Println(f32*3, 0.1*3)
	str := "héllo, 世界"
	for i, r := range str {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(str), []byte("hé"), []rune("hé"))
	m := map[P]string{{1, 2}: "a"}
	m[P{1, 2}] += "b"
	fmt.Println(m[P{1, 2}], len(m))
	funcs := []func(){}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() { fmt.Print(i) })
	}
	for _, f := range funcs {
		f()
	}
	fmt.Println()
	var sl []int
	for i := 0; i < 10; i++ {
		sl = append(sl, i)
		fmt.Print(cap(sl), " ")
	}
	fmt.Println()
	x := 10
	px := &x
	*px += 5
	fmt.Println(x)
	switch y := x % 3; y {
	case 0:
		fmt.Println("zero")
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two-or-fall")
	default:
		fmt.Println("default")
	}
	var v any = 3.5
	switch t := v.(type) {
	case int:
		fmt.Println("int", t)
	case float64, float32:
		fmt.Println("float", t)
	}
	for i := range 3 {
		for j := range 3 {
			if j == 2 {
				continue
			}
			if i == 2 {
				goto end
			}
			fmt.Print(i, j, ";")
		}
	}
end:
	fmt.Println()
	seq := func(yield func(int) bool) {
		for i := 0; i < 5; i++ {
			if !yield(i) {
				return
			}
		}
	}
	for v := range seq {
		if v == 3 {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
}
