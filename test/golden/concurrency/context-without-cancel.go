// run
package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	wc := context.WithoutCancel(parent)
	child, cancelChild := context.WithCancel(wc)
	defer cancelChild()
	cancel()
	fmt.Println(parent.Err(), wc.Err(), child.Err(), wc.Value("k"), wc.Done() == nil)
	fmt.Println(wc, child)
	cancelChild()
	fmt.Println(child.Err(), context.Cause(child), context.Cause(wc))
}
