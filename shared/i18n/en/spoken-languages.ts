/**
 * English names of the spoken languages of mission areas that a runtime's ICU may not name (Chromium's
 * trimmed data names none of these; see ../spoken-languages.ts). Names as CLDR gives them where it does.
 */
export const spokenLanguageNames = {
  ach: 'Acholi',
  bej: 'Beja',
  ber: 'Berber',
  din: 'Dinka',
  dyu: 'Dyula',
  ff: 'Fula',
  fuc: 'Pulaar',
  kab: 'Kabyle',
  kg: 'Kongo',
  kln: 'Kalenjin',
  lgg: 'Lugbara',
  lua: 'Luba-Lulua',
  luo: 'Luo',
  mos: 'Mossi',
  nus: 'Nuer',
  rn: 'Kirundi',
  ses: 'Koyraboro Senni',
  sg: 'Sango',
  snk: 'Soninke',
  son: 'Songhay',
  taq: 'Tamasheq',
  tmh: 'Tamashek',
  zgh: 'Standard Moroccan Tamazight',
  zne: 'Zande',
} as const;
