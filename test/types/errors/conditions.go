package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	if "s" {
	}
	for i := 0; i; i++ {
	}
	s := "a"
	switch {
	case x:
	case s == "a":
	}
}
