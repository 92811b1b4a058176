import type { TFunction } from 'i18next';
import en from '../i18n/en/bundles.json';

type TableKey = keyof typeof en.tables;
const isTableKey = (table: string): table is TableKey => Object.hasOwn(en.tables, table);

/** A kind of record a bundle carries, in words ("Evidence items"), never the table's name. */
export function tableLabel(t: TFunction, table: string): string {
  return isTableKey(table) ? t(`bundles.tables.${table}`) : t('bundles.tables.other');
}
