// run
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c, len(c))

	s := make(chan string)
	close(s)
	x, ok := <-s
	fmt.Printf("%q %v\n", x, ok)

	type pair struct{ a, b int }
	p := make(chan *pair, 1)
	close(p)
	fmt.Println(<-p)

	done := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() {
			<-done
		}()
	}
	close(done)
	_, ok = <-done
	fmt.Println("broadcast via close:", ok)
}
