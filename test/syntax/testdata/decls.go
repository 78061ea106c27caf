// Function declarations without bodies, labels, comments and odd spacing.
//go:build go1.21

package main

/* block
comment */

func noBody(x int) int

func multi(
	a int,
	b string,
) (
	c int,
) {
	return /* inline */ a
}

type Iface interface {
	m()
	n(x int) (y int)
}

var é = "grüße"

func main() {
	x := 1 /* multi
	line */
	_ = x
	var ü = é
	_ = ü
	goto end
end:
}
