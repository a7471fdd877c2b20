import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { asOnePage, viewsWaiting, wholePages } from '../../../src-renderer/data/page-barrier';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('the page barrier', () => {
  it('holds a view while pages are written, two at once too, and gives its latest answer once, when the last is in', async () => {
    const db = {};
    const source = new Subject<number>();
    const shown: number[] = [];
    source.pipe(wholePages<number>(db)).subscribe((n) => shown.push(n));
    source.next(1);
    expect(shown).toEqual([1]);

    const first = deferred();
    const second = deferred();
    const page1 = asOnePage(db, () => first.promise);
    const page2 = asOnePage(db, () => second.promise);
    source.next(2);
    source.next(3);
    expect(shown).toEqual([1]);
    expect(viewsWaiting(db)).toBe(true);

    first.resolve();
    await page1;
    // Page 2 is still being written: nothing yet.
    expect(shown).toEqual([1]);
    second.resolve();
    await page2;
    expect(shown).toEqual([1, 3]);
    expect(viewsWaiting(db)).toBe(false);
  });

  it('a view that stops listening while held no longer counts as waiting', async () => {
    const db = {};
    const source = new Subject<number>();
    const page = deferred();
    const written = asOnePage(db, () => page.promise);
    const view = source.pipe(wholePages<number>(db)).subscribe();
    expect(viewsWaiting(db)).toBe(false);
    source.next(1);
    expect(viewsWaiting(db)).toBe(true);
    view.unsubscribe();
    expect(viewsWaiting(db)).toBe(false);
    page.resolve();
    await written;
  });

  it('a source that completes while held gives its last answer, then completes', async () => {
    const db = {};
    const source = new Subject<number>();
    const events: string[] = [];
    source.pipe(wholePages<number>(db)).subscribe({
      next: (n) => events.push(`next ${n}`),
      complete: () => events.push('complete'),
    });
    const page = deferred();
    const written = asOnePage(db, () => page.promise);
    source.next(1);
    source.complete();
    expect(events).toEqual([]);
    page.resolve();
    await written;
    expect(events).toEqual(['next 1', 'complete']);
  });
});
