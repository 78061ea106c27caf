// run
package main

import (
	"context"
	"errors"
	"fmt"
)

var errDisk = errors.New("disk full")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(context.Cause(ctx))
	cancel(errDisk)
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), errDisk))
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println(child.Err(), context.Cause(child))

	plain, cancelPlain := context.WithCancel(context.Background())
	cancelPlain()
	fmt.Println(context.Cause(plain))
	fmt.Println(context.Cause(context.Background()))
}
