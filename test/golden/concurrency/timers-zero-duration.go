// run faketime
package main

// Timers with a zero or negative duration are due at once: AfterFunc's goroutine starts at the
// next scheduling point, and a select or receive on a due timer's channel finds its value.
import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	time.AfterFunc(0, func() { fmt.Println("afterfunc 0") })
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	select {
	case <-time.After(0):
		fmt.Println("after 0 ready")
	default:
		fmt.Println("default")
	}
	t := time.NewTimer(0)
	fmt.Println("len", len(t.C), "cap", cap(t.C))
	select {
	case <-t.C:
		fmt.Println("timer 0 ready")
	default:
		fmt.Println("default 2")
	}
	fmt.Println("reset:", t.Reset(-time.Second))
	fmt.Println("stop:", t.Stop())
	fmt.Println("reset:", t.Reset(0))
	v := <-t.C
	fmt.Println("received, clock moved:", time.Since(v))
	time.AfterFunc(-5, func() { fmt.Println("negative afterfunc") })
	time.Sleep(0)
	fmt.Println("after sleep 0")
	time.Sleep(1)
	fmt.Println("after sleep 1ns")
}
