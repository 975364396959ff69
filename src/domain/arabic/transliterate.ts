/**
 * Transliteration of vocalised Modern Standard Arabic into DIN 31635, the German/ISO scholarly scheme
 * with one Latin letter per Arabic letter. Language knowledge lives in the exported tables; the code
 * below only walks a word letter by letter. Choices made (all output is lower case):
 *
 * - Consonants: CONSONANTS. Hamza on any seat is ʾ, except at the start of a word (also right after the
 *   article or a proclitic), where only its vowel is written: أَكَّدَ akkada, الْأَسَد al-asad. آ is ʾā,
 *   word-initially ā.
 * - Vowels are written exactly as vocalised, case endings included: fatha/kasra/damma a/i/u, sukun
 *   nothing, shadda doubles (in either mark order), tanwin -an/-in/-un. The alif or alif maqsura that
 *   carries tanwin fatha is not written (ittiṣālan, mustawan).
 * - Long vowels: fatha + ا/ى ā, kasra + ي ī, damma + و ū, dagger alif ā; fatha + bare or sukun و/ي is a
 *   diphthong aw/ay. و/ي carrying a vowel or shadda are consonants w/y (-iyyu).
 * - Ta marbuta (TA_MARBUTA): -a without a mark (pausal; -āh after ā), -at + vowel when it carries a
 *   vowel or tanwin (dawla, dawlatu, dawlatin).
 * - Article: al-, assimilated before SUN_LETTERS (aš-šams). After a proclitic (wa-, fa-, ka-, bi-,
 *   li-, joined with a hyphen) or after a previous word ending in a vowel, its a- is elided:
 *   wa-ṣ-ṣīnu, li-r-raʾīsi, iʿādati l-iʿmāri. Proclitics are split off only before the article or a
 *   hamza-initial word, where the split is unambiguous (waqqaʿat stays one word).
 * - Hamzat al-wasl (word-initial ا/ٱ without hamza): its written vowel, else i (istaqbala, al-ittiḥād);
 *   dropped after a previous word ending in a vowel.
 * - Silent alifs: after plural waw (qālū), after kasra or damma (مِائَة miʾa), after tanwin fatha.
 * - Unvocalised input degrades: a bare ا/ى after a consonant is ā, a bare و/ي after an unmarked
 *   consonant is ū/ī, other vowels are unknown and omitted.
 * - Punctuation ، ؛ ؟ ٪ and Arabic-Indic digits become Latin (PUNCTUATION); tatweel and invisible format
 *   characters (IGNORED) are dropped; anything else passes through.
 * - Not handled: the DIN spelling Allāh (اللّٰه gives al-lāh), proclitics before hamzat al-wasl
 *   (وَاسْتَقْبَلَ gives wāstaqbala, DIN wa-staqbala), shortening of long vowels before the article.
 */
import { TATWEEL } from './chars.ts';

/** DIN 31635 letter for each Arabic consonant; every hamza seat is ʾ (word-initial hamza is handled apart). */
export const CONSONANTS: Readonly<Record<string, string>> = {
  'ء': 'ʾ', 'أ': 'ʾ', 'إ': 'ʾ', 'ؤ': 'ʾ', 'ئ': 'ʾ',
  'ب': 'b', 'ت': 't', 'ث': 'ṯ', 'ج': 'ǧ', 'ح': 'ḥ', 'خ': 'ḫ', 'د': 'd', 'ذ': 'ḏ', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'š', 'ص': 'ṣ', 'ض': 'ḍ', 'ط': 'ṭ', 'ظ': 'ẓ', 'ع': 'ʿ', 'غ': 'ġ', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y',
};

/** Short vowel marks: fatha, kasra, damma. */
export const SHORT_VOWELS: Readonly<Record<string, Vowel>> = { '\u064E': 'a', '\u0650': 'i', '\u064F': 'u' };

/** Tanwin marks and the ending each writes: fathatan, kasratan, dammatan. */
export const TANWIN: Readonly<Record<string, string>> = { '\u064B': 'an', '\u064D': 'in', '\u064C': 'un' };

/** Shadda (gemination), sukun (no vowel; also the Quranic U+06E1) and dagger alif (long ā on its letter). */
export const SIGNS = { shadda: '\u0651', sukun: ['\u0652', '\u06E1'], daggerAlif: '\u0670' } as const;

/** Each short vowel and its long counterpart, written when the matching carrier letter follows. */
export const LONG_VOWELS: Readonly<Record<Vowel, string>> = { a: 'ā', i: 'ī', u: 'ū' };

