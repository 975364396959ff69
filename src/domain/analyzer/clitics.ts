/**
 * The clitics of Arabic as data: the proclitics written joined to the front of a word (و ف ب ك ل س ال أ)
 * with the order in which they stack, and the pronoun enclitics written joined to its end. The analyzer
 * peels them off with these tables before it looks a stem up; whether a split is accepted is decided by
 * the stem, never by the clitic alone (ARABIC.md: كانت is not ك + انت).
 */

/** The kind of word a clitic can be joined to. */
export type Host = 'noun' | 'perfect' | 'imperfect' | 'imperative' | 'function' | 'function-prep';

/** What a proclitic does. */
export type ProcliticRole = 'interrogative' | 'conjunction' | 'preposition' | 'future' | 'subjunctive' | 'article';

/** One proclitic row: `slot` orders a stack (lower slots come first: و + ب + ال). */
export interface Proclitic {
  printed: string;
  /** The segment as the popover shows it. */
  form: string;
  role: ProcliticRole;
  gloss: string;
  slot: number;
  hosts: readonly Host[];
  /** Ranking cost of reading the letters as this clitic. */
  penalty: number;
  description: string;
}

const ALL: readonly Host[] = ['noun', 'perfect', 'imperfect', 'imperative', 'function', 'function-prep'];

/** Proclitics in stacking order: [أ] [و|ف] [ب|ك|ل|س|لِـ] [ال]. */
export const PROCLITICS: readonly Proclitic[] = [
  {
    printed: 'أ', form: 'أَ', role: 'interrogative', gloss: 'is it that…?', slot: 0, hosts: ALL, penalty: 22,
    description: 'أليس → أ + ليس (rare in news, ranked low)',
  },
  {
    printed: 'و', form: 'وَ', role: 'conjunction', gloss: 'and', slot: 1, hosts: ALL, penalty: 10,
    description: 'والصين → و + الصين',
  },
  {
    printed: 'ف', form: 'فَ', role: 'conjunction', gloss: 'so, then', slot: 1, hosts: ALL, penalty: 10,
    description: 'فقال → ف + قال',
  },
  {
    printed: 'ب', form: 'بِ', role: 'preposition', gloss: 'with, by, in', slot: 2, hosts: ['noun', 'function-prep'],
    penalty: 10, description: 'بالقانون → ب + ال + قانون',
  },
  {
    printed: 'ك', form: 'كَ', role: 'preposition', gloss: 'like, as', slot: 2, hosts: ['noun', 'function-prep'],
    penalty: 12, description: 'كرئيس → ك + رئيس',
  },
  {
    printed: 'ل', form: 'لِ', role: 'preposition', gloss: 'for, to', slot: 2, hosts: ['noun', 'function-prep'],
    penalty: 10, description: 'لتطوير → ل + تطوير; ل + ال is printed لل (للرئيس)',
  },
  {
    printed: 'ل', form: 'لِ', role: 'subjunctive', gloss: 'to, in order to', slot: 2, hosts: ['imperfect'],
    penalty: 10, description: 'ليكون → ل + يكون (subjunctive or jussive)',
  },
  {
    printed: 'س', form: 'سَ', role: 'future', gloss: 'will', slot: 2, hosts: ['imperfect'], penalty: 10,
    description: 'سيكون → س + يكون (imperfect verbs only)',
  },
  {
    printed: 'ال', form: 'الـ', role: 'article', gloss: 'the', slot: 3, hosts: ['noun'], penalty: 6,
    description: 'الرئيس → ال + رئيس (nouns and adjectives only)',
  },
];

/** A way to read the start of a word as proclitics. */
export interface ProcliticSplit {
  clitics: readonly Proclitic[];
  /** The rest of the word, with the alif of ال restored when it was dropped after ل. */
  rest: string;
  /** The alif at the start of `rest` is not printed (ل + الرئيس → للرئيس). */
  alifDropped: boolean;
  hosts: ReadonlySet<Host>;
  penalty: number;
}

const NO_CLITICS: ProcliticSplit = {
  clitics: [],
  rest: '',
  alifDropped: false,
  hosts: new Set(ALL),
  penalty: 0,
};

function extend(split: ProcliticSplit, clitic: Proclitic, rest: string, alifDropped: boolean): ProcliticSplit {
  const hosts = new Set([...split.hosts].filter((h) => clitic.hosts.includes(h)));
  return {
    clitics: [...split.clitics, clitic],
    rest,
    alifDropped: split.alifDropped || alifDropped,
    hosts,
    penalty: split.penalty + clitic.penalty,
  };
}

