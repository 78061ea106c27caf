// run
package main

import "fmt"

type Item struct {
	Name string
	Tags []string
	Meta map[string]int
	N    [2]int
}

func main() {
	a := Item{"a", []string{"t"}, map[string]int{"k": 1}, [2]int{1, 2}}
	b := a
	b.Name = "b"
	b.Tags[0] = "shared"
	b.Meta["k"] = 100
	b.N[0] = 50
	fmt.Printf("%+v\n%+v\n", a, b)
	items := []Item{a, b}
	for _, it := range items {
		it.Name = "changed"
	}
	fmt.Println(items[0].Name, items[1].Name)
	var iface interface{} = a
	a.Name = "after"
	fmt.Println(iface.(Item).Name, a.Name)
	arr := [2]Item{a, b}
	arr2 := arr
	arr2[0].Name = "arr2"
	fmt.Println(arr[0].Name, arr2[0].Name)
	m := map[string]Item{"x": a}
	cp := m["x"]
	cp.N[1] = -1
	fmt.Println(m["x"].N, cp.N)
}
