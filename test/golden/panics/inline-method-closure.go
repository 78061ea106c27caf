// run
package main

import "fmt"

type Counter struct{ n, limit int }

// Inc is a small method: gc inlines the call c.Inc() and copies its literal into main.
func (c *Counter) Inc() func() {
	return func() {
		c.n++
		if c.n > c.limit {
			panic("counter over limit")
		}
	}
}

func main() {
	c := &Counter{limit: 1}
	inc := c.Inc()
	inc()
	fmt.Println("n =", c.n)
	inc()
}
