/** Stock screens, each a route (a reload comes back to the same product or count). */
export const stockPaths = {
  search: '/stock',
  product: (sku: string) => `/stock/${encodeURIComponent(sku)}`,
  count: (sku: string) => `/stock/${encodeURIComponent(sku)}/count`,
  location: (location: string) => `/stock/location/${encodeURIComponent(location)}`,
};

/** A shelf location as printed on labels: aisle-bay-shelf. */
export const locationCode = (l: { aisle: string; bay: string; shelf: string }) =>
  `${l.aisle}-${l.bay}-${l.shelf}`;
