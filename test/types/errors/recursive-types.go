package main

type A struct {
	a A
}

type B struct{ c C }
type C struct{ b B }

type D [2]D

type E struct {
	next *E
	list []E
	m    map[string]E
}

type F = F

var x = x

var y = z
var z = y

func main() {}
