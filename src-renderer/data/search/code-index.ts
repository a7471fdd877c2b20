/**
 * SKUs and barcodes of the catalogue in one sorted list, for "starts with"
 * look-ups while a code is typed: a binary search, never a scan. Kept current
 * one product at a time; sorted again lazily, on the first look-up after changes.
 */
export class CodeIndex {
  private readonly codesOf = new Map<string, string[]>();
  private sorted: [code: string, sku: string][] = [];
  private dirty = false;

  upsert(sku: string, codes: readonly string[]): void {
    this.codesOf.set(sku, [sku.toUpperCase(), ...codes]);
    this.dirty = true;
  }

  remove(sku: string): void {
    if (this.codesOf.delete(sku)) this.dirty = true;
  }

  /** SKUs having a code that starts with the text (case-insensitive), in code order. */
  startingWith(text: string, limit: number): string[] {
    const prefix = text.trim().toUpperCase();
    if (!prefix) return [];
    if (this.dirty) this.rebuild();
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid]?.[0] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length && out.length < limit; i++) {
      const [code, sku] = this.sorted[i] as [string, string];
      if (!code.startsWith(prefix)) break;
      if (!out.includes(sku)) out.push(sku);
    }
    return out;
  }

  private rebuild(): void {
    const entries: [string, string][] = [];
    for (const [sku, codes] of this.codesOf) for (const code of codes) entries.push([code, sku]);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.sorted = entries;
    this.dirty = false;
  }
}
