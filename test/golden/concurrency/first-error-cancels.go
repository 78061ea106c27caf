// run faketime
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func task(ctx context.Context, id int, d time.Duration, fail bool) error {
	select {
	case <-time.After(d):
		if fail {
			return fmt.Errorf("task %d failed", id)
		}
		fmt.Println("task", id, "finished")
		return nil
	case <-ctx.Done():
		fmt.Println("task", id, "canceled:", ctx.Err())
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	var once sync.Once
	var first error
	specs := []struct {
		d    time.Duration
		fail bool
	}{{10 * time.Millisecond, false}, {30 * time.Millisecond, true}, {50 * time.Millisecond, false}, {70 * time.Millisecond, false}}
	for i, s := range specs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(ctx, i, s.d, s.fail); err != nil && !errors.Is(err, context.Canceled) {
				once.Do(func() {
					first = err
					cancel()
				})
			}
		}()
	}
	wg.Wait()
	fmt.Println("first error:", first)
}
