import type { RouteObject } from 'react-router';
import { OrderPickScreen } from './OrderPickScreen';
import { PackScreen } from './PackScreen';
import { PickingScreen } from './PickingScreen';
import { ShipScreen } from './ShipScreen';
import { WalkScreen } from './WalkScreen';

/** Every step is a route, so a reload resumes where the associate was. */
export const pickingRoutes: RouteObject[] = [
  { path: '/picking', element: <PickingScreen /> },
  { path: '/picking/walk/:batchId', element: <WalkScreen /> },
  { path: '/orders/:orderId/pick', element: <OrderPickScreen /> },
  { path: '/orders/:orderId/pack', element: <PackScreen /> },
  { path: '/orders/:orderId/ship', element: <ShipScreen /> },
];
