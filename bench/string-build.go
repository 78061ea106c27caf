// Benchmark: string building with strings.Builder, Sprintf and concatenation.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 1_000_000; i++ {
		b.WriteString("item")
		b.WriteByte(' ')
	}
	s := ""
	for i := 0; i < 10_000; i++ {
		s += "x"
	}
	n := 0
	for i := 0; i < 200_000; i++ {
		n += len(fmt.Sprintf("%d:%s", i, "v"))
	}
	fmt.Println(b.Len(), len(s), n)
}
