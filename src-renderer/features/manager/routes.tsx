import type { RouteObject } from 'react-router';
import { CapacityScreen } from './CapacityScreen';
import { ManagerScreen } from './ManagerScreen';

export const managerRoutes: RouteObject[] = [
  { path: '/manager', element: <ManagerScreen /> },
  { path: '/manager/capacity', element: <CapacityScreen /> },
];
