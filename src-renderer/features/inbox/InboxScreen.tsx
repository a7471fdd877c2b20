import { useTranslation } from 'react-i18next';
import { useAttention, useDismissAttention, useOpenTasks, useOutcomes } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { OutcomeList } from './OutcomeList';
import { TaskList } from './TaskList';

/** Everything that needs someone: follow-up tasks, what the service refused or turned into a follow-up. */
export function InboxScreen() {
  const { t } = useTranslation('inbox');
  const { t: common } = useTranslation();
  const tasks = useOpenTasks();
  const outcomes = useOutcomes();
  const attention = useAttention();
  const dismiss = useDismissAttention();

  return (
    <main className="page">
      <div className="page__header">
        <h1>{t('title')}</h1>
      </div>
      {tasks.length === 0 && outcomes.length === 0 && attention.length === 0 && (
        <p className="card muted">{t('empty')}</p>
      )}
      <section className="card" aria-labelledby="inbox-tasks">
        <h2 id="inbox-tasks">{t('tasks')}</h2>
        <TaskList />
      </section>
      {outcomes.length > 0 && (
        <section className="card" aria-labelledby="inbox-outcomes">
          <h2 id="inbox-outcomes">{t('outcomes')}</h2>
          <OutcomeList outcomes={outcomes} />
        </section>
      )}
      {attention.length > 0 && (
        <section className="card card--warning" aria-labelledby="inbox-refused">
          <h2 id="inbox-refused">{t('refused')}</h2>
          <p>{t('refusedIntro')}</p>
          <ul className="list">
            {attention.map((item) => (
              <li key={item.commandId} className="list__row">
                <span>
                  <strong>{t(`command.${item.type}`, { defaultValue: t('command.other') })}</strong> —{' '}
                  {common(`reason.${item.reason}`, { defaultValue: item.reason })}
                  <small className="muted"> {item.detail}</small>
                </span>
                <Button onClick={() => void dismiss(item.commandId)}>{t('dismiss')}</Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
