import { defineMessages } from '../../i18n/define';

export const managerI18n = defineMessages(
  'manager',
  {
    title: 'Manager',
    intro: "Capacity, pauses and the day's dashboard.",
  },
  {
    title: 'Responsable',
    intro: 'Capacité, pauses et tableau de bord du jour.',
  },
);
