// run
package main

import (
	"fmt"
	"strconv"
)

func pair() (int, int) { return 1, 2 }

func main() {
	x := pair() + 1
	fmt.Println(strconv.Atoi("1") + 2)
	var y int = pair()
	_, _ = x, y
}
