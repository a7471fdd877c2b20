import { BehaviorSubject, combineLatest, distinctUntilChanged, filter, map, type Observable } from 'rxjs';

/**
 * One pulled page lands in several collections, one write each, and their reactive queries
 * catch up one after the other. A view joining collections (an order and the stock it
 * reserves, a stock count and the task it opened) would show the in-between for a moment:
 * a command's effect gone from one collection and not yet arrived in the other. Views that
 * join collections hold their answer while a page is being written and give the last one
 * once it is all in.
 */
const writing = new WeakMap<object, BehaviorSubject<number>>();

function counter(db: object): BehaviorSubject<number> {
  let subject = writing.get(db);
  if (!subject) {
    subject = new BehaviorSubject(0);
    writing.set(db, subject);
  }
  return subject;
}

/** Write one page: views of this database hold until it is written and the queries have followed. */
export async function asOnePage(db: object, write: () => Promise<void>): Promise<void> {
  const count = counter(db);
  count.next(count.value + 1);
  try {
    await write();
    // Let the collections' queries take the change events in before views answer again.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    count.next(count.value - 1);
  }
}

/** Hold a view's answers while a page is being written; the latest one comes once it is in. */
export function wholePages<T>(db: object) {
  const idle$ = counter(db).pipe(
    map((n) => n === 0),
    distinctUntilChanged(),
  );
  return (source: Observable<T>): Observable<T> =>
    combineLatest([source, idle$]).pipe(
      filter(([, idle]) => idle),
      map(([value]) => value),
    );
}
