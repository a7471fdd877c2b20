import { normalizeGtin } from '@shared/domain/barcode';
import { maskEmail, maskPhone } from '@shared/domain/mask';
import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import type { ReceiptDoc } from '@shared/schemas/receipt';
import type { ReturnDoc } from '@shared/schemas/return';
import type { StaffDoc } from '@shared/schemas/staff';
import type { StoreDoc } from '@shared/schemas/store';
import type { RxDocument } from 'rxdb';
import { combineLatest, map, type Observable, of, switchMap } from 'rxjs';
import type { ReplicaDatabase } from './database';
import type { UnsettledCommands } from './unsettled';
import { orderView$, plain } from './views';

/**
 * Read-only look-ups the screens need beside the optimistic views. Each one goes
 * through an index (primary key, number, pickupCode, barcode): none scans a collection.
 */

export function store$(db: ReplicaDatabase): Observable<StoreDoc | undefined> {
  return db.store.findOne().$.pipe(map((d) => plain<StoreDoc>(d as RxDocument<StoreDoc> | null)));
}

/** A member of the store's staff by id (primary key): their name, role and PIN verifier. */
export function staffMember$(db: ReplicaDatabase, id: string): Observable<StaffDoc | undefined> {
  if (!id) return of(undefined);
  return db.staff.findOne(id).$.pipe(map((d) => plain<StaffDoc>(d as RxDocument<StaffDoc> | null)));
}

export type CountedCollection = 'orders' | 'products' | 'stock' | 'tasks' | 'returns';

export function count$(db: ReplicaDatabase, name: CountedCollection): Observable<number> {
  return db[name].count().$;
}

/** A product by any of its barcodes: the indexed main GTIN first, normalised (UPC-A = EAN-13 with a 0). */
export function productByBarcode$(db: ReplicaDatabase, code: string): Observable<ProductDoc | undefined> {
  const gtin = normalizeGtin(code.trim());
  if (!gtin) return of(undefined);
  return db.products
    .findOne({ selector: { barcode: gtin } })
    .$.pipe(map((d) => plain<ProductDoc>(d as RxDocument<ProductDoc> | null)));
}

export function productsBySku(
  db: ReplicaDatabase,
  skus: readonly string[],
): Promise<Map<string, ProductDoc>> {
  return db.products
    .findByIds([...skus])
    .exec()
    .then((docs) => new Map([...docs].map(([sku, doc]) => [sku, plain<ProductDoc>(doc) as ProductDoc])));
}

/** Products by SKU, live: a product that arrives or changes (the catalogue still syncing) shows at once. */
export function productsBySku$(
  db: ReplicaDatabase,
  skus: readonly string[],
): Observable<Map<string, ProductDoc>> {
  if (skus.length === 0) return of(new Map());
  return db.products
    .findByIds([...skus])
    .$.pipe(
      map((docs) => new Map([...docs].map(([sku, doc]) => [sku, plain<ProductDoc>(doc) as ProductDoc]))),
    );
}

export function returnsOf$(db: ReplicaDatabase, orderId: string): Observable<ReturnDoc[]> {
  return db.returns
    .find({ selector: { orderId }, sort: [{ createdAt: 'asc' }] })
    .$.pipe(map((docs) => docs.map((d) => plain<ReturnDoc>(d) as ReturnDoc)));
}

/**
 * The order a typed or scanned code designates: its number (the barcode printed on
 * pick lists and slips), its pickup code, or its id; optimistic like every order view.
 */
export function orderByCode$(
  db: ReplicaDatabase,
  unsettled: UnsettledCommands,
  code: string,
): Observable<OrderDoc | undefined> {
  const value = code.trim();
  if (!value) return of(undefined);
  // A shipping label's QR reads "<number>/<parcel>": the order is the part before the slash.
  const number = value.includes('/') ? value.slice(0, value.indexOf('/')) : value;
  const id$ = combineLatest([
    db.orders.findOne({ selector: { number } }).$,
    db.orders.findOne({ selector: { pickupCode: value } }).$,
    db.orders.findOne(value).$,
  ]).pipe(map(([byNumber, byPickup, byId]) => (byNumber ?? byPickup ?? byId)?.id));
  return id$.pipe(
    switchMap((id) => (id ? orderView$(db, unsettled, id).pipe(map((v) => v?.order)) : of(undefined))),
  );
}

/** Answers of the service to this device's commands that were not a plain "applied". */
export function nonAppliedReceipts$(db: ReplicaDatabase): Observable<ReceiptDoc[]> {
  return db.receipts
    .find({ selector: { outcome: { $ne: 'applied' } }, sort: [{ at: 'desc' }] })
    .$.pipe(map((docs) => docs.map((d) => plain<ReceiptDoc>(d) as ReceiptDoc)));
}

/** Returns recorded since a time (today's returns on the home screen). */
export function returnsSince$(db: ReplicaDatabase, since: string): Observable<ReturnDoc[]> {
  return db.returns
    .find({ selector: { createdAt: { $gte: since } }, sort: [{ createdAt: 'desc' }] })
    .$.pipe(map((docs) => docs.map((d) => plain<ReturnDoc>(d) as ReturnDoc)));
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Orders of the store's customers a typed name, email or phone designates. The
 * device holds contacts masked (j***@e***.fr, ••••••78): an email is masked the
 * same way and compared, a phone by the last digits the mask keeps; a name
 * matches anywhere, case-insensitive. A store's orders are few (hundreds), so
 * this query may read them all, unlike product search.
 */
export function customerOrdersQuery(text: string): Parameters<ReplicaDatabase['orders']['find']>[0] | null {
  const value = text.trim();
  if (value.length < 2) return null;
  const or: Record<string, unknown>[] = [];
  if (value.includes('@')) or.push({ 'customer.email': maskEmail(value.toLowerCase()) });
  else {
    const digits = value.replace(/[^\d+]/g, '');
    // The mask keeps the last two digits and the length depends on how the number was
    // written (+33… or 06…): match on the digits the device knows, the name tells them apart.
    if (digits.replace('+', '').length >= 6)
      or.push({ 'customer.phone': { $regex: `${escapeRegex(maskPhone(value).slice(-2))}$` } });
    if (/\p{L}/u.test(value)) or.push({ 'customer.name': { $regex: escapeRegex(value), $options: 'i' } });
  }
  if (or.length === 0) return null;
  return { selector: { $or: or }, sort: [{ assignedAt: 'desc' }], limit: 20 } as Parameters<
    ReplicaDatabase['orders']['find']
  >[0];
}
