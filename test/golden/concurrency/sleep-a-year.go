// run faketime
package main

// Virtual time has room for long sleeps: a year, then timers and tickers counted in days, keep
// nanosecond offsets exact.
import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(365 * 24 * time.Hour)
	fmt.Println(time.Since(start), time.Now())
	t := time.NewTimer(200 * 24 * time.Hour)
	v := <-t.C
	fmt.Println(v.Sub(start), v.Year(), v.YearDay())
	time.Sleep(1)
	time.Sleep(time.Millisecond + 7)
	fmt.Println(time.Since(start), time.Now())
	tk := time.NewTicker(36 * time.Hour)
	for i := 0; i < 3; i++ {
		v := <-tk.C
		fmt.Println("tick", v.Sub(start), v.Weekday())
	}
	tk.Stop()
	fmt.Println(time.Until(start))
}
