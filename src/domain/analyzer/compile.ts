/**
 * Compiles the team's lexicon (lemmas, names, terms) into the index the analyzer looks stems up in: a map
 * from each unvocalised stem (strict key, and a folded key for the fallback tier) to the entries it can
 * belong to and the kind of stem it is (singular, broken plural, perfect stem before consonant suffixes,
 * jussive stem …), plus a map from the first word of each multi-word name or term to its phrases.
 * Inflected forms are never generated here: the analyzer peels affixes and looks the stem up. Runs once
 * at worker start-up, so it does as little work and allocation per entry as it can (see store.ts).
 */
import type { LemmaEntry, NameEntry, TermEntry } from '../lexicon/schema.ts';
import { addVerb, type PendingNoun } from './compile-verbs.ts';
import { placeNisba } from './place-nisba.ts';
import { KASRA, KASRATAN, foldKey, isFoldable, strictKey } from './orthography.ts';
import { SCORE } from './lookup.ts';
import { RECORD_KIND, addNounHit, addRecord, emptyIndex, idsAt, nounClassAt, push, rootOf } from './store.ts';
import type { CompiledLexicon, NounClass, Phrase } from './types.ts';

/** A plural the sound-plural rules already read (حكومات from حكومة): listing it again would duplicate. */
function isSoundPlural(lemmaKey: string, plural: string): boolean {
  const stem = lemmaKey.endsWith('ة') ? lemmaKey.slice(0, -1) : lemmaKey;
  const printed = strictKey(plural);
  return printed === `${stem}ات` || printed === `${stem}ون` || printed === `${stem}ين`;
}

/** A root whose last letter is weak: its nouns in ـِي lose the ي when indefinite. */
const WEAK_LAST = /[وي]$/u;

function addNoun(index: CompiledLexicon, rec: number, cls: NounClass, voc: string, penalty = 0): void {
  addNounHit(index, strictKey(voc), rec, cls, voc, penalty);
}

function addLemma(index: CompiledLexicon, entry: LemmaEntry, pending: PendingNoun[]): void {
  const rec = addRecord(index, entry, RECORD_KIND.lemma);
  if (entry.p === 'verb') {
    addVerb(index, rec, entry, pending);
    return;
  }
  const key = strictKey(entry.l);
  if (entry.l.endsWith(KASRATAN)) {
    // قَاضٍ is printed قاض only when indefinite; with the article, a pronoun or an ending: القاضي، قاضيه.
    addNounHit(index, key, rec, 'indefinite', entry.l, 0);
    addNoun(index, rec, 'singular', `${entry.l.slice(0, -1)}${KASRA}ي`);
  } else {
    addNounHit(index, key, rec, 'singular', entry.l, 0);
    // The same word cited with its ي (كَافِي) is printed كافٍ when indefinite.
    if (entry.l.endsWith(`${KASRA}ي`) && WEAK_LAST.test(entry.r ?? '')) {
      addNounHit(index, key.slice(0, -1), rec, 'indefinite', `${entry.l.slice(0, -2)}${KASRATAN}`, 0);
    }
  }
  // Tens are cited in the nominative (سِتُّون) and printed ـين in the genitive and accusative (وستين).
  if (entry.p === 'numeral' && key.endsWith('ون')) {
    addNoun(index, rec, 'singular', entry.l.replace(/\u064F?ون[\u064B-\u0652]*$/u, `${KASRA}ين`));
  }
  for (const plural of entry.pl ?? []) {
    if (!isSoundPlural(key, plural)) addNoun(index, rec, 'plural', plural);
  }
  if (entry.f !== undefined) addNoun(index, rec, 'feminine', entry.f);
}

/** A derived stem is skipped where the lexicon lists the same letters from the same root. */
function addDerived(index: CompiledLexicon, item: PendingNoun): void {
  const key = item.key === '' ? strictKey(item.voc) : item.key;
  const root = rootOf(index, item.rec);
  for (const id of idsAt(index.strict, key)) {
    const cls = nounClassAt(index, id);
    if (cls === null) continue;
    const rec = index.hits.rec[id] ?? -1;
    if (rec === item.rec ? cls === item.cls : root !== null && rootOf(index, rec) === root) return;
  }
  addNounHit(index, key, item.rec, item.cls, item.voc, item.penalty);
}

const PLACE_KINDS = new Set<NameEntry['k']>(['country', 'capital', 'city', 'region']);

function nameKindOf(entry: NameEntry): Phrase['kind'] {
  return entry.k === 'organisation' ? 'institution' : 'name';
}

/** Counts the words of a phrase (single spaces between them). */
function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

