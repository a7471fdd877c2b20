/**
 * Word lists for a French fashion-and-home store. Names are built as
 * "<article> <complement>", complements are invariable ("en lin", "col V") so
 * no gender agreement is needed.
 */

export type SizeRun = readonly string[];

const ADULT: SizeRun = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const WOMEN_EU: SizeRun = ['34', '36', '38', '40', '42', '44', '46'];
const MEN_JEANS: SizeRun = ['38', '40', '42', '44', '46', '48'];
const KIDS: SizeRun = ['3 ans', '4 ans', '6 ans', '8 ans', '10 ans', '12 ans', '14 ans'];
const BABY: SizeRun = ['1 mois', '3 mois', '6 mois', '12 mois', '18 mois', '24 mois'];
const SHOES_W: SizeRun = ['36', '37', '38', '39', '40', '41'];
const SHOES_M: SizeRun = ['40', '41', '42', '43', '44', '45', '46'];
const ONE: SizeRun = ['TU'];
const BED: SizeRun = ['140 x 200', '160 x 200', '200 x 200', '240 x 220'];
const SHEET: SizeRun = ['90 x 190', '140 x 190', '160 x 200', '180 x 200'];
const PILLOW: SizeRun = ['50 x 70', '65 x 65'];
const TOWEL: SizeRun = ['30 x 50', '50 x 100', '70 x 140', '100 x 150'];
const CUSHION: SizeRun = ['40 x 40', '45 x 45', '30 x 50'];
const TABLE: SizeRun = ['150 x 150', '150 x 250', '150 x 300'];
const CURTAIN: SizeRun = ['135 x 260', '140 x 280'];

export type Family = {
  /** Department code, also the first letter of the aisle. */
  dept: 'F' | 'H' | 'E' | 'C' | 'A' | 'L' | 'M';
  articles: readonly string[];
  complements: readonly string[];
  sizes: SizeRun;
  /** Price range in cents. */
  price: readonly [number, number];
  /** Relative share of the catalogue. */
  weight: number;
};

const KNIT = [
  'en laine mérinos',
  'en cachemire',
  'en coton bio',
  'col V',
  'col roulé',
  'à torsades',
  'en maille côtelée',
];
const WOVEN = [
  'en lin lavé',
  'en popeline de coton',
  'à rayures',
  'imprimé fleuri',
  'en viscose',
  'à carreaux',
  'en satin',
];
const DENIM = ['coupe droite', 'slim', 'large', 'taille haute', 'brut', 'délavé', 'en denim stretch'];
const OUTER = [
  'en laine mélangée',
  'déperlant',
  'matelassé',
  'à capuche',
  'en velours côtelé',
  'en cuir',
  'croisé',
];
const JERSEY = [
  'en coton bio',
  'à manches longues',
  'à manches courtes',
  'col rond',
  'à message',
  'rayé marinière',
];

