// run
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1 := context.WithValue(a, "name", "a1")
	a1c, cancelA1 := context.WithCancel(a1)
	defer cancelB()
	defer cancelA1()

	cancelA()
	fmt.Println("root:", root.Err(), "a:", a.Err(), "b:", b.Err(), "a1c:", a1c.Err())

	var wg sync.WaitGroup
	results := make([]string, 3)
	for i, ctx := range []context.Context{root, b, a1c} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			results[i] = ctx.Err().Error()
		}()
	}
	cancelRoot()
	wg.Wait()
	fmt.Println(results)
	fmt.Println(a1c)
}
