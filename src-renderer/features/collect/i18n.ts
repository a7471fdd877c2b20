import { defineMessages } from '../../i18n/define';

export const collectI18n = defineMessages(
  'collect',
  {
    title: 'Click & Collect',
    intro: 'Orders to put on the pickup shelf and to hand over.',
    order: 'Order {{number}} — Click & Collect',
    missing: 'This order is not on this device.',
  },
  {
    title: 'Click & Collect',
    intro: 'Commandes à mettre en retrait et à remettre aux clients.',
    order: 'Commande {{number}} — Click & Collect',
    missing: "Cette commande n'est pas sur cet appareil.",
  },
);
