import type { ProductDoc } from '@shared/schemas/product';
import type { TaskDoc } from '@shared/schemas/task';
import { useTranslation } from 'react-i18next';
import { useOpenTasks, useProducts, useRecord } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/Format';
import { showToast } from '../../ui/toast';

function shelf(product: ProductDoc | undefined): string {
  const l = product?.location;
  return l ? [l.aisle, l.bay, l.shelf].filter(Boolean).join('-') : '';
}

/** Open follow-ups in plain words, what to do first; "Done" records a complete_task command. */
export function TaskList() {
  const { t } = useTranslation('inbox');
  const { t: common } = useTranslation();
  const tasks = useOpenTasks();
  const products = useProducts(tasks.map((task) => task.sku).filter(Boolean));
  const record = useRecord();

  /** In the language shown, or in `lng` (a toast read again after the associate switched language). */
  function describe(task: TaskDoc, lng?: string): string {
    const product = products.get(task.sku);
    const location = shelf(product);
    return t(`todo.${task.kind}`, {
      lng,
      qty: task.qty,
      name: product?.name ?? task.sku,
      where: location ? t('at', { lng, location }) : '',
      number: task.orderNumber,
    });
  }

  async function complete(task: TaskDoc) {
    await record('complete_task', { taskId: task.id });
    showToast((lng) => t('doneToast', { lng, what: describe(task, lng) }), 'ok');
  }

  if (tasks.length === 0) return <p className="muted">{t('noTasks')}</p>;
  return (
    <ul className="list" aria-label={t('tasks')}>
      {tasks.map((task) => {
        const what = describe(task);
        return (
          <li key={task.id} className="list__row">
            <span>
              <strong>{what}</strong>
              <br />
              <small>
                {common(`reason.${task.reason}`, { defaultValue: task.reason })}
                {task.orderNumber && ` · ${t('forOrder', { number: task.orderNumber })}`} ·{' '}
                <DateTime iso={task.createdAt} format="relative" />
              </small>
            </span>
            <Button variant="primary" aria-label={t('doneFor', { what })} onClick={() => void complete(task)}>
              {t('done')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
