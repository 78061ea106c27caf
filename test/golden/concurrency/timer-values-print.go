// run faketime
package main

// Timers and tickers print as Go lays them out (the channel, then whether the value was made by
// NewTimer/NewTicker/AfterFunc), and misusing a zero Timer or Ticker panics with Go's texts.
import (
	"fmt"
	"time"
)

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	t := time.NewTimer(time.Second)
	tk := time.NewTicker(time.Second)
	af := time.AfterFunc(time.Second, func() {})
	fmt.Printf("%v\n%+v\n%v\n", t, tk, af)
	fmt.Println(t.C == t.C, af.C == nil, len(tk.C), cap(tk.C))
	var zt time.Timer
	var ztk time.Ticker
	fmt.Printf("%+v %+v\n", zt, ztk)
	try("zero Timer Stop", func() { zt.Stop() })
	try("zero Timer Reset", func() { zt.Reset(time.Second) })
	try("zero Ticker Stop", func() { ztk.Stop() })
	try("zero Ticker Reset", func() { ztk.Reset(time.Second) })
	try("Ticker Reset 0", func() { tk.Reset(0) })
	try("NewTicker 0", func() { time.NewTicker(0) })
	fmt.Println(time.Tick(-1) == nil)
	fmt.Printf("%T %T %T\n", t, tk.C, af)
}
