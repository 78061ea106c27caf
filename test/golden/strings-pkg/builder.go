// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	n, err := b.Write([]byte("xyz"))
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.WriteString("again")
	fmt.Println(b.String())
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 5; i++ {
		sb.WriteString(strings.Repeat("*", i))
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
}
