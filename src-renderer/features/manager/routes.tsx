import type { RouteObject } from 'react-router';

// The manager's screens load on first visit: their charts (recharts) stay out of the bundle every
// associate's device parses at start. The service worker precaches the chunk, so it opens offline too.
export const managerRoutes: RouteObject[] = [
  {
    path: '/manager',
    lazy: async () => ({ Component: (await import('./ManagerScreen')).ManagerScreen }),
  },
  {
    path: '/manager/capacity',
    lazy: async () => ({ Component: (await import('./CapacityScreen')).CapacityScreen }),
  },
];
