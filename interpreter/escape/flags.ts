// The compiler flags escape analysis honours: -m (and -m=N), -l, -d=defer.
export interface Flags {
  /** -m level: 0 none, 1 verdicts, 2 flow explanations. */
  m: number;
  /** -l: no inlining (required: golesson does not model inlining). */
  l: boolean;
  /** -d=defer: report how each defer is implemented. */
  deferDebug: boolean;
  /** -C: positions without columns (as `go tool compile -C`). */
  noColumns?: boolean;
  /** -e: no limit on the number of errors reported. */
  allErrors?: boolean;
}
