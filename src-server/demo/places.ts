/** Postal code and city pairs that match, mostly around Paris (a ship-from-store serves its region). */
export const CITIES: readonly (readonly [string, string])[] = [
  ['75001', 'Paris'],
  ['75003', 'Paris'],
  ['75004', 'Paris'],
  ['75005', 'Paris'],
  ['75006', 'Paris'],
  ['75009', 'Paris'],
  ['75011', 'Paris'],
  ['75012', 'Paris'],
  ['75014', 'Paris'],
  ['75015', 'Paris'],
  ['75017', 'Paris'],
  ['75018', 'Paris'],
  ['75020', 'Paris'],
  ['92100', 'Boulogne-Billancourt'],
  ['92200', 'Neuilly-sur-Seine'],
  ['92130', 'Issy-les-Moulineaux'],
  ['93100', 'Montreuil'],
  ['93200', 'Saint-Denis'],
  ['94300', 'Vincennes'],
  ['94200', 'Ivry-sur-Seine'],
  ['78000', 'Versailles'],
  ['95000', 'Cergy'],
  ['77300', 'Fontainebleau'],
  ['91300', 'Massy'],
  ['69002', 'Lyon'],
  ['13006', 'Marseille'],
  ['31000', 'Toulouse'],
  ['33000', 'Bordeaux'],
  ['44000', 'Nantes'],
  ['59000', 'Lille'],
  ['67000', 'Strasbourg'],
  ['35000', 'Rennes'],
  ['06000', 'Nice'],
  ['34000', 'Montpellier'],
  ['21000', 'Dijon'],
  ['37000', 'Tours'],
];

export const SECOND_LINES = [
  'Bâtiment B',
  'Escalier A, 3e étage',
  'Appartement 12',
  'Résidence Les Tilleuls',
  'Chez M. et Mme Durand',
  'Code porte 4512B',
  '2e étage gauche',
] as const;

export const ORDER_NOTES = [
  'Emballage cadeau, merci',
  'Merci de laisser le colis au gardien',
  'Client fidèle : carte Privilège',
  'Retrait par un proche',
  'Sonner à l’interphone « Martin »',
] as const;

export const EMAIL_DOMAINS = ['example.fr', 'example.com', 'example.net', 'example.org'] as const;
