import { base, Faker, fr } from '@faker-js/faker';
import type { PayloadOf } from '@shared/commands';
import { gtinCheckDigit } from '@shared/domain/barcode';
import { storeLocalDate } from '@shared/domain/time';
import { BRANDS, COLOURS, FAMILIES } from './catalogue';
import { CITIES, EMAIL_DOMAINS, ORDER_NOTES, SECOND_LINES } from './places';

export type ProductInput = PayloadOf<'upsert_products'>['products'][number];
export type StockItem = PayloadOf<'stock_snapshot'>['items'][number];
export type OrderInput = PayloadOf<'assign_order'>['order'];
export type StoreInput = { name: string; timezone: string; locale: string; currency: string };
export type DemoStaff = {
  id: string;
  displayName: string;
  role: 'associate' | 'counter' | 'manager';
  badge: string;
  /** Demo PINs are public (README): a demo store is never a real one. */
  pin: string;
};

/** The demo store's team: one manager, associates for the back room, counter staff for Click & Collect. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  { id: 'camille', displayName: 'Camille Martin', role: 'manager', badge: 'STAFF-0001', pin: '1234' },
  { id: 'lea', displayName: 'Léa Bernard', role: 'associate', badge: 'STAFF-0002', pin: '0000' },
  { id: 'hugo', displayName: 'Hugo Dubois', role: 'associate', badge: 'STAFF-0003', pin: '1111' },
  { id: 'ines', displayName: 'Inès Laurent', role: 'counter', badge: 'STAFF-0004', pin: '2222' },
  { id: 'karim', displayName: 'Karim Haddad', role: 'counter', badge: 'STAFF-0005', pin: '3333' },
];

export type DemoStore = {
  storeId: string;
  seed: number;
  store: StoreInput;
  staff: readonly DemoStaff[];
  products: ProductInput[];
  stock: StockItem[];
  orders: OrderInput[];
};

export const DEMO_DEFAULTS = {
  storeId: 'paris-rivoli',
  products: 50_000,
  orders: 2_000,
  seed: 2026,
} as const;

export type DemoOptions = {
  storeId?: string;
  products?: number;
  orders?: number;
  seed?: number;
  /** The orders are promised over this instant's local day and the next two. */
  now: Date;
  /**
   * A store of the demo network: 0 (default) is the flagship; another number draws its own stock
   * and orders (same catalogue), with order ids and numbers of its own.
   */
  branch?: number;
  /** The store's name (default: the flagship's). */
  name?: string;
};

const TIMEZONE = 'Europe/Paris';

/**
 * A realistic French store, entirely determined by its options: same seed, sizes
 * and day → same data. Products, stock and orders draw from separate seeded
 * streams, so a smaller catalogue is the start of a bigger one.
 */
export function generateDemoStore(options: DemoOptions): DemoStore {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const products = generateProducts(stream(seed, 1), seed, options.products ?? DEMO_DEFAULTS.products);
  const branch = options.branch ?? 0;
  const stock = generateStock(stream(seed, 2 + 10 * branch), products);
  const orders = generateOrders(
    stream(seed, 3 + 10 * branch),
    seed,
    branch,
    products,
    stock,
    options.orders ?? DEMO_DEFAULTS.orders,
    options.now,
  );
  return {
    storeId: options.storeId ?? DEMO_DEFAULTS.storeId,
    seed,
    store: {
      name: options.name ?? 'Maison Rivoli — Paris Rivoli',
      timezone: TIMEZONE,
      locale: 'fr-FR',
      currency: 'EUR',
    },
    staff: DEMO_STAFF,
    products,
    stock,
    orders,
  };
}

function stream(seed: number, n: number): Faker {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed([seed, n]);
  return faker;
}

const FAMILY_WEIGHTS = FAMILIES.map((value) => ({ weight: value.weight, value }));
const COLOUR_COUNT = [
  { weight: 30, value: 1 },
  { weight: 35, value: 2 },
  { weight: 25, value: 3 },
  { weight: 10, value: 4 },
];

/**
 * EAN-13 from a French GS1 prefix: 10 digits from an affine permutation of the
 * index (a is coprime with 10, so distinct indexes give distinct codes).
 */
export function demoEan13(prefix: string, index: number, seed: number): string {
  const a = 7_919_384_213;
  const b = (seed * 2_654_435_761) % 10_000_000_000;
  const body = prefix + String((a * index + b) % 10_000_000_000).padStart(10, '0');
  return body + gtinCheckDigit(body);
}

function priceOf(faker: Faker, [min, max]: readonly [number, number]): number {
  const euros = Math.round(faker.number.int({ min, max }) / 100);
  const ending = faker.helpers.weightedArrayElement([
    { weight: 70, value: -1 },
    { weight: 15, value: -5 },
    { weight: 15, value: 0 },
  ]);
  return Math.max(99, euros * 100 + ending);
}

