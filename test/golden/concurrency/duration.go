// run
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, 100 * time.Millisecond,
		1500 * time.Millisecond, time.Minute, 90 * time.Second, 2 * time.Hour,
		26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-2500 * time.Millisecond, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 90 * time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (1499 * time.Millisecond).Round(time.Second))
	fmt.Println((-90 * time.Second).Abs(), (time.Duration(-1 << 63)).Abs())
	fmt.Printf("%v %s %d %T %q\n", d, d, d, d, d)
	for _, s := range []string{"1h30m", "1.5s", "300ms", "-2h", "2h45m30.5s", "1µs", "abc", "10", "3x"} {
		v, err := time.ParseDuration(s)
		fmt.Println(v, err)
	}
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total/4, total*2, total%time.Second)
}
