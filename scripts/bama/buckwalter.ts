/**
 * Buckwalter transliteration (the scheme of the BAMA 1.0 lexicon, readme.txt appendix), both ways.
 * Developer tooling for scripts/check-analysis.ts; holds no lexicon data.
 */

/** Arabic code point → Buckwalter character, as listed in the BAMA readme appendix. */
const TO_BW: Readonly<Record<string, string>> = {
  '\u0621': "'", '\u0622': '|', '\u0623': '>', '\u0624': '&', '\u0625': '<', '\u0626': '}', '\u0627': 'A',
  '\u0628': 'b', '\u0629': 'p', '\u062A': 't', '\u062B': 'v', '\u062C': 'j', '\u062D': 'H', '\u062E': 'x',
  '\u062F': 'd', '\u0630': '*', '\u0631': 'r', '\u0632': 'z', '\u0633': 's', '\u0634': '$', '\u0635': 'S',
  '\u0636': 'D', '\u0637': 'T', '\u0638': 'Z', '\u0639': 'E', '\u063A': 'g', '\u0640': '_', '\u0641': 'f',
  '\u0642': 'q', '\u0643': 'k', '\u0644': 'l', '\u0645': 'm', '\u0646': 'n', '\u0647': 'h', '\u0648': 'w',
  '\u0649': 'Y', '\u064A': 'y', '\u064B': 'F', '\u064C': 'N', '\u064D': 'K', '\u064E': 'a', '\u064F': 'u',
  '\u0650': 'i', '\u0651': '~', '\u0652': 'o', '\u0670': '`', '\u0671': '{', '\u067E': 'P', '\u0686': 'J',
  '\u06A4': 'V', '\u06AF': 'G',
};

/** Letters outside the table that Arabic text sometimes uses for the same letter (Persian kaf and yeh). */
const LOOKALIKES: Readonly<Record<string, string>> = { '\u06A9': 'k', '\u06CC': 'y' };

const FROM_BW: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TO_BW).map(([ar, bw]) => [bw, ar]),
);

/** Arabic → Buckwalter, or null when the text holds a character the scheme has no letter for. */
export function toBuckwalter(arabic: string): string | null {
  let out = '';
  for (const ch of arabic) {
    const bw = TO_BW[ch] ?? LOOKALIKES[ch];
    if (bw === undefined) return null;
    out += bw;
  }
  return out;
}

/** Buckwalter → Arabic; characters outside the scheme (digits, '-', '/') are kept as they are. */
export function fromBuckwalter(bw: string): string {
  let out = '';
  for (const ch of bw) out += FROM_BW[ch] ?? ch;
  return out;
}

/** Short vowels, tanwin, shadda, sukun, dagger alif and tatweel: what unvocalised spelling omits. */
export const BW_MARKS = /[aiuoFNK~`_]/gu;
