// run faketime
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println(work(ctx, 50*time.Millisecond), time.Since(start))
	err := work(ctx, 500*time.Millisecond)
	fmt.Println(err, time.Since(start))
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	dl, ok := ctx.Deadline()
	fmt.Println(dl.Sub(start), ok)

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	go func() {
		time.Sleep(10 * time.Millisecond)
		cancel2()
	}()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), time.Since(start))
}
