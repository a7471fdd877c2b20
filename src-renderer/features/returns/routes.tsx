import type { RouteObject } from 'react-router';
import { DoneScreen } from './DoneScreen';
import { FindScreen } from './FindScreen';
import { ItemsScreen } from './ItemsScreen';
import { RefundScreen } from './RefundScreen';

export const returnsRoutes: RouteObject[] = [
  { path: '/returns', element: <FindScreen /> },
  { path: '/returns/:returnId/items', element: <ItemsScreen /> },
  { path: '/returns/:returnId/refund', element: <RefundScreen /> },
  { path: '/returns/:returnId/done', element: <DoneScreen /> },
];
