import { ORDER_KINDS } from '@shared/domain/codes';
import { storeLocalDate } from '@shared/domain/time';
import { type DayFigures, dayFigures } from '@shared/manager/day';
import { capacityId } from '@shared/schemas/capacity';
import { useMemo } from 'react';
import { useOpenTasks, useOrders, useStore, useStoreCapacity } from '../../data/hooks';
import { useManagerSettings } from './state';
import { useNow } from './useNow';

/** The day's figures from this device's replica (optimistic), by the same function the service uses. */
export function useDayFigures(): { day: DayFigures; storeId: string } | undefined {
  const now = useNow();
  const store = useStore();
  const date = store ? storeLocalDate(now, store.timezone) : '';
  const ids = useMemo(() => (date ? ORDER_KINDS.map((k) => capacityId(date, k)) : []), [date]);
  const view = useStoreCapacity(ids);
  const orders = useOrders();
  const tasks = useOpenTasks();
  const associates = useManagerSettings((s) => s.associates);
  const waitingDays = useManagerSettings((s) => s.waitingDays);
  return useMemo(() => {
    if (!view) return undefined;
    const day = dayFigures({
      store: view.store,
      orders,
      capacity: view.capacity,
      tasks,
      now,
      associates: associates ?? undefined,
      waitingDays,
    });
    return { day, storeId: view.store.id };
  }, [view, orders, tasks, now, associates, waitingDays]);
}
