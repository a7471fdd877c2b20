import type { RouteObject } from 'react-router';
import { CountScreen } from './CountScreen';
import { LocationCountScreen } from './LocationCountScreen';
import { ProductStockScreen } from './ProductStockScreen';
import { StockScreen } from './StockScreen';

export const stockRoutes: RouteObject[] = [
  { path: '/stock', element: <StockScreen /> },
  { path: '/stock/location/:location', element: <LocationCountScreen /> },
  { path: '/stock/:sku', element: <ProductStockScreen /> },
  { path: '/stock/:sku/count', element: <CountScreen /> },
];
