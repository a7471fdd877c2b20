import { collectI18n } from '../features/collect/i18n';
import { homeI18n } from '../features/home/i18n';
import { inboxI18n } from '../features/inbox/i18n';
import { managerI18n } from '../features/manager/i18n';
import { pickingI18n } from '../features/picking/i18n';
import { returnsI18n } from '../features/returns/i18n';
import { signinI18n } from '../features/signin/i18n';
import { stockI18n } from '../features/stock/i18n';
import type { Namespace } from './define';

/** Each feature's translation namespace (one line per feature). The app-wide strings are the default namespace. */
export const FEATURE_NAMESPACES: readonly Namespace[] = [
  homeI18n,
  inboxI18n,
  pickingI18n,
  collectI18n,
  returnsI18n,
  stockI18n,
  managerI18n,
  signinI18n,
];
