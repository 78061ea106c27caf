// run
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type Named struct{ N string }

func (n Named) String() string { return "Named(" + n.N + ")" }

func JoinAll[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

type Num interface {
	~int | ~float64
	String() string
}

func Double[T Num](x T) T { return x * 2 }

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
	fmt.Println(JoinAll([]Named{{"a"}, {"b"}}, "+"))
	fmt.Println(Double(ID(21)), Double(ID(4)).String())
}