function addPhrase(index: CompiledLexicon, text: string, kind: Phrase['kind'], lemma: string, glosses: readonly string[], person = false): void {
  const first = strictKey(text.slice(0, text.indexOf(' ')));
  const entry: Phrase = { text, length: wordCount(text), kind, person, lemma, glosses };
  push(index.phrases, first, entry);
  if (isFoldable(first)) push(index.foldedPhrases, foldKey(first), entry);
}

/** Kinds of name that may also be a common word (العقبة "Aqaba" or "the obstacle", الزاوية, النوبة). */
const MINOR_PLACES = new Set<NameEntry['k']>(['city', 'region', 'other']);

/**
 * A town, region or other minor name spelled like a noun or adjective of the lexicon (its own article
 * aside) ranks below that word; countries and capitals (المغرب, الجزائر) keep their rank.
 */
function spelledLikeAWord(index: CompiledLexicon, entry: NameEntry, key: string): boolean {
  if (!MINOR_PLACES.has(entry.k)) return false;
  const bare = key.startsWith('ال') && key.length > 4 ? key.slice(2) : key;
  return idsAt(index.strict, bare).some((id) => index.records.kind[index.hits.rec[id] ?? -1] === RECORD_KIND.lemma && nounClassAt(index, id) !== null);
}

function addName(index: CompiledLexicon, entry: NameEntry, places: NameEntry[]): void {
  const rec = addRecord(index, entry, RECORD_KIND.name);
  const cls: NounClass = entry.k === 'nationality' ? 'nationality' : 'name';
  const long = entry.l.includes(' ');
  for (const text of [entry.l, ...(entry.v ?? [])]) {
    if (!text.includes(' ')) {
      const key = strictKey(text);
      addNounHit(index, key, rec, cls, text, long || spelledLikeAWord(index, entry, key) ? SCORE.shortName : 0);
      continue;
    }
    addPhrase(index, text, nameKindOf(entry), entry.l, entry.g, entry.k === 'person');
    // After the first mention, news names a person by family name alone: the last word (ترامب, أردوغان),
    // or the first where it comes first (كيم, شي). It reads as that person, below any common word spelled
    // the same.
    if (entry.k === 'person') {
      const words = text.split(' ');
      const familyFirst = entry.fam === 'first';
      const family = familyFirst ? words[0]! : words.at(-1)!;
      if (strictKey(family).length >= (familyFirst ? 2 : 3)) addNoun(index, rec, cls, family, SCORE.shortName);
    }
  }
  for (const plural of entry.pl ?? []) addNoun(index, rec, 'plural', plural);
  if (PLACE_KINDS.has(entry.k) && !long) places.push(entry);
}

/** Place nisbas are added last, only where no nationality or lemma already spells them. */
function addPlaceNisba(index: CompiledLexicon, entry: NameEntry): void {
  const voc = placeNisba(entry.l);
  const key = strictKey(voc);
  if (key.length < 3 || idsAt(index.strict, key).some((id) => nounClassAt(index, id) !== null)) return;
  const rec = addRecord(index, entry, RECORD_KIND.placeNisba);
  addNounHit(index, key, rec, 'place-nisba', voc, 8);
}

/**
 * Builds the index in two steps, so that a caller receiving the lexicon file by file can compile lemmas
 * while the rest is still arriving: `lemmas` for each lemma list (in a fixed order: it decides the order
 * of equally ranked readings), then `finish` with the names and terms, which need every lemma in.
 */
export function lexiconBuilder(): {
  lemmas: (entries: readonly LemmaEntry[]) => void;
  finish: (names: readonly NameEntry[], terms: readonly TermEntry[]) => CompiledLexicon;
} {
  const index = emptyIndex();
  const pending: PendingNoun[] = [];
  return {
    lemmas(entries) {
      for (const entry of entries) addLemma(index, entry, pending);
    },
    finish(names, terms) {
      const places: NameEntry[] = [];
      for (const entry of names) addName(index, entry, places);
      for (const item of pending) addDerived(index, item);
      for (const entry of places) addPlaceNisba(index, entry);
      for (const entry of terms) {
        for (const text of [entry.t, ...(entry.v ?? [])]) addPhrase(index, text, entry.k, entry.t, entry.g);
      }
      const longestFirst = (a: Phrase, b: Phrase): number => b.length - a.length;
      for (const list of index.phrases.values()) if (list.length > 1) list.sort(longestFirst);
      for (const list of index.foldedPhrases.values()) if (list.length > 1) list.sort(longestFirst);
      return index;
    },
  };
}

/** Builds the lookup index from the lexicon's three entry lists. */
export function compileLexicon(
  lemmas: readonly LemmaEntry[],
  names: readonly NameEntry[] = [],
  terms: readonly TermEntry[] = [],
): CompiledLexicon {
  const builder = lexiconBuilder();
  builder.lemmas(lemmas);
  return builder.finish(names, terms);
}

