package main

func a() int {
}

func b(x int) int {
	if x > 0 {
		return 1
	}
}

func c(x int) int {
	for {
	}
}

func d(x int) int {
	for {
		break
	}
}

func e(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func f(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func g() (r int) {
	r = 1
}

func main() {}
