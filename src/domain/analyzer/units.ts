/**
 * Finds multi-word names and terms in a tokenised text, longest phrase first (مجلس الأمن الدولي before
 * مجلس الأمن; شي جين بينغ as one name, not "thing + gene"). The first word may carry a proclitic (و ف ب
 * ك ل, with ل + ال printed لل); the article must be printed as the entry has it. Words must follow each
 * other with only white space between them.
 */
import type { Token } from '../arabic/tokenize.ts';
import { procliticSplits, type Proclitic } from './clitics.ts';
import { foldKey, strictKey } from './orthography.ts';
import type { CompiledLexicon, Phrase, TextUnit, Tier } from './types.ts';

/** The first word of a phrase as it may start a token: whole, or after و/ف and a preposition. */
interface Head {
  key: string;
  /** The proclitics in front (و, ف and a preposition), outermost first. */
  clitics: readonly Proclitic[];
}

function headsOf(bare: string): Head[] {
  const heads: Head[] = [];
  for (const split of procliticSplits(bare)) {
    if (!split.clitics.every((c) => c.role === 'conjunction' || c.role === 'preposition')) continue;
    heads.push({ key: split.rest, clitics: split.clitics });
  }
  return heads;
}

const SPACE_ONLY = /^\s+$/u;

interface Match {
  phrase: Phrase;
  head: Head;
  last: number;
  tier: Tier;
}

/** The strict and folded keys of a phrase's words, worked out on first use and kept. */
function keysOf(phrase: Phrase): NonNullable<Phrase['keys']> {
  if (phrase.keys === undefined) {
    const strict = phrase.text.split(' ').map(strictKey);
    phrase.keys = { strict, folded: strict.map(foldKey) };
  }
  return phrase.keys;
}

/** Does `phrase` continue from token `i` (whose first word already matched)? Returns the tier or null. */
function continues(text: string, tokens: readonly Token[], keys: readonly string[], phrase: Phrase, i: number, tier: Tier): Tier | null {
  let result = tier;
  const words = keysOf(phrase);
  for (let k = 1; k < phrase.length; k++) {
    const token = tokens[i + k];
    const previous = tokens[i + k - 1];
    if (token === undefined || previous === undefined) return null;
    if (!SPACE_ONLY.test(text.slice(previous.end, token.start))) return null;
    const key = keys[i + k] ?? '';
    if (key === words.strict[k]) continue;
    if (foldKey(key) !== words.folded[k]) return null;
    result = 'folded';
  }
  return result;
}

function longestAt(index: CompiledLexicon, text: string, tokens: readonly Token[], keys: readonly string[], i: number): Match | null {
  let best: Match | null = null;
  for (const head of headsOf(keys[i] ?? '')) {
    // Folded: phrases whose first word folds to the same key, stored under the folded key when folding
    // changes it, else under their strict key (see compile.ts).
    const folded = foldKey(head.key);
    const candidates: Array<[Phrase[] | undefined, Tier]> = [
      [index.phrases.get(head.key), 'strict'],
      [index.foldedPhrases.get(folded), 'folded'],
      [folded === head.key ? undefined : index.phrases.get(folded), 'folded'],
    ];
    for (const [phrases, tier] of candidates) {
      for (const phrase of phrases ?? []) {
        if (best !== null && phrase.length <= best.phrase.length) break;
        const matched = continues(text, tokens, keys, phrase, i, tier);
        if (matched !== null) best = { phrase, head, last: i + phrase.length - 1, tier: matched };
      }
    }
  }
  return best;
}

function unitOf(text: string, tokens: readonly Token[], i: number, match: Match): TextUnit {
  const start = tokens[i]?.start ?? 0;
  const end = tokens[match.last]?.end ?? start;
  const [gloss = match.phrase.lemma, ...senses] = match.phrase.glosses;
  const glosses = match.head.clitics.map((c) => c.gloss.split(',')[0] ?? c.gloss);
  const before = glosses.length > 0 ? `(${glosses.join(' ')}) ` : '';
  return {
    start,
    end,
    text: text.slice(start, end),
    kind: match.phrase.kind,
    gloss: before + gloss,
    lemma: match.phrase.lemma,
    senses,
    tier: match.tier,
  };
}

/** A unit found in a text, with the tokens it covers. */
export interface UnitMatch {
  unit: TextUnit;
  first: number;
  last: number;
  /** The phrase's words, vocalised as the entry spells them. */
  words: readonly string[];
  /** The proclitics the first token carries in front of the phrase's first word (وترامب), outermost first. */
  clitics: readonly Proclitic[];
  /** The unit is a person's name. */
  person: boolean;
}

/** The names and terms of a text, left to right, each the longest phrase starting at its first word. */
export function findUnits(index: CompiledLexicon, text: string, tokens: readonly Token[]): UnitMatch[] {
  if (index.phrases.size === 0) return [];
  const keys = tokens.map((t) => strictKey(t.form));
  const units: UnitMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = longestAt(index, text, tokens, keys, i);
    if (match === null) continue;
    units.push({
      unit: unitOf(text, tokens, i, match),
      first: i,
      last: match.last,
      words: match.phrase.lemma.split(' '),
      clitics: match.head.clitics,
      person: match.phrase.person,
    });
    i = match.last;
  }
  return units;
}