/** Every reading of the start of `bare` as a (possibly empty) stack of proclitics, the empty one first. */
export function procliticSplits(bare: string): ProcliticSplit[] {
  const out: ProcliticSplit[] = [{ ...NO_CLITICS, rest: bare }];
  const grow = (split: ProcliticSplit, fromSlot: number): void => {
    for (const clitic of PROCLITICS) {
      if (clitic.slot < fromSlot || !split.rest.startsWith(clitic.printed)) continue;
      const rest = split.rest.slice(clitic.printed.length);
      if (rest.length < 2) continue;
      const next = extend(split, clitic, rest, false);
      if (next.hosts.size === 0) continue;
      out.push(next);
      grow(next, clitic.slot + 1);
      // ل + a word starting with ال drops the alif: للرئيس, للذين, للصين.
      if (clitic.printed === 'ل' && clitic.role === 'preposition' && rest.startsWith('ل')) {
        const restored = extend(split, clitic, `ا${rest}`, true);
        out.push(restored);
        grow(restored, clitic.slot + 1);
      }
    }
  };
  grow(out[0] ?? NO_CLITICS, 0);
  return out;
}

/** One pronoun enclitic. Glosses differ on nouns (possessive) and on verbs and prepositions (object). */
export interface Enclitic {
  printed: string;
  /** Vocalised, with the tatweel the popover shows: ـهُ. */
  form: string;
  /** The form after a kasra or ي (فِيهِ, عَلَيْهِمْ); same as `form` for most pronouns. */
  afterI: string;
  possessive: string;
  object: string;
  /** Which hosts take it: ي is for nouns and prepositions, ني for verbs (and إنّ, مِن …). */
  hosts: 'all' | 'noun' | 'verb';
  penalty: number;
}

/** Pronoun enclitics, longest first so that ـهما is tried before ـها. */
export const ENCLITICS: readonly Enclitic[] = [
  { printed: 'هما', form: 'ـهُمَا', afterI: 'ـهِمَا', possessive: 'their (two)', object: 'them (two)', hosts: 'all', penalty: 10 },
  { printed: 'كما', form: 'ـكُمَا', afterI: 'ـكُمَا', possessive: 'your (two)', object: 'you (two)', hosts: 'all', penalty: 12 },
  { printed: 'ها', form: 'ـهَا', afterI: 'ـهَا', possessive: 'her, its', object: 'her, it', hosts: 'all', penalty: 10 },
  { printed: 'هم', form: 'ـهُمْ', afterI: 'ـهِمْ', possessive: 'their', object: 'them', hosts: 'all', penalty: 10 },
  { printed: 'هن', form: 'ـهُنَّ', afterI: 'ـهِنَّ', possessive: 'their (fem.)', object: 'them (fem.)', hosts: 'all', penalty: 12 },
  { printed: 'كم', form: 'ـكُمْ', afterI: 'ـكُمْ', possessive: 'your (pl.)', object: 'you (pl.)', hosts: 'all', penalty: 12 },
  { printed: 'كن', form: 'ـكُنَّ', afterI: 'ـكُنَّ', possessive: 'your (fem. pl.)', object: 'you (fem. pl.)', hosts: 'all', penalty: 14 },
  { printed: 'ني', form: 'ـنِي', afterI: 'ـنِي', possessive: 'me', object: 'me', hosts: 'verb', penalty: 12 },
  { printed: 'نا', form: 'ـنَا', afterI: 'ـنَا', possessive: 'our', object: 'us', hosts: 'all', penalty: 10 },
  { printed: 'ه', form: 'ـهُ', afterI: 'ـهِ', possessive: 'his, its', object: 'him, it', hosts: 'all', penalty: 10 },
  { printed: 'ك', form: 'ـكَ', afterI: 'ـكَ', possessive: 'your', object: 'you', hosts: 'all', penalty: 12 },
  { printed: 'ي', form: 'ـي', afterI: 'ـي', possessive: 'my', object: 'me', hosts: 'noun', penalty: 14 },
];

/** The enclitics that may end `bare` leaving at least `minStem` letters, longest first. */
export function encliticsAtEnd(bare: string, minStem: number): Enclitic[] {
  return ENCLITICS.filter((e) => bare.length - e.printed.length >= minStem && bare.endsWith(e.printed));
}
