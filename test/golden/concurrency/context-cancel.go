// run
package main

import (
	"context"
	"fmt"
)

func gen(ctx context.Context) <-chan int {
	dst := make(chan int)
	n := 1
	go func() {
		defer close(dst)
		for {
			select {
			case <-ctx.Done():
				return
			case dst <- n:
				n++
			}
		}
	}()
	return dst
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	for n := range gen(ctx) {
		fmt.Println(n)
		if n == 5 {
			break
		}
	}
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	cancel()
	fmt.Println(ctx.Err(), ctx.Err() == context.Canceled)
	fmt.Println(ctx)
	fmt.Println(context.Background(), context.TODO())
	_, ok := ctx.Deadline()
	fmt.Println(ok)
}
