import type { RouteObject } from 'react-router';
import { collectRoutes } from '../features/collect/routes';
import { homeRoutes } from '../features/home/routes';
import { inboxRoutes } from '../features/inbox/routes';
import { managerRoutes } from '../features/manager/routes';
import { pickingRoutes } from '../features/picking/routes';
import { returnsRoutes } from '../features/returns/routes';
import { statusRoutes } from '../features/status/routes';
import { stockRoutes } from '../features/stock/routes';
import { Frame } from './Frame';
import { NotFound } from './NotFound';

/** The one route table: each feature brings its routes (one line to add a feature), all inside the frame. */
export const routes: RouteObject[] = [
  {
    element: <Frame />,
    children: [
      ...homeRoutes,
      ...pickingRoutes,
      ...collectRoutes,
      ...returnsRoutes,
      ...stockRoutes,
      ...managerRoutes,
      ...inboxRoutes,
      ...statusRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];