/** Weak letters and the short vowel they lengthen (damma + و ū, kasra + ي ī) when bare or with sukun. */
export const GLIDES: Readonly<Record<string, Vowel>> = { 'و': 'u', 'ي': 'i' };

/** Diphthongs: fatha followed by a bare or sukun و/ي. */
export const DIPHTHONGS: Readonly<Record<string, string>> = { 'و': 'aw', 'ي': 'ay' };

/** Letters that write a long vowel (or are silent) rather than a consonant: alif, alif wasla, alif maqsura. */
export const ALIFS = { alif: 'ا', wasla: 'ٱ', maqsura: 'ى', madda: 'آ' } as const;

/** Vowel assumed for a word-initial hamza seat whose own vowel is not written. */
export const INITIAL_HAMZA_VOWEL: Readonly<Record<string, Vowel>> = { 'أ': 'a', 'إ': 'i' };

/** Ta marbuta: pausal ending, pausal ending after ā, and the consonant written before a case vowel. */
export const TA_MARBUTA = { letter: 'ة', pausal: 'a', afterLongA: 'h', construct: 't' } as const;

/** Sun letters, to which the article's l assimilates (al- + š → aš-š). */
export const SUN_LETTERS: ReadonlySet<string> = new Set('تثدذرزسشصضطظلن');

/** One-letter proclitics and their DIN form; the last letter of the form is the vowel they must carry. */
export const PROCLITICS: Readonly<Record<string, string>> = { 'و': 'wa', 'ف': 'fa', 'ك': 'ka', 'ب': 'bi', 'ل': 'li' };

/** Arabic punctuation and digits and their Latin equivalents. */
export const PUNCTUATION: Readonly<Record<string, string>> = {
  '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',', '«': '"', '»': '"',
  ...Object.fromEntries([...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)])),
};

/** Characters with no sound that are dropped: tatweel, Arabic letter mark, zero-width and bidi controls. */
export const IGNORED = new RegExp(`[${TATWEEL}\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]`, 'gu');

type Vowel = 'a' | 'i' | 'u';
/** What the previous letter ended in: a short vowel, ^ start, '' nothing, s sukun, L long, n tanwin, p pausal ة. */
type Prev = Vowel | '^' | '' | 's' | 'L' | 'n' | 'p';

interface Unit {
  ch: string;
  vowel: Vowel | '';
  tanwin: string;
  shadda: boolean;
  sukun: boolean;
  dagger: boolean;
}

const LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]/u;
const MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED]/u;
const WASL: ReadonlySet<string> = new Set([ALIFS.alif, ALIFS.wasla]);

function applyMark(x: Unit, mark: string): void {
  if (mark === SIGNS.shadda) x.shadda = true;
  else if ((SIGNS.sukun as readonly string[]).includes(mark)) x.sukun = true;
  else if (mark === SIGNS.daggerAlif) x.dagger = true;
  else if (SHORT_VOWELS[mark]) x.vowel = SHORT_VOWELS[mark];
  else if (TANWIN[mark]) x.tanwin = TANWIN[mark];
}

/** The article's lam: no vowel, except the helping kasra before hamzat al-wasl (الِاتِّحَاد). */
const bareLam = (x: Unit | undefined, next: Unit | undefined): boolean =>
  x?.ch === 'ل' && !x.shadda && !x.tanwin && (!x.vowel || (x.vowel === 'i' && WASL.has(next?.ch ?? '')));

/** Length of an article starting at k: 2 for ال, 1 for the bare ل of لِلْ, else 0. */
function articleLength(u: readonly Unit[], k: number): number {
  const a = u[k];
  const after = u[k + 2];
  if (a && WASL.has(a.ch) && (a.vowel === '' || a.vowel === 'a') && !a.shadda && bareLam(u[k + 1], after) && after) {
    return after.ch === ALIFS.maqsura || after.ch === TA_MARBUTA.letter ? 0 : 2;
  }
  return k > 0 && u[k - 1]?.ch === 'ل' && bareLam(a, u[k + 1]) && u[k + 1] ? 1 : 0;
}

const hamzaInitial = (x: Unit | undefined): boolean =>
  !!x && (x.ch === ALIFS.madda || (INITIAL_HAMZA_VOWEL[x.ch] !== undefined && x.vowel !== ''));

/** Number of leading proclitics, counted only when the article or a hamza-initial word follows them. */
function procliticCount(u: readonly Unit[]): number {
  let n = 0;
  while (n < u.length - 1) {
    const x = u[n]!;
    const form = PROCLITICS[x.ch];
    if (!form || x.vowel !== form.at(-1) || x.shadda || x.tanwin) break;
    n++;
  }
  for (; n > 0; n--) if (articleLength(u, n) || hamzaInitial(u[n])) return n;
  return 0;
}

