#!/usr/bin/env node
// Entry point of the `golesson` command: runs the compiled CLI from dist/.
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2)));
