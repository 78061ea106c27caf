// run
package main

import (
	"context"
	"fmt"
)

type key string

type userKey struct{}

func main() {
	ctx := context.WithValue(context.Background(), key("lang"), "Go")
	ctx = context.WithValue(ctx, userKey{}, 42)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(ctx.Value(key("lang")), ctx.Value(userKey{}), ctx.Value(key("missing")), ctx.Value("lang"))
	inner := context.WithValue(ctx, key("lang"), "Golang")
	fmt.Println(inner.Value(key("lang")), ctx.Value(key("lang")))
	fmt.Println(context.WithValue(context.Background(), key("k"), "v"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), nil, 1)
	}()
}
