/**
 * Expands the function-word rows into every printed form, pronoun suffixes included (عليه، منّي، إنني،
 * لهم), once, into a map from strict letters to forms. The analyzer then finds a function word with one
 * lookup after peeling the proclitics, with no enclitic splitting of its own.
 */
import { ENCLITICS, type Enclitic } from './clitics.ts';
import { FUNCTION_WORDS, type FunctionWord } from './function-words.ts';
import { KASRA, SHADDA, SUKUN, foldKey, lastLetter, setFinalVowel, strictKey, trailingMarks } from './orthography.ts';

/** One printed form of a function word. */
export interface FunctionWordForm {
  word: FunctionWord;
  /** Position of the word in FUNCTION_WORDS (earlier rows are more common). */
  order: number;
  printed: string;
  /** The whole form, vocalised as printed: `stem.voc + enclitic.voc`. */
  voc: string;
  /** `form` as the dictionary spells the stem (إِلَيْ), `voc` the printed letters it covers, vocalised. */
  stem: { form: string; voc: string };
  enclitic: { row: Enclitic; form: string; voc: string; surface?: string } | null;
}

const byPrinted = (printed: string): Enclitic => {
  const row = ENCLITICS.find((e) => e.printed === printed);
  if (row === undefined) throw new Error(`no enclitic ${printed}`);
  return row;
};

/** The vocalised pronoun after a stem: ـهِ after a kasra or ي (فِيهِ، عَلَيْهِ), else ـهُ. */
export function encliticAfter(stemVoc: string, row: Enclitic): string {
  const last = lastLetter(stemVoc);
  const afterI = last === 'ي' || trailingMarks(stemVoc).includes(KASRA);
  return afterI ? row.afterI : row.form;
}

function plain(word: FunctionWord, order: number, stemVoc: string, row: Enclitic): FunctionWordForm {
  const enc = encliticAfter(stemVoc, row);
  return {
    word,
    order,
    printed: strictKey(stemVoc) + row.printed,
    voc: stemVoc + enc.slice(1),
    stem: { form: stemVoc, voc: stemVoc },
    enclitic: { row, form: enc, voc: enc.slice(1) },
  };
}

/** ي and نا after a final ن that doubles (مِنِّي، مِنَّا، إِنِّي، إِنَّا). */
function mergedNun(word: FunctionWord, order: number, stemVoc: string, pronoun: 'ي' | 'نا'): FunctionWordForm {
  const body = stemVoc.slice(0, stemVoc.length - trailingMarks(stemVoc).length);
  const tail = pronoun === 'ي' ? `${SHADDA}${KASRA}ي` : `${SHADDA}َا`;
  const printedTail = pronoun === 'ي' ? 'ي' : 'ا';
  const stem = body + tail.slice(0, 2);
  return {
    word,
    order,
    printed: strictKey(body) + printedTail,
    voc: body + tail,
    stem: { form: stemVoc, voc: stem },
    enclitic: { row: byPrinted(pronoun), form: pronoun === 'ي' ? 'ـنِي' : 'ـنَا', voc: tail.slice(2), surface: printedTail },
  };
}

/** The 1st person singular form, or null where it is not written distinctly (فِيَّ is printed في). */
function firstPersonSingular(word: FunctionWord, order: number, stemVoc: string): FunctionWordForm | null {
  const row = byPrinted('ي');
  const last = lastLetter(stemVoc);
  if (stemVoc.endsWith(`ي${SUKUN}`)) {
    // إِلَيْ + ي → إِلَيَّ, printed إلي: the two ي merge under a shadda.
    const voc = `${stemVoc.slice(0, -1)}${SHADDA}َ`;
    return {
      word,
      order,
      printed: strictKey(stemVoc),
      voc,
      stem: { form: stemVoc, voc },
      enclitic: { row, form: 'ـيَّ', voc: '', surface: '' },
    };
  }
  if (last === 'ا' || last === 'ى' || last === 'ي' || last === 'و') return null;
  const stem = setFinalVowel(stemVoc, KASRA);
  return {
    word,
    order,
    printed: strictKey(stem) + 'ي',
    voc: `${stem}ي`,
    stem: { form: stemVoc, voc: stem },
    enclitic: { row, form: 'ـي', voc: 'ي' },
  };
}

function attachedForms(word: FunctionWord, order: number): FunctionWordForm[] {
  const stemVoc = word.before ?? word.voc;
  const out: FunctionWordForm[] = [];
  for (const row of ENCLITICS) {
    if (row.printed === 'ي') {
      if (word.nun !== undefined) out.push(mergedNun(word, order, stemVoc, 'ي'));
      else {
        const form = firstPersonSingular(word, order, stemVoc);
        if (form !== null) out.push(form);
      }
    } else if (row.printed === 'ني') {
      if (word.nun === 'both') out.push(plain(word, order, stemVoc, row));
    } else if (row.printed === 'نا' && word.nun !== undefined) {
      out.push(mergedNun(word, order, stemVoc, 'نا'));
      if (word.nun === 'both') out.push(plain(word, order, stemVoc, row));
    } else {
      out.push(plain(word, order, stemVoc, row));
    }
  }
  return out;
}

/** Function-word forms by strict letters and by folded letters. */
export interface FunctionWordIndex {
  strict: Map<string, FunctionWordForm[]>;
  folded: Map<string, FunctionWordForm[]>;
}

function add(map: Map<string, FunctionWordForm[]>, key: string, form: FunctionWordForm): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [form]);
  else list.push(form);
}

let cached: FunctionWordIndex | null = null;

/** Every printed form of every function word, built on first use. */
export function functionWordIndex(): FunctionWordIndex {
  if (cached !== null) return cached;
  const index: FunctionWordIndex = { strict: new Map(), folded: new Map() };
  FUNCTION_WORDS.forEach((word, order) => {
    const forms: FunctionWordForm[] = [];
    if (!word.bound) {
      const stem = { form: word.voc, voc: word.voc };
      forms.push({ word, order, printed: strictKey(word.voc), voc: word.voc, stem, enclitic: null });
    }
    if (word.pronouns) forms.push(...attachedForms(word, order));
    for (const form of forms) {
      add(index.strict, form.printed, form);
      add(index.folded, foldKey(form.printed), form);
    }
  });
  cached = index;
  return index;
}
