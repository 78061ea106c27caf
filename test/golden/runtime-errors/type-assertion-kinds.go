// run
package main

import (
	"fmt"
	"io"
)

type T struct{}
type I interface{ M() }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var e interface{}
	try(func() { _ = e.(int) })
	var x interface{} = T{}
	try(func() { _ = x.(I) })
	try(func() { _ = x.(*T) })
	var r io.Reader
	try(func() { _ = r.(io.Writer) })
	var s fmt.Stringer
	try(func() { _ = s.(interface{ String() string }) })
	x = 3.5
	try(func() { _ = x.(fmt.Stringer) })
	x = []int{}
	try(func() { _ = x.(map[string]int) })
}
