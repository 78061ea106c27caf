// run
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// Perm and Shuffle orders from seeded generators, and how they advance the sequence.
func main() {
	r := rand.New(rand.NewSource(1))
	for n := 0; n <= 12; n++ {
		fmt.Println("Perm", n, r.Perm(n))
	}
	fmt.Println("after Perm:", r.Int63())

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	for seed := int64(1); seed <= 5; seed++ {
		r := rand.New(rand.NewSource(seed))
		w := append([]string(nil), words...)
		r.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
		fmt.Println("seed", seed, w)
	}

	// A deck of cards, shuffled and dealt.
	r = rand.New(rand.NewSource(2024))
	var deck []string
	for _, s := range []string{"♠", "♥", "♦", "♣"} {
		for _, v := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"} {
			deck = append(deck, v+s)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	for p := 0; p < 4; p++ {
		fmt.Println("hand", p, deck[p*5:p*5+5])
	}

	// The swap calls themselves, in order.
	r = rand.New(rand.NewSource(7))
	var calls []string
	r.Shuffle(8, func(i, j int) { calls = append(calls, fmt.Sprintf("%d<->%d", i, j)) })
	fmt.Println(calls)
	r.Shuffle(0, func(i, j int) { panic("not called") })
	r.Shuffle(1, func(i, j int) { panic("not called") })
	fmt.Println("next", r.Intn(1000))

	// A big permutation: check it is one, and print a fingerprint.
	p := r.Perm(10000)
	seen := make([]bool, len(p))
	sum := 0
	for i, v := range p {
		seen[v] = true
		sum += i * v
	}
	ok := true
	for _, s := range seen {
		ok = ok && s
	}
	fmt.Println("perm ok", ok, "fingerprint", sum, p[:10])
}