function generateProducts(faker: Faker, seed: number, count: number): ProductInput[] {
  const products: ProductInput[] = [];
  for (let model = 1; products.length < count; model++) {
    const family = faker.helpers.weightedArrayElement(FAMILY_WEIGHTS);
    const name = `${faker.helpers.arrayElement(family.articles)} ${faker.helpers.arrayElement(family.complements)}`;
    const brand = faker.helpers.arrayElement(BRANDS);
    const amount = priceOf(faker, family.price);
    let sizes = family.sizes;
    if (sizes.length > 4) {
      const start = faker.number.int({ min: 0, max: sizes.length - 4 });
      sizes = sizes.slice(start, start + faker.number.int({ min: 4, max: sizes.length - start }));
    }
    const colours = faker.helpers.arrayElements(COLOURS, faker.helpers.weightedArrayElement(COLOUR_COUNT));
    const aisle = `${family.dept}${String(faker.number.int({ min: 1, max: 8 })).padStart(2, '0')}`;
    const bay = String(faker.number.int({ min: 1, max: 14 })).padStart(2, '0');
    for (const [colour, code] of colours) {
      const shelf = String(faker.number.int({ min: 1, max: 6 }));
      for (const size of sizes) {
        if (products.length >= count) break;
        const index = products.length;
        const barcodes = [demoEan13('37', index, seed)];
        // Some imported items carry their maker's code as well.
        if (faker.number.int(99) < 6) barcodes.push(demoEan13('80', index, seed));
        products.push({
          sku: `${family.dept}${String(model).padStart(6, '0')}-${code}-${size.toUpperCase().replace(/[^0-9A-Z]/g, '')}`,
          barcodes,
          name,
          brand,
          size,
          colour,
          price: { amount, currency: 'EUR' },
          location: { aisle, bay, shelf },
        });
      }
    }
  }
  return products;
}

/** Mostly a few units a SKU, some deep basics, and some at zero (sold out or not yet received). */
function generateStock(faker: Faker, products: readonly ProductInput[]): StockItem[] {
  return products.map(({ sku }) => {
    const band = faker.helpers.weightedArrayElement([
      { weight: 7, value: [0, 0] },
      { weight: 60, value: [1, 8] },
      { weight: 25, value: [9, 30] },
      { weight: 8, value: [31, 120] },
    ] as const);
    return { sku, onHand: faker.number.int({ min: band[0], max: band[1] }) };
  });
}

/** The UTC instant of a wall-clock time in the store's zone. */
function zonedInstant(date: string, minutes: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIMEZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const part = (type: string) => Number(local.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return new Date(guess - (asUtc - guess)).toISOString();
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

const LINE_COUNT = [
  { weight: 40, value: 1 },
  { weight: 28, value: 2 },
  { weight: 17, value: 3 },
  { weight: 10, value: 4 },
  { weight: 5, value: 5 },
];

function generateOrders(
  faker: Faker,
  seed: number,
  branch: number,
  products: readonly ProductInput[],
  stock: readonly StockItem[],
  count: number,
  now: Date,
): OrderInput[] {
  const inStock = stock.flatMap((s, i) => (s.onHand > 0 ? [i] : []));
  const today = storeLocalDate(now, TIMEZONE);
  const orders: OrderInput[] = [];
  for (let i = 0; i < count; i++) {
    const kind = faker.number.int(99) < 60 ? 'ship_from_store' : 'click_and_collect';
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const name = `${firstName} ${lastName}`;
    const day = addDays(
      today,
      faker.helpers.weightedArrayElement([
        { weight: 40, value: 0 },
        { weight: 35, value: 1 },
        { weight: 25, value: 2 },
      ]),
    );
    const picked = new Set<number>();
    const lineCount = Math.min(faker.helpers.weightedArrayElement(LINE_COUNT), inStock.length);
    while (picked.size < lineCount) picked.add(faker.helpers.arrayElement(inStock));
    const lines = [...picked].map((index, n) => {
      const product = products[index] as ProductInput;
      const onHand = stock[index]?.onHand ?? 1;
      const qty = Math.min(
        onHand,
        faker.helpers.weightedArrayElement([
          { weight: 85, value: 1 },
          { weight: 12, value: 2 },
          { weight: 3, value: 3 },
        ]),
      );
      return {
        id: `l${n + 1}`,
        sku: product.sku,
        name: `${product.name} — ${product.colour}, ${product.size}`,
        qty,
        price: { ...product.price },
      };
    });
    const pickupDigits = faker.number.int({ min: 4, max: 6 });
    orders.push({
      id: `demo-${seed}-${branch ? `b${branch}-` : ''}${String(i + 1).padStart(5, '0')}`,
      number: `FR${String(seed % 1000).padStart(3, '0')}${branch ? String(branch).padStart(3, '0') : ''}${String(i + 1).padStart(6, '0')}`,
      kind,
      // Store hours 10:00–19:30, half-hour slots.
      promisedBy: zonedInstant(day, 600 + 30 * faker.number.int({ min: 0, max: 19 })),
      ...(kind === 'click_and_collect'
        ? {
            pickupCode: String(
              faker.number.int({ min: 10 ** (pickupDigits - 1), max: 10 ** pickupDigits - 1 }),
            ),
          }
        : {}),
      customer: {
        name,
        email: `${slug(firstName)}.${slug(lastName)}${faker.number.int(99) < 30 ? faker.number.int({ min: 1, max: 99 }) : ''}@${faker.helpers.arrayElement(EMAIL_DOMAINS)}`,
        phone: `+33 ${faker.helpers.arrayElement(['6', '7'])} ${Array.from({ length: 4 }, () => String(faker.number.int(99)).padStart(2, '0')).join(' ')}`,
      },
      ...(kind === 'ship_from_store' ? { shipTo: shipTo(faker, name) } : {}),
      notes: faker.number.int(99) < 10 ? faker.helpers.arrayElement(ORDER_NOTES) : '',
      lines,
    });
  }
  return orders;
}

function shipTo(faker: Faker, customer: string): NonNullable<OrderInput['shipTo']> {
  const [postalCode, city] = faker.helpers.arrayElement(CITIES);
  const number = faker.number.int({ min: 1, max: 180 });
  return {
    // Now and then a gift sent to someone else.
    name: faker.number.int(99) < 90 ? customer : faker.person.fullName(),
    line1: `${number}${faker.number.int(99) < 5 ? ' bis' : ''} ${faker.location.street()}`,
    line2: faker.number.int(99) < 25 ? faker.helpers.arrayElement(SECOND_LINES) : '',
    postalCode,
    city,
    country: 'FR',
  };
}
