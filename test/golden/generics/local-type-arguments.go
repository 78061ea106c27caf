// run
package main

import "fmt"

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type top struct{ N int }

func helper() any {
	type inner struct{ S string }
	type alias = int
	return Box[inner]{inner{"h"}}
}

func main() {
	type local struct{ X int }
	type other int
	fmt.Printf("%T %#v\n", Box[local]{}, Box[local]{})
	fmt.Printf("%T\n", Box[Box[local]]{})
	fmt.Printf("%T %T %T\n", Box[*local]{}, Box[[]other]{}, Box[map[other][2]local]{})
	fmt.Printf("%T %v\n", Pair[other, top]{}, Pair[other, top]{1, top{2}})
	fmt.Printf("%T %+v\n", helper(), helper())
	f := func() any {
		type inFunc bool
		return Box[inFunc]{true}
	}
	fmt.Printf("%T %v\n", f(), f())
	fmt.Printf("%T %T\n", local{}, []other{})
	var x any = Box[local]{}
	_, ok := x.(Box[local])
	fmt.Println(ok)
	defer func() { fmt.Printf("%T\n", recover()) }()
	panic(Box[other]{3})
}
