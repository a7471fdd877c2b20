import type { RouteObject } from 'react-router';
import { CollectScreen } from './CollectScreen';
import { OrderCollectScreen } from './OrderCollectScreen';

export const collectRoutes: RouteObject[] = [
  { path: '/collect', element: <CollectScreen /> },
  { path: '/collect/:orderId', element: <OrderCollectScreen /> },
];
