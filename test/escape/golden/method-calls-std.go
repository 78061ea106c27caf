// build -gcflags=-m -l
package main

import (
	"fmt"
	"strings"
	"time"
)

type T struct{ n int }

func (t *T) M() int { return t.n }

func main() {
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.Len())
	t := &T{1}
	fmt.Println(t.M())
	d := time.Second
	fmt.Println(d.Seconds())
	r := strings.NewReader("abc")
	fmt.Println(r.Len())
}
