// run
package main

import (
	"fmt"
	"strings"
)

func build(b strings.Builder) string {
	b.WriteString("!")
	return b.String()
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var zero strings.Builder
	fmt.Println(build(zero))
	var sb strings.Builder
	sb.WriteString("x")
	cp := sb
	fmt.Println(cp.String(), cp.Len())
	try("WriteString", func() { cp.WriteString("y") })
	try("WriteByte", func() { cp.WriteByte('y') })
	try("WriteRune", func() { cp.WriteRune('é') })
	try("Write", func() { cp.Write([]byte("y")) })
	try("Grow", func() { cp.Grow(10) })
	try("by value", func() { fmt.Println(build(sb)) })
	cp.Reset()
	cp.WriteString("fresh")
	fmt.Println(cp.String(), sb.String())
	p := &sb
	p.WriteString("y")
	fmt.Println(sb.String())
	bs := []strings.Builder{{}}
	bs[0].WriteString("in slice")
	fmt.Println(bs[0].String())
}
