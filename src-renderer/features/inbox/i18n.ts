import { defineMessages } from '../../i18n/define';

export const inboxI18n = defineMessages(
  'inbox',
  {
    title: 'To look at',
    intro: 'Actions the service refused or turned into a follow-up, and the tasks waiting in the store.',
  },
  {
    title: 'À traiter',
    intro: 'Les actions refusées par le service ou devenues une suite à donner, et les tâches en attente.',
  },
);
