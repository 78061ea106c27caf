// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.UnixDate, time.RFC1123,
		time.RFC822, time.Stamp, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000", "Jan 2, 2006 at 3:04pm (MST)", "Monday 02/01/06 _2 002",
	}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	t2 := t.Add(36*time.Hour + 15*time.Minute + 123456789*time.Nanosecond)
	fmt.Println(t2.Format(time.RFC3339Nano), t2.Format(time.StampMilli), t2.Format("15:04:05.999"))
	fmt.Println(t2.Year(), t2.Month(), t2.Day(), t2.Hour(), t2.Minute(), t2.Second(), t2.Nanosecond(), t2.Weekday(), t2.YearDay())
	y, m, d := t2.Date()
	h, mi, s := t2.Clock()
	fmt.Println(y, m, d, h, mi, s)
	fmt.Println(t2.Truncate(time.Hour), t2.Round(24*time.Hour))
	d8 := time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(d8, d8.Weekday(), d8.YearDay(), d8.AddDate(1, 0, 0), d8.Sub(t).Hours())
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), t.IsZero())
	fmt.Println(time.March, time.Saturday, time.Month(13), time.Weekday(9))
}
