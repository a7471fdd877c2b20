import type { RouteObject } from 'react-router';
import { ReturnsScreen } from './ReturnsScreen';

export const returnsRoutes: RouteObject[] = [{ path: '/returns', element: <ReturnsScreen /> }];
