import type { RouteObject } from 'react-router';
import { InboxScreen } from './InboxScreen';

export const inboxRoutes: RouteObject[] = [{ path: '/inbox', element: <InboxScreen /> }];
