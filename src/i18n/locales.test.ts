import { describe, expect, it } from 'vitest';
import { createI18n } from '.';
import arBase from './locales/ar.json';
import enBase from './locales/en.json';
import backupAr from './locales/backup.ar.json';
import backupEn from './locales/backup.en.json';
import importAr from './locales/import.ar.json';
import importEn from './locales/import.en.json';
import reviewAr from './locales/review.ar.json';
import reviewEn from './locales/review.en.json';
import wordsAr from './locales/words.ar.json';
import wordsEn from './locales/words.en.json';

const en = { ...enBase, words: wordsEn, review: reviewEn, backup: backupEn, import: importEn };
const ar = { ...arBase, words: wordsAr, review: reviewAr, backup: backupAr, import: importAr };

const PLURAL = /_(zero|one|two|few|many|other)$/u;

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const baseKeys = (tree: object) => new Set(keys(tree).map((k) => k.replace(PLURAL, '')));

describe('locales', () => {
  it('have the same keys in English and Arabic', () => {
    const [enKeys, arKeys] = [baseKeys(en), baseKeys(ar)];
    expect([...enKeys].filter((k) => !arKeys.has(k))).toEqual([]);
    expect([...arKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('give every Arabic plural all six forms', () => {
    const plurals = new Set(keys(ar).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const key of plurals) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(keys(ar)).toContain(`${key}_${form}`);
    }
  });

  it('has no empty string', () => {
    for (const tree of [en, ar]) {
      const values = keys(tree).map((k) => k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], tree));
      expect(values.filter((v) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
    }
  });

  it('chooses the right Arabic plural for every count', () => {
    const i18n = createI18n('ar');
    const words = (count: number) => i18n.t('library.words', { count });
    expect(words(0)).toBe('لا كلمات');
    expect(words(1)).toBe('كلمة واحدة');
    expect(words(2)).toBe('كلمتان');
    expect(words(3)).toBe('3 كلمات');
    expect(words(10)).toBe('10 كلمات');
    expect(words(11)).toBe('11 كلمة');
    expect(words(99)).toBe('99 كلمة');
    expect(words(100)).toBe('100 كلمة');
    expect(words(362)).toBe('362 كلمة');
    expect(words(435)).toBe('435 كلمة');
  });

  it('chooses the right English plural', () => {
    const i18n = createI18n('en');
    expect(i18n.t('library.paragraphs', { count: 1 })).toBe('1 paragraph');
    expect(i18n.t('library.paragraphs', { count: 11 })).toBe('11 paragraphs');
  });
});
