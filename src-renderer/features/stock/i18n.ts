import { defineMessages } from '../../i18n/define';

export const stockI18n = defineMessages(
  'stock',
  {
    title: 'Stock',
    intro: 'Look up an item, count a shelf, adjust stock.',
  },
  {
    title: 'Stock',
    intro: 'Chercher un article, compter un rayon, corriger le stock.',
  },
);
