// Types for golden-recipe.mjs, so TypeScript callers (the golden driver) can import it.
export type Recipe = { kind: 'run'; faketime: boolean; go119: boolean } | { kind: 'build'; gcflags: string };
export function parseRecipe(source: string): Recipe;
