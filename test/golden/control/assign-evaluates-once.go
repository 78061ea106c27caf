// run
// x op= y, x++ and x = y evaluate the operands of x once, in order (Go spec: Assignment statements).
package main

import "fmt"

type P struct{ x int }

var calls int

func next() int {
	calls++
	return calls % 3
}

func key() string {
	calls++
	return fmt.Sprint("k", calls%2)
}

func ptr(p *P) *P {
	calls++
	return p
}

func main() {
	a := []int{0, 0, 0}
	for range 6 {
		a[next()]++
	}
	fmt.Println(a, calls)
	m := map[string]int{}
	for range 4 {
		m[key()] += 10
	}
	fmt.Println(m, calls)
	ps := []P{{1}, {2}, {3}}
	ps[next()] = P{9}
	ps[next()].x += 100
	fmt.Println(ps, calls)
	arr := [3][2]int{}
	arr[next()][next()%2] |= 4
	grid := [][2]int{{1, 2}, {3, 4}}
	grid[next()%2] = [2]int{7, 8}
	fmt.Println(arr, grid, calls)
	q := &P{5}
	ptr(q).x *= 3
	*ptr(q) = P{ptr(q).x + 1}
	fmt.Println(*q, calls)
	ch := make(chan int, 3)
	ch <- 0
	ch <- 1
	b := []int{10, 20}
	b[<-ch] -= 5
	fmt.Println(b, len(ch))
}
