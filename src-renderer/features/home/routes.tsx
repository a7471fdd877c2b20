import type { RouteObject } from 'react-router';
import { HomeScreen } from './HomeScreen';

export const homeRoutes: RouteObject[] = [{ index: true, element: <HomeScreen /> }];
