// run faketime
package main

import (
	"fmt"
	"math/rand"
	"time"
)

// The classic idiom rand.Seed(time.Now().UnixNano()): on virtual time (as on the Go Playground)
// the clock starts at the same instant every run, so the "random" numbers repeat.
func main() {
	fmt.Println(time.Now().UnixNano())
	rand.Seed(time.Now().UnixNano())
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(100), rand.Float64())
	time.Sleep(1500 * time.Millisecond)
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	fmt.Println(r.Intn(100), r.Intn(100), r.Perm(5))
	for i := 0; i < 3; i++ {
		d := time.Duration(r.Intn(500)) * time.Millisecond
		time.Sleep(d)
		fmt.Println("slept", d, "now", time.Now().Format("15:04:05.000"))
	}
}
