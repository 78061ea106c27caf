// build -gcflags=-m -l
package main

type S struct {
	x int
}

func (t *S) M1() {
}

func F(x any) any {
	return x
}

func main() {
	F(&S{}).(interface{ M1() }).M1()
}
