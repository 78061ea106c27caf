// build -gcflags=-m -l
package main

type T struct{ n int }

func get(i interface{}) *T {
	if t, ok := i.(*T); ok {
		return t
	}
	return nil
}

func main() {
	_ = get(&T{1})
}
