// run
package main

type T struct{}

func (t T) M() {}

func (i int) Double() int { return i * 2 }

type PtrT *T

func (p PtrT) N() {}

func (t *T) M() {}

func main() {
	T.M(T{})
	(*T).X(nil)
}
