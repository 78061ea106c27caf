// run
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a int32 = 5
	var b int64
	var u uint32 = 1
	fmt.Println(atomic.AddInt32(&a, 3), a)
	fmt.Println(atomic.AddInt32(&a, -10), a)
	fmt.Println(atomic.CompareAndSwapInt32(&a, -2, 42), atomic.CompareAndSwapInt32(&a, -2, 0), a)
	atomic.StoreInt64(&b, 1<<40)
	fmt.Println(atomic.LoadInt64(&b), atomic.SwapInt64(&b, 3), b)
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), u)
	fmt.Println(atomic.OrInt32(&a, 1), atomic.AndInt32(&a, 2), a)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Swap("world"), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(12)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var w atomic.Value
		w.Store(nil)
	}()
}
