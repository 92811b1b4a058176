import type { SpokenLanguageNames } from '../spoken-languages.js';

/** Les noms français des langues parlées des zones de mission que l'ICU d'un environnement peut ne pas nommer. */
export const spokenLanguageNames: SpokenLanguageNames = {
  ach: 'acholi',
  bej: 'bedja',
  ber: 'berbère',
  din: 'dinka',
  dyu: 'dioula',
  ff: 'peul',
  fuc: 'pulaar',
  kab: 'kabyle',
  kg: 'kikongo',
  kln: 'kalendjin',
  lgg: 'lugbara',
  lua: 'tshiluba',
  luo: 'dholuo',
  mos: 'moré',
  nus: 'nuer',
  rn: 'kirundi',
  ses: 'koyraboro senni',
  sg: 'sango',
  snk: 'soninké',
  son: 'songhaï',
  taq: 'tamasheq',
  tmh: 'tamachek',
  zgh: 'amazighe standard marocain',
  zne: 'zandé',
};