function lengthen(out: string, pv: Prev, v: Vowel): string {
  return (pv === v ? out.slice(0, -1) : out) + LONG_VOWELS[v];
}

/** Transliterates one word; `afterVowel` says the previous word ended in a vowel (article elision). */
function word(u: readonly Unit[], afterVowel: boolean): { text: string; endsInVowel: boolean } {
  let out = '';
  let pv: Prev = '^';
  let skipShadda = -1;
  let k = procliticCount(u);
  for (let c = 0; c < k; c++) out += `${PROCLITICS[u[c]!.ch]!}-`;
  const art = articleLength(u, k);
  if (art) {
    const next = u[k + art]!.ch;
    const sun = SUN_LETTERS.has(next);
    out += `${k > 0 || afterVowel ? '' : 'a'}${sun ? CONSONANTS[next]! : 'l'}-`;
    k += art;
    if (sun) skipShadda = k;
  }
  const initial = k;
  for (; k < u.length; k++) {
    const x = u[k]!;
    const ch = x.ch;
    const glide = GLIDES[ch];
    if (k === initial && WASL.has(ch) && k + 1 < u.length && !x.tanwin) {
      out += k === 0 && afterVowel ? '' : x.vowel || 'i';
      pv = 's';
    } else if (ch === ALIFS.alif || ch === ALIFS.wasla || ch === ALIFS.maqsura) {
      const prev = u[k - 1];
      if (x.tanwin) {
        out = (pv === 'a' ? out.slice(0, -1) : out) + x.tanwin;
        pv = 'n';
      } else {
        // Silent: wasla, after tanwin, after kasra/damma (مِائَة), word-final after plural waw (قَالُوا).
        const silent = ch === ALIFS.wasla || pv === 'n' || (ch === ALIFS.alif &&
          (pv === 'i' || pv === 'u' || (k === u.length - 1 && prev?.ch === 'و' && !prev.vowel)));
        if (!silent) {
          out = lengthen(out, pv, ch === ALIFS.maqsura && pv === 'i' ? 'i' : 'a');
          pv = 'L';
        }
      }
    } else if (ch === ALIFS.madda) {
      out += k === initial ? 'ā' : 'ʾā';
      pv = 'L';
    } else if (k === initial && INITIAL_HAMZA_VOWEL[ch]) {
      pv = x.vowel || INITIAL_HAMZA_VOWEL[ch];
      out += pv;
    } else if (ch === TA_MARBUTA.letter) {
      if (x.vowel || x.tanwin) {
        out += TA_MARBUTA.construct + (x.vowel || x.tanwin);
        pv = x.vowel || 'n';
      } else {
        out += pv === 'a' ? '' : pv === 'L' && out.endsWith('ā') ? TA_MARBUTA.afterLongA : TA_MARBUTA.pausal;
        pv = 'p';
      }
    } else if (glide && !x.vowel && !x.tanwin && !x.shadda && !x.dagger && (pv === glide || pv === 'a' || (pv === '' && !x.sukun))) {
      out = pv === 'a' ? out.slice(0, -1) + DIPHTHONGS[ch]! : lengthen(out, pv, glide);
      pv = pv === 'a' ? 's' : 'L';
    } else {
      const c = CONSONANTS[ch] ?? ch;
      out += x.shadda && k !== skipShadda ? c + c : c;
      if (x.dagger) out += LONG_VOWELS.a;
      else out += x.vowel || x.tanwin;
      pv = x.dagger ? 'L' : x.vowel || (x.tanwin ? 'n' : x.sukun ? 's' : '');
    }
  }
  return { text: out, endsInVowel: pv === 'a' || pv === 'i' || pv === 'u' || pv === 'L' };
}

/** Transliterates one vocalised Arabic word (or several separated by spaces) into DIN 31635. */
export function transliterate(vocalised: string): string {
  const text = vocalised.normalize('NFC').replace(IGNORED, '');
  let out = '';
  let units: Unit[] = [];
  let afterVowel = false;
  const flush = () => {
    if (!units.length) return;
    const w = word(units, afterVowel);
    out += w.text;
    afterVowel = w.endsInVowel;
    units = [];
  };
  for (const ch of text) {
    if (LETTER.test(ch)) units.push({ ch, vowel: '', tanwin: '', shadda: false, sukun: false, dagger: false });
    else if (MARK.test(ch)) {
      const x = units.at(-1);
      if (x) applyMark(x, ch);
    } else {
      flush();
      if (!/\s/u.test(ch)) afterVowel = false;
      out += PUNCTUATION[ch] ?? ch;
    }
  }
  flush();
  return out;
}
