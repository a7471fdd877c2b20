import { defineMessages } from '../../i18n/define';

export const pickingI18n = defineMessages(
  'picking',
  {
    title: 'Picking',
    intro: 'Ship-from-store orders to pick and pack.',
    order: 'Pick order {{number}}',
    missing: 'This order is not on this device.',
  },
  {
    title: 'Préparation',
    intro: 'Commandes expédition magasin à préparer et emballer.',
    order: 'Préparer la commande {{number}}',
    missing: "Cette commande n'est pas sur cet appareil.",
  },
);
