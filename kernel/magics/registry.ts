// The table of magics by name.
import type { Magic } from './magic.js';

export class MagicRegistry {
  private readonly byName = new Map<string, Magic>();

  register(magic: Magic): void {
    this.byName.set(magic.name, magic);
  }

  get(name: string): Magic | undefined {
    return this.byName.get(name);
  }

  /** Sorted by name. */
  all(): Magic[] {
    return [...this.byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
