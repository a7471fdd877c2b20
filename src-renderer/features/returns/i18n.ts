import { defineMessages } from '../../i18n/define';

export const returnsI18n = defineMessages(
  'returns',
  {
    title: 'Returns',
    intro: 'Find the sale, take the items back, refund.',
  },
  {
    title: 'Retours',
    intro: 'Retrouver la vente, reprendre les articles, rembourser.',
  },
);
