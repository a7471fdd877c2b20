import type { RouteObject } from 'react-router';
import { OrderPickScreen } from './OrderPickScreen';
import { PickingScreen } from './PickingScreen';

export const pickingRoutes: RouteObject[] = [
  { path: '/picking', element: <PickingScreen /> },
  { path: '/orders/:orderId/pick', element: <OrderPickScreen /> },
];
