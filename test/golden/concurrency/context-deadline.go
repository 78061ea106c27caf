// run faketime
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	d := start.Add(50 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	fmt.Println(ctx)
	select {
	case <-time.After(time.Second):
		fmt.Println("overslept")
	case <-ctx.Done():
		fmt.Println(ctx.Err(), time.Since(start))
	}
	// A child cannot outlive its parent's deadline.
	child, cancelChild := context.WithTimeout(ctx, time.Hour)
	defer cancelChild()
	dl, _ := child.Deadline()
	fmt.Println(dl.Equal(d), child.Err())
	past, cancelPast := context.WithDeadline(context.Background(), start)
	defer cancelPast()
	fmt.Println(past.Err())
}
