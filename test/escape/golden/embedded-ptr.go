// build -gcflags=-m -l
package main

type Inner struct{ v int }

func (in *Inner) Get() int { return in.v }

type Outer struct{ *Inner }

func main() {
	o := Outer{&Inner{1}}
	_ = o.Get()
}
