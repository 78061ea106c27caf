// run
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), p)
	fmt.Println(len(sieve(100000)))
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	fmt.Println(powmod(2, 62, 1000000007), powmod(3, 200, 4294967291))
	var collatz func(n, steps int) int
	collatz = func(n, steps int) int {
		if n == 1 {
			return steps
		}
		if n%2 == 0 {
			return collatz(n/2, steps+1)
		}
		return collatz(3*n+1, steps+1)
	}
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i, 0); s > best {
			best, arg = s, i
		}
	}
	fmt.Println(arg, best)
}
