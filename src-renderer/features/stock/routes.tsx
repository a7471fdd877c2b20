import type { RouteObject } from 'react-router';
import { StockScreen } from './StockScreen';

export const stockRoutes: RouteObject[] = [
  { path: '/stock', element: <StockScreen /> },
  { path: '/stock/:sku', element: <StockScreen /> },
];
