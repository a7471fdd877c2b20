import type { RouteObject } from 'react-router';
import { ManagerScreen } from './ManagerScreen';

export const managerRoutes: RouteObject[] = [{ path: '/manager', element: <ManagerScreen /> }];
