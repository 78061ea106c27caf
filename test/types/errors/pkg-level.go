package main

var a, b = f()

func f() int { return 1 }

var c int = "x"

const d int = "y"

var e = g

var init = 1

func main() {}
