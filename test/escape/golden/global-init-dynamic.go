// build -gcflags=-m -l
package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ s string }

func mk(s string) *T { return &T{s} }

var a = &T{"a"}
var b = new(int)
var c = []int{1, 2}
var d = map[string]int{"x": 1}
var e = errors.New("e")
var f = []*T{mk("f")}
var g = strings.ToUpper("g")
var h = T{s: fmt.Sprint("h")}
var i any = 3
var j any = T{}
var k = make([]int, 3)
var l = make(map[int]int)
var m = make(chan int)
var n = func() int { return 1 }()
var o = []any{1, "x"}

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
}
