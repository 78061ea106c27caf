// run
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "1e400", "abc", ".5", "0x1p-2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "FALSE", "1", "t", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'e', -1, 32), strconv.FormatFloat(-2.5, 'f', -1, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("n="), 42, 10))
}
