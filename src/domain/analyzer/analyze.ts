/**
 * The analyzer's entry points: every reading of one printed word, best first, and a whole text read word
 * by word with its multi-word names and terms. A word is read whole first and then with each possible
 * stack of proclitics and pronoun suffix peeled off; a split only counts when the stem left over is in
 * the lexicon (or the closed list of function words), so over-stripping cannot invent lemmas.
 */
import { tokenize } from '../arabic/tokenize.ts';
import type { Draft } from './assemble.ts';
import { encliticsAtEnd, procliticSplits, type Enclitic, type ProcliticSplit } from './clitics.ts';
import { SCORE, type Reading } from './lookup.ts';
import { foldKey, readPrinted } from './orthography.ts';
import { rankDrafts } from './rank.ts';
import { readFunctionWords } from './read-function-words.ts';
import { readNouns } from './read-nouns.ts';
import { readVerbs } from './read-verbs.ts';
import type { CompiledLexicon, TextAnalysis, TextToken, WordAnalysis } from './types.ts';
import { findUnits, type UnitMatch } from './units.ts';

/** Shortest stem (with its inflectional affixes) a split may leave. */
const MIN_CORE = 2;

function readCore(index: CompiledLexicon, split: ProcliticSplit, enclitic: Enclitic | null, out: Draft[]): void {
  const core = enclitic === null ? split.rest : split.rest.slice(0, split.rest.length - enclitic.printed.length);
  const reading: Reading = { index, split, enclitic, core, fcore: foldKey(core), out };
  if (split.hosts.has('noun')) readNouns(reading);
  readVerbs(reading);
}

function readLexicon(index: CompiledLexicon, split: ProcliticSplit, out: Draft[]): void {
  if (!split.hosts.has('noun') && !split.hosts.has('perfect') && !split.hosts.has('imperfect')) return;
  readCore(index, split, null, out);
  // The article and a pronoun suffix exclude each other (الكتابه is not a word).
  if (split.clitics.some((c) => c.role === 'article')) return;
  for (const enclitic of encliticsAtEnd(split.rest, MIN_CORE)) readCore(index, split, enclitic, out);
}

function readWord(index: CompiledLexicon, printedWord: string): WordAnalysis[] {
  const word = readPrinted(printedWord);
  if (word.bare === '') return [];
  const drafts: Draft[] = [];
  for (const split of procliticSplits(word.bare)) {
    readFunctionWords(split, drafts);
    readLexicon(index, split, drafts);
  }
  return rankDrafts(word, printedWord, drafts);
}

/** Every reading of one printed word, best first; a single `known: false` placeholder when none. */
export function analyzeWord(index: CompiledLexicon, printedWord: string): WordAnalysis[] {
  const analyses = readWord(index, printedWord);
  if (analyses[0]?.known !== false) return analyses;
  const joined = runTogether(index, printedWord);
  return joined === null ? analyses : [joined];
}

/** Letters that only end a word (ة ى), and the tanween marks (with the alif of ـًا), which only sit at its end. */
const WORD_FINAL = /[ةى][\u064B-\u0652]*|[\u064B-\u064D]ا?/u;

/**
 * Two words printed without a space between them (مجلةواشنطن: text copied from a web page often loses
 * spaces). Only a letter or mark that can only end a word (ة, ى, tanween) shows where the first word
 * ends; both sides must then be words. Splitting anywhere else would cut unknown foreign names into
 * nonsense (برلين is not بر + لين), so it is not tried.
 */
function runTogether(index: CompiledLexicon, printedWord: string): WordAnalysis | null {
  const match = WORD_FINAL.exec(printedWord);
  if (match === null) return null;
  const end = match.index + match[0].length;
  if (end >= printedWord.length) return null;
  const [left] = readWord(index, printedWord.slice(0, end));
  const [right] = readWord(index, printedWord.slice(end));
  if (left?.known !== true || right?.known !== true) return null;
  const score = Math.min(left.score, right.score);
  return {
    form: printedWord,
    voc: left.voc + right.voc,
    segments: [...left.segments, ...right.segments],
    lemma: `${left.lemma} ${right.lemma}`,
    root: null,
    origin: left.origin === 'proper' || right.origin === 'proper' ? 'proper' : 'arabic',
    pos: right.pos,
    features: 'two words printed without a space (see the parts)',
    gloss: `${left.gloss} + ${right.gloss}`,
    senses: [],
    score: score - SCORE.window,
    tier: left.tier === 'folded' || right.tier === 'folded' ? 'folded' : 'strict',
    known: true,
  };
}

/** A word of a name or term found around it (جين in شي جين بينغ), read as part of that unit. */
function partOfUnit(match: UnitMatch, k: number, form: string): WordAnalysis {
  const { unit } = match;
  const name = unit.kind === 'name' || unit.kind === 'institution';
  const word = match.words[k] ?? form;
  const gloss = `(part of) ${unit.gloss}`;
  // The first word may carry proclitics (ودونالد ترامب → وَ + دُونَالْد).
  const clitics = k === 0 ? match.clitics : [];
  return {
    form,
    voc: clitics.map((c) => c.form).join('') + word,
    segments: [...clitics.map((c) => ({ form: c.form, role: 'proclitic' as const, gloss: c.gloss })), { form: word, role: 'stem', gloss }],
    lemma: unit.lemma,
    root: null,
    origin: name ? 'proper' : 'arabic',
    pos: name ? 'proper noun' : 'noun',
    features: `part of ${unit.kind === 'name' ? 'the name' : `the ${unit.kind}`} ${unit.text}`,
    gloss,
    senses: [],
    score: 1,
    tier: unit.tier,
    known: true,
  };
}

/**
 * Reads a whole text: its Arabic words with offsets into `text` and their readings, and the multi-word
 * names and terms found in it. A word printed several times is analysed once.
 */
export function analyzeText(index: CompiledLexicon, text: string): TextAnalysis {
  const words = tokenize(text);
  const seen = new Map<string, WordAnalysis[]>();
  const tokens: TextToken[] = words.map((token) => {
    let analyses = seen.get(token.form);
    if (analyses === undefined) {
      analyses = analyzeWord(index, token.form);
      seen.set(token.form, analyses);
    }
    return { start: token.start, end: token.end, form: token.form, analyses };
  });
  const matches = findUnits(index, text, words);
  const inUnit = new Set<number>();
  for (const match of matches) {
    for (let t = match.first; t <= match.last; t++) {
      const token = tokens[t];
      inUnit.add(t);
      if (token === undefined) continue;
      // Each word of a person's name is read as part of it, its own readings kept after (جونغ, أون,
      // المعلم); the words of other names and terms keep their own reading first (الولايات المتحدة,
      // مجلس الأمن: the popover shows the unit beside it), unless they have none.
      const own = token.analyses.filter((a) => a.known && a.lemma !== match.unit.lemma);
      if (match.person || own.length === 0) token.analyses = [partOfUnit(match, t - match.first, token.form), ...(match.person ? own : [])];
    }
  }
  // After the first mention, news names a person by one name alone (ترامب, الأسد): that word reads as the
  // person the text has named in full, before anyone else of that name and before a common word.
  const named = new Set(matches.filter((m) => m.person).map((m) => m.unit.lemma));
  if (named.size > 0) {
    tokens.forEach((token, t) => {
      const k = token.analyses.findIndex((a) => a.pos === 'proper noun' && named.has(a.lemma));
      if (k > 0 && !inUnit.has(t)) token.analyses = [token.analyses[k]!, ...token.analyses.filter((_, i) => i !== k)];
    });
  }
  return { tokens, units: matches.map((m) => m.unit) };
}
