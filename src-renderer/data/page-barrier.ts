import { BehaviorSubject, Observable } from 'rxjs';

/**
 * One pulled page lands in several collections, one write each, and their reactive queries
 * catch up one after the other. A view joining collections (an order and the stock it
 * reserves, a stock count and the task it opened) would show the in-between for a moment:
 * a command's effect gone from one collection and not yet arrived in the other. Views that
 * join collections hold their answer while a page is being written and give the last one
 * once it is all in. A first sync writes a page while the one before commits (`store-pull.ts`),
 * so pages follow each other without a moment in between: the pull asks `viewsWaiting` and
 * lets the writes in flight end first when a view holds an answer nobody has seen yet.
 */
type Barrier = {
  /** Pages being written. */
  writing: BehaviorSubject<number>;
  /** Views holding an answer they have not given yet. */
  waiting: number;
};

const barriers = new WeakMap<object, Barrier>();

function barrierOf(db: object): Barrier {
  let barrier = barriers.get(db);
  if (!barrier) {
    barrier = { writing: new BehaviorSubject(0), waiting: 0 };
    barriers.set(db, barrier);
  }
  return barrier;
}

/** Write one page: views of this database hold until it is written and the queries have followed. */
export async function asOnePage(db: object, write: () => Promise<void>): Promise<void> {
  const { writing } = barrierOf(db);
  writing.next(writing.value + 1);
  try {
    await write();
    // Let the collections' queries take the change events in before views answer again.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    writing.next(writing.value - 1);
  }
}

/** Some view of this database holds an answer until the pages being written are in. */
export function viewsWaiting(db: object): boolean {
  return barrierOf(db).waiting > 0;
}

/** Hold a view's answers while a page is being written; the latest one comes once it is in. */
export function wholePages<T>(db: object) {
  return (source: Observable<T>): Observable<T> =>
    new Observable<T>((subscriber) => {
      const barrier = barrierOf(db);
      let held: { value: T } | undefined;
      let done = false;
      const hold = (value: T) => {
        if (!held) barrier.waiting += 1;
        held = { value };
      };
      const release = () => {
        if (!held) return;
        const { value } = held;
        held = undefined;
        barrier.waiting -= 1;
        subscriber.next(value);
      };
      const idle = barrier.writing.subscribe((n) => {
        if (n > 0) return;
        release();
        if (done) subscriber.complete();
      });
      const answers = source.subscribe({
        next: (value) => {
          if (barrier.writing.value === 0) subscriber.next(value);
          else hold(value);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          done = true;
          if (!held) subscriber.complete();
        },
      });
      return () => {
        answers.unsubscribe();
        idle.unsubscribe();
        if (held) barrier.waiting -= 1;
        held = undefined;
      };
    });
}
