// run
package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sum += n
	return a.sum
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	total := 0
	go func() {
		for v := range ch {
			total += v
		}
		done <- true
	}()
	next := func() int { total += 1000; return 1 }
	for i := 0; i < 3; i++ {
		ch <- i + next()
	}
	close(ch)
	<-done
	fmt.Println("total", total)
	acc := &Acc{}
	fmt.Println(acc.sum, acc.Add(5), acc.sum, acc.Add(6))
	n := 0
	bump := func() int { n++; return n }
	for n < 3 && n+1 < bump()+1 {
		fmt.Println("loop", n)
	}
	if n > 0 && n == bump() {
		fmt.Println("never")
	} else {
		fmt.Println("else", n)
	}
	m := map[string]int{"a": 1}
	k := "a"
	setK := func() int { k = "b"; return 10 }
	m[k] += setK()
	fmt.Println(m)
	arr := []int{1, 2, 3}
	idx := 0
	mv := func() int { idx = 2; return 100 }
	arr[idx] += mv()
	fmt.Println(arr)
	var fn func() int = func() int { return 1 }
	swap := func() int { fn = func() int { return 2 }; return 0 }
	fmt.Println(fn(), swap(), fn())
	x := 1
	defer fmt.Println("deferred x", x, bump())
	gdone := make(chan bool)
	go func(a, b int) { fmt.Println("go", a, b); gdone <- true }(x, bump())
	<-gdone
	s := []int{1}
	grow := func() int { s = append(s, 2, 3); return len(s) }
	fmt.Println(s, len(s), grow(), s)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); fmt.Println("in goroutine", n, bump()) }()
	wg.Wait()
	str := "x"
	str += fmt.Sprint(len(str), bump())
	fmt.Println(str)
}
