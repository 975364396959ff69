/**
 * Turns the readers' drafts into the list a learner sees: assembled, filtered by the marks printed in the
 * word (a shadda in وقّعت rules out وَقَعَتْ), deduplicated, best first, and trimmed to the plausible ones.
 * When nothing is left, a single placeholder marked `known: false` stands in, so every word has an entry
 * and a benchmark can still count the words the lexicon does not explain.
 */
import { assemble, type Draft } from './assemble.ts';
import { procliticSplits, type ProcliticSplit } from './clitics.ts';
import { SCORE } from './lookup.ts';
import { marksAgree, strictKey, type PrintedWord } from './orthography.ts';
import type { WordAnalysis } from './types.ts';

/** The feature read-nouns gives a nisba it derived from a noun ("nisba adjective, … (from سِيَاسَة)"). */
const NISBA_FROM = '(from ';

function identity(a: WordAnalysis): string {
  // A name read through two spellings of its entry (كِيم, and كيم from an unvocalised variant) is one reading.
  const voc = a.pos === 'proper noun' ? strictKey(a.voc) : a.voc;
  return `${a.lemma}|${a.pos}|${voc}|${a.features}|${a.segments.length}`;
}

/** Best first; readings below the window or past the cap are dropped. */
export function rankDrafts(word: PrintedWord, form: string, drafts: readonly Draft[]): WordAnalysis[] {
  const analyses: WordAnalysis[] = [];
  for (const draft of drafts) {
    if (draft.hiddenUnlessMarked && !word.vocalised) continue;
    const analysis = assemble(draft, form);
    if (marksAgree(word, analysis.voc)) analyses.push(analysis);
  }
  // Folding is a fallback: a lemma already read strictly is not offered again through a fold (إلى / إليّ).
  const strictLemmas = new Set(analyses.filter((a) => a.tier === 'strict').map((a) => `${a.lemma}|${a.pos}`));
  const kept = analyses.filter((a) => a.tier === 'strict' || !strictLemmas.has(`${a.lemma}|${a.pos}`));
  kept.sort((a, b) => b.score - a.score);
  // A nisba built by rule (سياسي from سياسة) adds nothing where the lexicon lists that adjective.
  const listedAdjectives = new Set(kept.filter((a) => a.pos === 'adjective').map((a) => a.voc));
  const useful = kept.filter((a) => !(a.features.includes(NISBA_FROM) && listedAdjectives.has(a.voc)));
  const best = useful[0]?.score ?? 0;
  const seen = new Set<string>();
  const out: WordAnalysis[] = [];
  for (const analysis of useful) {
    if (analysis.score < best - SCORE.window || out.length >= SCORE.maxAnalyses) break;
    const id = identity(analysis);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(analysis);
  }
  return out.length > 0 ? out : [unknownAnalysis(word, form)];
}

/** Letters only Persian, Urdu or transliteration use, and a final نغ (بينغ): signs of a foreign word. */
const FOREIGN = /[\u067E\u0686\u0698\u06A4\u06AF\u06A9\u06CC]|نغ$/u;

/** The article (with و/ف and a preposition before it) is safe to show on an unknown word of 3+ letters. */
function articleSplit(bare: string): ProcliticSplit | null {
  let best: ProcliticSplit | null = null;
  for (const split of procliticSplits(bare)) {
    const roles = split.clitics.map((c) => c.role);
    if (!roles.includes('article') || split.rest.length < 3) continue;
    if (roles.some((r) => r === 'interrogative')) continue;
    if (best === null || split.clitics.length > best.clitics.length) best = split;
  }
  return best;
}

/** The placeholder for a word nothing explains: the article split off when there is one, unvocalised. */
export function unknownAnalysis(word: PrintedWord, form: string): WordAnalysis {
  const split = articleSplit(word.bare);
  const stem = split === null ? word.bare : split.rest;
  const foreign = FOREIGN.test(word.bare);
  const draft: Draft = {
    split: split === null ? { clitics: [], rest: word.bare, alifDropped: false, hosts: new Set(), penalty: 0 } : { ...split, clitics: split.clitics.filter((c) => c.role !== 'article') },
    stemArticle: split !== null,
    stem: { form: split === null ? stem : `ال${stem}`, voc: split === null ? stem : `ال${stem}`, gloss: '(not in the lexicon)' },
    enclitic: null,
    lemma: stem,
    root: null,
    origin: foreign ? 'foreign' : 'arabic',
    pos: 'noun',
    features: 'not in the lexicon',
    glosses: ['(not in the lexicon)'],
    score: 0,
    tier: 'folded',
    hiddenUnlessMarked: false,
  };
  const analysis = assemble(draft, form);
  return { ...analysis, voc: word.bare, known: false };
}
