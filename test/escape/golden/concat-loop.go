// build -gcflags=-m -l
package main

func join(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x + ","
	}
	return s
}

func main() { _ = join([]string{"a", "b"}) }
