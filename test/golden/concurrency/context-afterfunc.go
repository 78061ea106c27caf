// run faketime
package main

// context.AfterFunc: f runs in its own goroutine once the context is done, unless stop came
// first; stop reports whether it prevented the call.
import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

type key string

func main() {
	start := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("cleanup ran at", time.Since(start), "err:", ctx.Err())
	})
	never := context.AfterFunc(ctx, func() { fmt.Println("never printed") })
	fmt.Println("stop before cancel:", never(), never())
	fmt.Println("goroutines:", runtime.NumGoroutine())
	time.Sleep(time.Second)
	cancel()
	time.Sleep(time.Millisecond)
	fmt.Println("stop after it ran:", stop())

	fmt.Println("on Background:", context.AfterFunc(context.Background(), func() {})())

	done, c2 := context.WithCancelCause(context.Background())
	c2(errors.New("shutdown"))
	ran := make(chan string)
	context.AfterFunc(done, func() { ran <- fmt.Sprint("already done: ", context.Cause(done)) })
	fmt.Println(<-ran)

	vctx := context.WithValue(context.Background(), key("k"), "v")
	tctx, c3 := context.WithTimeout(vctx, 250*time.Millisecond)
	defer c3()
	context.AfterFunc(tctx, func() {
		fmt.Println("timeout", tctx.Err(), "value", tctx.Value(key("k")), "at", time.Since(start))
		ran <- "ok"
	})
	fmt.Println(<-ran, runtime.NumGoroutine())
}
