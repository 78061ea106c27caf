// run
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(123), strconv.Itoa(-45)+"!")
	for _, s := range []string{"42", "-7", "+3", "abc", "", "9223372036854775808", "1_000", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	n, err = strconv.ParseInt("0b101", 0, 64)
	fmt.Println(n, err)
}
