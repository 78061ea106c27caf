// run
package main

// Waiting on a sync.Cond that nobody will signal.
import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []string
}

func (q *Queue) Pop() string {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	it := q.items[0]
	q.items = q.items[1:]
	return it
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	q.items = append(q.items, "first")
	fmt.Println(q.Pop())
	fmt.Println(q.Pop())
}
