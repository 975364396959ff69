/**
 * The nisba adjective of a place name (الصين → صيني، سوريا → سوري، أمريكا → أمريكي), derived when the
 * lexicon lists the place but not its adjective. A spelling rule of its own, kept apart so both the
 * compiler and the record builder can use it.
 */
import { KASRA, SHADDA, dropFinalLetter, isMark, strictKey, stripFinalVowel } from './orthography.ts';

/** Drops the article from a vocalised name, with the shadda it put on a sun letter: الصِّين → صِين. */
function withoutArticle(voc: string): string {
  let letters = 0;
  let i = 0;
  while (i < voc.length && (letters < 2 || isMark(voc.charAt(i)))) {
    if (!isMark(voc.charAt(i))) letters++;
    i++;
  }
  const rest = voc.slice(i);
  let end = 1;
  while (end < rest.length && isMark(rest.charAt(end))) end++;
  return rest.charAt(0) + rest.slice(1, end).replace(SHADDA, '') + rest.slice(end);
}

/** The nisba adjective of a place name: الصِّين → صِينِيّ, سُورِيَا → سُورِيّ, أَمْرِيكَا → أَمْرِيكِيّ. */
export function placeNisba(name: string): string {
  const base = strictKey(name).startsWith('ال') ? withoutArticle(name) : name;
  const letters = strictKey(base);
  if (letters.endsWith('يا')) return `${stripFinalVowel(dropFinalLetter(base))}${SHADDA}`;
  const stem = /[اةى]$/u.test(letters) ? stripFinalVowel(dropFinalLetter(base)) : stripFinalVowel(base);
  return `${stem}${KASRA}ي${SHADDA}`;
}

