import type { RouteObject } from 'react-router';
import { StatusPage } from './StatusPage';

export const statusRoutes: RouteObject[] = [{ path: '/status', element: <StatusPage /> }];
