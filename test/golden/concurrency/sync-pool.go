// run
package main

// sync.Pool on one P: Get returns the item put first (the private slot), then the newest of the
// others; runtime.GC moves the caches aside, where one more Get can still find them, and a
// second GC drops them.
import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	created := 0
	p := sync.Pool{New: func() any { created++; return fmt.Sprint("new", created) }}
	fmt.Println(p.Get(), p.Get())
	p.Put("a")
	p.Put("b")
	p.Put("c")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	p.Put("x")
	p.Put("y")
	runtime.GC()
	fmt.Println("after 1 GC:", p.Get(), p.Get(), p.Get())
	p.Put("z")
	runtime.GC()
	runtime.GC()
	fmt.Println("after 2 GCs:", p.Get())

	bufs := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	b := bufs.Get().(*bytes.Buffer)
	b.WriteString("hello")
	bufs.Put(b)
	b2 := bufs.Get().(*bytes.Buffer)
	fmt.Println(b2 == b, b2.String())
	b2.Reset()
	bufs.Put(b2)

	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get(), created)
}
