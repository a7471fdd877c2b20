import type { RouteObject } from 'react-router';
import { CollectScreen } from './CollectScreen';
import { DoneScreen } from './DoneScreen';
import { ItemsScreen } from './ItemsScreen';
import { OrderCollectScreen } from './OrderCollectScreen';
import { SignScreen } from './SignScreen';
import { StageScreen } from './StageScreen';
import { VerifyScreen } from './VerifyScreen';

/** Each step its own route, so a reload (or a crash) resumes where the counter was. */
export const collectRoutes: RouteObject[] = [
  { path: '/collect', element: <CollectScreen /> },
  { path: '/collect/:orderId', element: <OrderCollectScreen /> },
  { path: '/collect/:orderId/stage', element: <StageScreen /> },
  { path: '/collect/:orderId/verify', element: <VerifyScreen /> },
  { path: '/collect/:orderId/items', element: <ItemsScreen /> },
  { path: '/collect/:orderId/sign', element: <SignScreen /> },
  { path: '/collect/:orderId/done', element: <DoneScreen /> },
];
