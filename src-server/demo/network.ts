import { DEMO_DEFAULTS } from './generate';
import { type LoadDemoOptions, loadDemoStore } from './load';
import { omsClient } from './oms-client';

/** A store of the demo network: a real French city, the store's street, where it is. */
export type DemoBranch = {
  id: string;
  name: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
};

/** The flagship first (the single demo store), then the network's other stores, city by city. */
export const DEMO_BRANCHES: readonly DemoBranch[] = [
  {
    id: DEMO_DEFAULTS.storeId,
    name: 'Maison Rivoli — Paris Rivoli',
    postalCode: '75001',
    city: 'Paris',
    latitude: 48.8606,
    longitude: 2.3376,
  },
  {
    id: 'lyon-part-dieu',
    name: 'Maison Rivoli — Lyon Part-Dieu',
    postalCode: '69003',
    city: 'Lyon',
    latitude: 45.7606,
    longitude: 4.859,
  },
  {
    id: 'marseille-canebiere',
    name: 'Maison Rivoli — Marseille Canebière',
    postalCode: '13001',
    city: 'Marseille',
    latitude: 43.2975,
    longitude: 5.379,
  },
  {
    id: 'lille-grand-place',
    name: 'Maison Rivoli — Lille Grand Place',
    postalCode: '59800',
    city: 'Lille',
    latitude: 50.6369,
    longitude: 3.0635,
  },
  {
    id: 'bordeaux-sainte-catherine',
    name: 'Maison Rivoli — Bordeaux Sainte-Catherine',
    postalCode: '33000',
    city: 'Bordeaux',
    latitude: 44.84,
    longitude: -0.5733,
  },
  {
    id: 'toulouse-capitole',
    name: 'Maison Rivoli — Toulouse Capitole',
    postalCode: '31000',
    city: 'Toulouse',
    latitude: 43.6045,
    longitude: 1.444,
  },
  {
    id: 'nantes-commerce',
    name: 'Maison Rivoli — Nantes Commerce',
    postalCode: '44000',
    city: 'Nantes',
    latitude: 47.2133,
    longitude: -1.5597,
  },
  {
    id: 'strasbourg-kleber',
    name: 'Maison Rivoli — Strasbourg Kléber',
    postalCode: '67000',
    city: 'Strasbourg',
    latitude: 48.5834,
    longitude: 7.7459,
  },
  {
    id: 'nice-massena',
    name: 'Maison Rivoli — Nice Masséna',
    postalCode: '06000',
    city: 'Nice',
    latitude: 43.6975,
    longitude: 7.2706,
  },
  {
    id: 'rennes-republique',
    name: 'Maison Rivoli — Rennes République',
    postalCode: '35000',
    city: 'Rennes',
    latitude: 48.11,
    longitude: -1.679,
  },
  {
    id: 'montpellier-comedie',
    name: 'Maison Rivoli — Montpellier Comédie',
    postalCode: '34000',
    city: 'Montpellier',
    latitude: 43.6086,
    longitude: 3.8797,
  },
  {
    id: 'boulogne-billancourt',
    name: 'Maison Rivoli — Boulogne-Billancourt',
    postalCode: '92100',
    city: 'Boulogne-Billancourt',
    latitude: 48.8352,
    longitude: 2.241,
  },
  {
    id: 'versailles-parly',
    name: 'Maison Rivoli — Versailles',
    postalCode: '78000',
    city: 'Versailles',
    latitude: 48.8049,
    longitude: 2.1204,
  },
  {
    id: 'saint-denis-basilique',
    name: 'Maison Rivoli — Saint-Denis',
    postalCode: '93200',
    city: 'Saint-Denis',
    latitude: 48.9362,
    longitude: 2.3574,
  },
  {
    id: 'grenoble-victor-hugo',
    name: 'Maison Rivoli — Grenoble Victor-Hugo',
    postalCode: '38000',
    city: 'Grenoble',
    latitude: 45.1885,
    longitude: 5.7245,
  },
  {
    id: 'dijon-darcy',
    name: 'Maison Rivoli — Dijon Darcy',
    postalCode: '21000',
    city: 'Dijon',
    latitude: 47.3225,
    longitude: 5.0337,
  },
  {
    id: 'tours-nationale',
    name: 'Maison Rivoli — Tours Nationale',
    postalCode: '37000',
    city: 'Tours',
    latitude: 47.3936,
    longitude: 0.6892,
  },
  {
    id: 'reims-drouet-erlon',
    name: 'Maison Rivoli — Reims Drouet-d’Erlon',
    postalCode: '51100',
    city: 'Reims',
    latitude: 49.255,
    longitude: 4.028,
  },
  {
    id: 'rouen-gros-horloge',
    name: 'Maison Rivoli — Rouen Gros-Horloge',
    postalCode: '76000',
    city: 'Rouen',
    latitude: 49.4405,
    longitude: 1.091,
  },
  {
    id: 'clermont-jaude',
    name: 'Maison Rivoli — Clermont-Ferrand Jaude',
    postalCode: '63000',
    city: 'Clermont-Ferrand',
    latitude: 45.7772,
    longitude: 3.082,
  },
  {
    id: 'angers-ralliement',
    name: 'Maison Rivoli — Angers Ralliement',
    postalCode: '49100',
    city: 'Angers',
    latitude: 47.4712,
    longitude: -0.5518,
  },
  {
    id: 'metz-serpenoise',
    name: 'Maison Rivoli — Metz Serpenoise',
    postalCode: '57000',
    city: 'Metz',
    latitude: 49.117,
    longitude: 6.175,
  },
  {
    id: 'nancy-stanislas',
    name: 'Maison Rivoli — Nancy Stanislas',
    postalCode: '54000',
    city: 'Nancy',
    latitude: 48.6937,
    longitude: 6.1834,
  },
  {
    id: 'orleans-martroi',
    name: 'Maison Rivoli — Orléans Martroi',
    postalCode: '45000',
    city: 'Orléans',
    latitude: 47.903,
    longitude: 1.904,
  },
  {
    id: 'caen-saint-pierre',
    name: 'Maison Rivoli — Caen Saint-Pierre',
    postalCode: '14000',
    city: 'Caen',
    latitude: 49.1829,
    longitude: -0.3707,
  },
  {
    id: 'brest-siam',
    name: 'Maison Rivoli — Brest Siam',
    postalCode: '29200',
    city: 'Brest',
    latitude: 48.388,
    longitude: -4.486,
  },
  {
    id: 'limoges-republique',
    name: 'Maison Rivoli — Limoges République',
    postalCode: '87000',
    city: 'Limoges',
    latitude: 45.8315,
    longitude: 1.2578,
  },
  {
    id: 'amiens-gambetta',
    name: 'Maison Rivoli — Amiens Gambetta',
    postalCode: '80000',
    city: 'Amiens',
    latitude: 49.8941,
    longitude: 2.2958,
  },
  {
    id: 'perpignan-castillet',
    name: 'Maison Rivoli — Perpignan Castillet',
    postalCode: '66000',
    city: 'Perpignan',
    latitude: 42.701,
    longitude: 2.895,
  },
  {
    id: 'besancon-granvelle',
    name: 'Maison Rivoli — Besançon Granvelle',
    postalCode: '25000',
    city: 'Besançon',
    latitude: 47.2378,
    longitude: 6.0241,
  },
];

