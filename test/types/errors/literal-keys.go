package main

type T struct{ X int }

func (t *T) X() {}

var b []int = []int{-1: 1}
var c []int = []int{2.0: 2}
var d = [2]int{5: 1}
var f []int = []int{3i: 3}
var g = []int{c[0]: 1}

func main() {}
