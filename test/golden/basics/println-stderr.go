// run
package main

func main() {
	println("hello", 1, true, 2.5, -3)
	print("no newline", 42, "\n")
	println(int8(-5), uint64(18446744073709551615), float32(0.1))
	println(1e21, 1e-7, 0.0, -0.0)
	var p *int
	println(p == nil, nil == p)
	println('a', "é", len("é"))
	println()
	print()
	println(complex(1, 2))
}