/** Store n of a network of any size: the branches above, then numbered stores beside them (a few km off). */
export function demoBranch(n: number): DemoBranch {
  const base = DEMO_BRANCHES[n % DEMO_BRANCHES.length] as DemoBranch;
  const round = Math.floor(n / DEMO_BRANCHES.length);
  if (round === 0) return base;
  const angle = (round * 2.399963) % (2 * Math.PI); // golden angle: rounds spread around the city
  const km = 3 + round;
  return {
    ...base,
    id: `${base.id}-${round + 1}`,
    name: `${base.name} ${round + 1}`,
    latitude: Math.round((base.latitude + (km / 111) * Math.sin(angle)) * 1e4) / 1e4,
    longitude:
      Math.round(
        (base.longitude + (km / (111 * Math.cos((base.latitude * Math.PI) / 180))) * Math.cos(angle)) * 1e4,
      ) / 1e4,
  };
}

export type LoadNetworkOptions = Omit<LoadDemoOptions, 'storeId' | 'branch' | 'name'> & { stores: number };
export type LoadNetworkResult = { stores: string[]; products: number; orders: number; ms: number };

/**
 * The demo network: `stores` stores in real French cities, each with the same catalogue, its own stock
 * and orders, and its location. Store 0 is the flagship (the single demo store). Running it again
 * changes nothing (every call has its Idempotency-Key).
 */
export async function loadDemoNetwork(options: LoadNetworkOptions): Promise<LoadNetworkResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const oms = omsClient(options.url, options.omsKey);
  const stores: string[] = [];
  let orders = 0;
  let products = 0;
  for (let n = 0; n < options.stores; n++) {
    const branch = demoBranch(n);
    const loaded = await loadDemoStore({
      ...options,
      storeId: branch.id,
      name: branch.name,
      ...(n > 0 ? { branch: n } : {}),
      log: (line) =>
        line.startsWith('store ') || line.startsWith('done') ? log(`${branch.id}: ${line}`) : undefined,
    });
    await oms.call('PUT', `/stores/${encodeURIComponent(branch.id)}/location`, {
      latitude: branch.latitude,
      longitude: branch.longitude,
      postalCode: branch.postalCode,
      city: branch.city,
    });
    stores.push(branch.id);
    orders += loaded.orders;
    products = loaded.products;
  }
  const ms = Math.round(performance.now() - started);
  log(`network of ${stores.length} stores loaded in ${(ms / 1000).toFixed(1)} s`);
  return { stores, products, orders, ms };
}