export const FAMILIES: readonly Family[] = [
  {
    dept: 'F',
    articles: ['Pull', 'Cardigan', 'Gilet'],
    complements: KNIT,
    sizes: ADULT,
    price: [2999, 14999],
    weight: 6,
  },
  {
    dept: 'F',
    articles: ['Robe', 'Jupe', 'Chemisier', 'Blouse'],
    complements: WOVEN,
    sizes: WOMEN_EU,
    price: [2499, 12999],
    weight: 9,
  },
  {
    dept: 'F',
    articles: ['Jean', 'Pantalon'],
    complements: DENIM,
    sizes: WOMEN_EU,
    price: [3999, 11999],
    weight: 5,
  },
  {
    dept: 'F',
    articles: ['Manteau', 'Veste', 'Trench'],
    complements: OUTER,
    sizes: WOMEN_EU,
    price: [7999, 29999],
    weight: 4,
  },
  {
    dept: 'F',
    articles: ['T-shirt', 'Débardeur', 'Top'],
    complements: JERSEY,
    sizes: ADULT,
    price: [999, 3999],
    weight: 7,
  },
  {
    dept: 'H',
    articles: ['Pull', 'Sweat', 'Gilet'],
    complements: KNIT,
    sizes: ADULT,
    price: [2999, 12999],
    weight: 5,
  },
  {
    dept: 'H',
    articles: ['Chemise', 'Surchemise'],
    complements: WOVEN,
    sizes: ADULT,
    price: [2999, 8999],
    weight: 5,
  },
  {
    dept: 'H',
    articles: ['Jean', 'Chino', 'Pantalon'],
    complements: DENIM,
    sizes: MEN_JEANS,
    price: [3999, 10999],
    weight: 5,
  },
  {
    dept: 'H',
    articles: ['Blouson', 'Parka', 'Caban'],
    complements: OUTER,
    sizes: ADULT,
    price: [8999, 27999],
    weight: 3,
  },
  {
    dept: 'H',
    articles: ['T-shirt', 'Polo', 'Henley'],
    complements: JERSEY,
    sizes: ADULT,
    price: [1299, 4999],
    weight: 6,
  },
  {
    dept: 'E',
    articles: ['Sweat', 'Pyjama', 'Salopette', 'Legging', 'Robe'],
    complements: JERSEY,
    sizes: KIDS,
    price: [899, 3999],
    weight: 6,
  },
  {
    dept: 'E',
    articles: ['Body', 'Grenouillère', 'Gigoteuse'],
    complements: ['en coton bio', 'à pressions', 'imprimé étoiles', 'en velours'],
    sizes: BABY,
    price: [799, 3499],
    weight: 3,
  },
  {
    dept: 'C',
    articles: ['Baskets', 'Bottines', 'Ballerines', 'Escarpins', 'Sandales'],
    complements: ['en cuir', 'en daim', 'à lacets', 'à talon bloc', 'en toile'],
    sizes: SHOES_W,
    price: [3999, 14999],
    weight: 4,
  },
  {
    dept: 'C',
    articles: ['Baskets', 'Derbies', 'Mocassins', 'Boots'],
    complements: ['en cuir', 'en daim', 'à lacets', 'semelle gomme', 'en toile'],
    sizes: SHOES_M,
    price: [4999, 15999],
    weight: 3,
  },
  {
    dept: 'A',
    articles: ['Écharpe', 'Bonnet', 'Gants', 'Ceinture', 'Sac cabas', 'Casquette', 'Foulard'],
    complements: ['en laine', 'en cuir', 'en soie', 'en coton', 'à franges', 'imprimé cachemire'],
    sizes: ONE,
    price: [999, 8999],
    weight: 5,
  },
  {
    dept: 'L',
    articles: ['Housse de couette', 'Parure de lit'],
    complements: [
      'en lin lavé',
      'en percale de coton',
      'en gaze de coton',
      'en satin de coton',
      'à rayures tissées',
    ],
    sizes: BED,
    price: [4999, 17999],
    weight: 3,
  },
  {
    dept: 'L',
    articles: ['Drap housse', 'Drap plat'],
    complements: ['en percale de coton', 'en lin lavé', 'en coton bio', 'en flanelle'],
    sizes: SHEET,
    price: [1999, 7999],
    weight: 3,
  },
  {
    dept: 'L',
    articles: ["Taie d'oreiller"],
    complements: ['en percale de coton', 'en lin lavé', 'brodée', 'volantée'],
    sizes: PILLOW,
    price: [999, 2999],
    weight: 2,
  },
  {
    dept: 'L',
    articles: ['Serviette de bain', 'Drap de bain', 'Tapis de bain'],
    complements: ['en éponge bouclette', 'en coton peigné', 'en nid d’abeille', 'à liteaux'],
    sizes: TOWEL,
    price: [699, 4999],
    weight: 3,
  },
  {
    dept: 'M',
    articles: ['Coussin', 'Housse de coussin'],
    complements: ['en velours', 'en lin lavé', 'à pompons', 'brodé', 'tissé jacquard'],
    sizes: CUSHION,
    price: [1499, 4999],
    weight: 3,
  },
  {
    dept: 'M',
    articles: ['Nappe', 'Chemin de table'],
    complements: ['en lin', 'enduite', 'à carreaux vichy', 'en coton imprimé'],
    sizes: TABLE,
    price: [1999, 8999],
    weight: 2,
  },
  {
    dept: 'M',
    articles: ['Rideau', 'Voilage'],
    complements: ['occultant', 'en lin', 'à œillets', 'en gaze de coton'],
    sizes: CURTAIN,
    price: [2499, 8999],
    weight: 2,
  },
  {
    dept: 'M',
    articles: ['Plaid', 'Jeté de canapé'],
    complements: ['en laine', 'en maille', 'à franges', 'en fausse fourrure'],
    sizes: ['130 x 170', '150 x 200'],
    price: [2999, 9999],
    weight: 2,
  },
  {
    dept: 'M',
    articles: ['Mug', 'Bol', 'Assiette plate', 'Saladier', 'Carafe', 'Vase'],
    complements: ['en grès', 'en céramique émaillée', 'en verre recyclé', 'en porcelaine', 'fait main'],
    sizes: ONE,
    price: [599, 5999],
    weight: 4,
  },
  {
    dept: 'M',
    articles: ['Bougie parfumée', 'Cadre photo', 'Panier', 'Lampe à poser', 'Miroir'],
    complements: ['en rotin', 'en laiton', 'en bois de manguier', 'figue et cèdre', 'en terre cuite'],
    sizes: ONE,
    price: [999, 12999],
    weight: 3,
  },
];

export const BRANDS = [
  'Maison Rivoli',
  'Atelier du Marais',
  'Les Ateliers Lumière',
  'Comptoir Saint-Honoré',
  'Faubourg 1924',
  'Petit Bateau Blanc',
  'Belle-Île',
  'Café Crème',
  'Linge de Provence',
  'Terre de Sienne',
  'Sous les Pavés',
  'Bleu de Chauffe',
  'Côté Jardin',
  'Les Filles du Calvaire',
  'Monsieur Dimanche',
  'Grain de Malice',
  'La Fabrique Lyonnaise',
  'Nuit Blanche',
] as const;

/** Colour name and a 3-letter code for the SKU. */
export const COLOURS: readonly (readonly [string, string])[] = [
  ['noir', 'NOI'],
  ['blanc', 'BLA'],
  ['écru', 'ECR'],
  ['bleu marine', 'MAR'],
  ['bleu ciel', 'CIE'],
  ['gris chiné', 'GRI'],
  ['anthracite', 'ANT'],
  ['beige sable', 'SAB'],
  ['camel', 'CAM'],
  ['terracotta', 'TER'],
  ['rouge brique', 'BRI'],
  ['bordeaux', 'BOR'],
  ['rose poudré', 'ROS'],
  ['vert sauge', 'SAU'],
  ['vert kaki', 'KAK'],
  ['jaune moutarde', 'MOU'],
  ['moka', 'MOK'],
  ['lin naturel', 'LIN'],
];
