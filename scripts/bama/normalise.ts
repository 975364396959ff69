/**
 * How our curated lemmas and roots are compared with BAMA's (scripts/check-analysis.ts). Everything
 * here works on Buckwalter strings.
 */
import { BW_MARKS } from './buckwalter.ts';

/**
 * The definite article on a vocalised citation form: a bare alif (or alif wasla) directly followed by
 * lam, as in "Al>asad" (الأَسَد), "Al~atiy" (الَّتِي). A form VIII verb or masdar has a vowel on its
 * alif ("Ailotizam", "{ilotizAm") and is left alone.
 */
const ARTICLE = /^[A{]l(?=.)/u;

/** Strict lemma key: no article, no short vowels / tanwin / shadda / sukun / dagger alif / tatweel. */
export function strictLemma(bwVocalised: string): string {
  return bwVocalised.replace(ARTICLE, '').replace(BW_MARKS, '');
}

/** Lenient lemma key: the strict key with hamza seats and alif variants (أ إ آ ٱ → ا) and ى → ي. */
export function lenientLemma(bwVocalised: string): string {
  return strictLemma(bwVocalised).replace(/[><|{]/gu, 'A').replace(/Y/gu, 'y');
}

/**
 * The cumulative steps that bring our root and BAMA's `;--- root` spelling together; a token's root
 * agrees at the first step where some candidate matches:
 * - literal: letter for letter (our ء is Buckwalter ');
 * - hamza: every hamza spelling is one radical — BAMA writes an initial hamza radical as bare A ("Asd"),
 *   a medial or final one on its seat ("r>s", "s>l", "Sd}") or bare ("bd'"), sometimes bare A ("$An");
 * - weak: BAMA writes a final weak ya radical as alif maqsura ("jrY", "bnY") and "w/y" where either
 *   radical is attested (expanded when the lexicon is read);
 * - geminate: BAMA writes doubled roots with two letters ("Hl" for حلل, "Em" for عمم) or with a shadda
 *   ("As~"), we write all three radicals;
 * - w≈y (lenient only): a final weak radical counts as either و or ي, for roots where BAMA and we chose
 *   different members of a نما/نمى-type pair ("smY" vs our سمو).
 */
export const ROOT_STEPS = ['literal', 'hamza', 'weak', 'geminate', 'w≈y'] as const;
export type RootStep = (typeof ROOT_STEPS)[number];

function rootAt(root: string, step: number, bama: boolean): string {
  let r = root;
  if (step >= 1) r = r.replace(bama ? /[A><&}|']/gu : /[><&}|']/gu, "'");
  if (step >= 2) r = r.replace(/Y/gu, 'y');
  if (step >= 3) {
    r = r.replace(/(.)~/gu, '$1$1');
    if (r.length === 3 && r[1] === r[2]) r = r.slice(0, 2);
  }
  if (step >= 4) r = r.replace(/w$/u, 'y');
  return r;
}

/** The first step at which our root equals one of BAMA's, or null when none does. */
export function rootAgreement(ours: string, bamaRoots: readonly string[]): RootStep | null {
  for (let step = 0; step < ROOT_STEPS.length; step++) {
    const o = rootAt(ours, step, false);
    if (bamaRoots.some((b) => rootAt(b, step, true) === o)) return ROOT_STEPS[step]!;
  }
  return null;
}
