/** The data layer as screens see it: domain hooks over the replica. Screens import from here only. */

export type { MovementView } from '@shared/sync/protocol';
export type { AttentionItem } from '../local-meta';
export { ReplicaProvider, useObservable, useReplica } from '../react';
export type { Replica, ReplicaLookups } from '../replica';
export type { SearchStatus } from '../search/catalogue-search';
export type { SyncState } from '../sync-state';
export type { OrderView, StoreCapacityView } from '../views';
export { type Approval, type ApprovalVerdict, useApproval } from './approval';
export { useStoreCapacity } from './capacity';
export {
  useLookups,
  usePendingMovements,
  useProduct,
  useProductByBarcode,
  useProductSearch,
  useProducts,
  useSearchStatus,
  useStockLevel,
} from './catalogue';
export { useInboxCount } from './inbox';
export { type Found, useFindByCode } from './lookup';
export {
  useCustomerOrders,
  useOpenOrders,
  useOrder,
  useOrderArrivals,
  useOrderByCode,
  useOrderQueue,
  useOrders,
  useQueues,
} from './orders';
export { type LocalPick, type PickWalk, reflected, usePickWalk, withLocalPicks } from './pick-walk';
export { type PickupFlag, pickupFlagOf } from './pickup';
export { type StaffMember, useCheckPin, useStaff } from './staff';
export {
  byUrgency,
  deadlineOf,
  type QueueFilter,
  queueOf,
  STAGES,
  type Stage,
  stageOf,
  type Urgency,
  urgencyOf,
} from './stages';
export { useCount, usePendingIds, useStaffMember, useStore, useSyncNow, useSyncState } from './sync';
export {
  allocate,
  buildWalk,
  byLocation,
  type Location,
  lastPicked,
  locationCode,
  matchScan,
  nextOpen,
  type ScanMatch,
  type Walk,
  type WalkOrder,
  type WalkPart,
  type WalkStop,
} from './walk';
export {
  useAttention,
  useDismissAttention,
  useOpenTasks,
  useOutcomes,
  usePreview,
  useRecord,
  useRecordAll,
  useReturnsSince,
} from './work';
