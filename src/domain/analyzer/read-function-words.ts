/**
 * Reads what is left after the proclitics as a function word from the closed list (في، عليه، للذين،
 * بذلك). Function words are found by their whole printed form, pronoun included, so they never depend on
 * the lexicon and never need a stem split.
 */
import type { Draft } from './assemble.ts';
import type { ProcliticSplit } from './clitics.ts';
import { functionWordIndex, type FunctionWordForm } from './function-word-forms.ts';
import { SCORE } from './lookup.ts';
import { foldKey } from './orthography.ts';
import type { Tier } from './types.ts';

/** Nouns among the function words take possessive pronouns (كلهم "all of them"); the rest take objects. */
function pronounGloss(form: FunctionWordForm): string {
  const e = form.enclitic;
  if (e === null) return '';
  return form.word.pos === 'noun' ? e.row.possessive : e.row.object;
}

function draftOf(split: ProcliticSplit, form: FunctionWordForm, tier: Tier): Draft {
  const { word, enclitic } = form;
  return {
    split,
    stemArticle: false,
    stem: { form: form.stem.form, voc: form.stem.voc, gloss: word.gloss },
    enclitic:
      enclitic === null
        ? null
        : { form: enclitic.form, voc: enclitic.voc, gloss: pronounGloss(form), ...(enclitic.surface === undefined ? {} : { surface: enclitic.surface }) },
    lemma: word.voc,
    root: null,
    origin: 'arabic',
    pos: word.pos,
    features: word.features,
    glosses: [word.gloss, ...word.senses],
    score:
      SCORE.base +
      SCORE.functionWord -
      split.penalty -
      (enclitic?.row.penalty ?? 0) -
      (tier === 'folded' ? SCORE.folded : 0) -
      form.order / 1000,
    tier,
    hiddenUnlessMarked: false,
  };
}

/** Adds the function-word readings of a proclitic split. */
export function readFunctionWords(split: ProcliticSplit, out: Draft[]): void {
  const plain = split.hosts.has('function');
  if (!plain && !split.hosts.has('function-prep')) return;
  const index = functionWordIndex();
  const strict = index.strict.get(split.rest);
  const accept = (form: FunctionWordForm, tier: Tier): void => {
    if (!plain && !form.word.preps) return;
    if (split.alifDropped && !form.printed.startsWith('ال')) return;
    out.push(draftOf(split, form, tier));
  };
  for (const form of strict ?? []) accept(form, 'strict');
  for (const form of index.folded.get(foldKey(split.rest)) ?? []) {
    if (strict === undefined || !strict.includes(form)) accept(form, 'folded');
  }
}
