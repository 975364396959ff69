/**
 * Reads the core of a word as a noun, adjective or name: tries every noun ending of `inflection.ts` at
 * the end of the core, rebuilds the lexicon key (حكومات → حكومة), looks it up, and keeps the readings
 * the stem's class allows (a broken plural takes no dual; a name takes no ending at all).
 */
import { features, formName, fromRecord, type Draft } from './assemble.ts';
import { MAX_NOUN_SUFFIX, NOUN_ROWS, type NounRow } from './inflection.ts';
import { recordOf } from './store.ts';
import { baseScore, encliticPart, hasArticle, lookup, nounVoc, SCORE, type Reading } from './lookup.ts';
import { dropFinalLetter, foldKey, HAMZAS, lastLetter, replaceLastLetter, stripFinalVowel } from './orthography.ts';
import type { LexRecord, NounHit, Tier } from './types.ts';

/** May this ending follow this kind of stem? Returns the extra ranking cost, or null when it may not. */
function classCost(row: NounRow, hit: NounHit, rec: LexRecord): number | null {
  switch (hit.cls) {
    case 'name':
    case 'indefinite':
      return row.printed === '' ? 0 : null;
    case 'plural':
      return !row.nisba && (row.kind === 'base' || row.kind === 'tanween') ? 0 : null;
    case 'feminine':
      return row.kind === 'base' && row.restore === '' ? 0 : row.restore === 'ى' ? 2 : null;
    case 'masdar':
      return row.adjectival ? null : 0;
    case 'nationality':
    case 'place-nisba':
    case 'active-participle':
    case 'passive-participle':
      return row.nisba ? null : 0;
    case 'singular':
      if (rec.pos === 'adverb') return row.kind === 'base' || row.kind === 'tanween' ? 0 : null;
      if (row.nisba) return rec.pos === 'noun' ? 0 : null;
      return row.adjectival && rec.pos !== 'adjective' ? SCORE.nounDerivation : 0;
  }
}

/** Spelling checks between the lexicon key and the ending. */
function keyFits(row: NounRow, key: string, reading: Reading): boolean {
  const last = key.charAt(key.length - 1);
  if (row.kind === 'tanween' && !row.nisba) return !'اىةآ'.includes(last) && !key.endsWith('اء');
  // A final ة or ى is written ت or ا before a pronoun, so the plain ending cannot carry one.
  if (row.printed === '' && reading.enclitic !== null && (last === 'ة' || last === 'ى')) return false;
  return true;
}

const CLASS_FEATURE: Partial<Record<NounHit['cls'], (rec: LexRecord) => string>> = {
  plural: (rec) => `broken plural of ${rec.lemma}`,
  feminine: (rec) => `feminine of ${rec.lemma}`,
  masdar: (rec) => `verbal noun of ${formName(rec.vf)}`,
  'active-participle': (rec) => `active participle of ${formName(rec.vf)}`,
  'passive-participle': (rec) => `passive participle of ${formName(rec.vf)}`,
  'place-nisba': () => 'nisba adjective',
  nationality: () => 'nisba adjective',
};

const NAME_FEATURE: Record<string, string> = {
  country: 'name of a country',
  capital: 'name of a capital city',
  city: 'name of a city',
  region: 'name of a region',
  person: 'personal name',
  organisation: 'name of an organisation',
  nationality: 'nisba adjective',
  other: 'proper name',
};

function numberFeature(row: NounRow, hit: NounHit, rec: LexRecord, hitVoc: string): string {
  if (row.features !== '') return row.features;
  if (hit.cls === 'indefinite') return 'singular, indefinite';
  if (row.kind !== 'base' || hit.cls !== 'singular') return '';
  const feminine = lastLetter(hitVoc) === 'ة';
  if (rec.pos === 'adjective') return feminine ? 'feminine singular' : 'masculine singular';
  if (rec.pos === 'noun') return feminine ? 'feminine singular' : 'singular';
  return '';
}

/** The stem vocalised as printed, and as the dictionary spells it (ت → ة, ا → ى before a pronoun). */
function stemVoc(row: NounRow, hitVoc: string, seat: string): { voc: string; form: string } {
  let base = hitVoc;
  if (seat !== '') base = replaceLastLetter(base, seat);
  if (row.printed === '' && row.restore === '') return { voc: base, form: base };
  const stem = row.restore === '' ? stripFinalVowel(base) : stripFinalVowel(dropFinalLetter(base));
  const voc = stem + row.voc;
  let form = voc;
  if (row.enclitic === 'required' && voc.endsWith('ت')) form = `${voc.slice(0, -1)}ة`;
  if (row.restore === 'ى' && row.printed === 'ا') form = `${voc.slice(0, -1)}ى`;
  return { voc, form };
}

function nounDraft(reading: Reading, row: NounRow, hit: NounHit, tier: Tier, seat: string): void {
  const rec = recordOf(reading.index, hit.rec);
  if (rec === undefined) return;
  const cost = classCost(row, hit, rec);
  if (cost === null) return;
  const article = hasArticle(reading);
  const stemArticle = (hit.cls === 'name' || hit.cls === 'nationality') && hit.voc.startsWith('ال');
  if (stemArticle && article) return;
  if ((hit.cls === 'name' || hit.cls === 'indefinite') && reading.enclitic !== null) return;
  // A name carries the article only as the lexicon prints it (الصين, not السورية for سورية).
  if ((hit.cls === 'name' || hit.cls === 'indefinite') && article) return;
  // After ل a restored alif is only right for a word that starts with the article.
  if (reading.split.alifDropped && !article && !stemArticle) return;
  const hitVoc = nounVoc(reading.index, hit);
  if (hitVoc === '') return;
  const { voc, form } = stemVoc(row, hitVoc, seat);
  const derived = hit.cls === 'masdar' || hit.cls.endsWith('participle');
  const base = fromRecord(rec);
  // A form derived from a verb borrows the verb's glosses, marked so the learner knows.
  const glosses = derived ? rec.glosses.map((g) => `${g} (${hit.cls === 'masdar' ? 'verbal noun' : 'participle'})`) : rec.glosses;
  const draft: Draft = {
    split: reading.split,
    stemArticle,
    stem: { form, voc, gloss: glosses[0] ?? rec.lemma },
    enclitic: encliticPart(reading, voc, false),
    ...base,
    lemma: derived ? hitVoc : base.lemma,
    glosses,
    pos: derived ? (hit.cls === 'masdar' ? 'noun' : 'adjective') : base.pos,
    features: features(
      hit.cls === 'name' ? NAME_FEATURE[rec.nameKind ?? 'other'] : CLASS_FEATURE[hit.cls]?.(rec),
      row.nisba && hit.cls === 'singular' ? `${row.features} (from ${rec.lemma})` : numberFeature(row, hit, rec, hitVoc),
      (article || stemArticle) && 'definite',
    ),
    score: baseScore(reading, tier) - row.penalty - hit.penalty - cost - (seat === '' ? 0 : 2),
    tier,
    hiddenUnlessMarked: false,
  };
  reading.out.push(draft);
}

/** Adds every noun/adjective/name reading of the reading's core. */
export function readNouns(reading: Reading): void {
  if (reading.enclitic !== null && reading.enclitic.hosts === 'verb') return;
  const { core, fcore } = reading;
  const article = hasArticle(reading);
  const maxSuffix = Math.min(MAX_NOUN_SUFFIX, core.length - 2);
  for (let n = 0; n <= maxSuffix; n++) {
    const rows = NOUN_ROWS.get(core.slice(core.length - n));
    if (rows === undefined) continue;
    const rem = core.slice(0, core.length - n);
    const frem = fcore.slice(0, fcore.length - n);
    for (const row of rows) {
      if (row.enclitic === 'none' && reading.enclitic !== null) continue;
      if (row.enclitic === 'required' && reading.enclitic === null) continue;
      if (article && !row.article) continue;
      const key = rem + row.restore;
      if (!keyFits(row, key, reading)) continue;
      lookup(reading.index, key, frem + foldKey(row.restore), (hit, tier) => {
        if (hit.type === 'noun') nounDraft(reading, row, hit, tier, '');
      });
      // A final hamza changes seat before an ending or pronoun: رؤساؤه، أبنائه، شيئًا (lexicon: ء).
      const seat = rem.charAt(rem.length - 1);
      if (row.restore === '' && (n > 0 || reading.enclitic !== null) && HAMZAS.has(seat) && seat !== 'ء') {
        // Strict only: the folded key already merges the seats.
        lookup(reading.index, `${rem.slice(0, -1)}ء`, '', (hit, tier) => {
          if (hit.type === 'noun') nounDraft(reading, row, hit, tier, seat);
        });
      }
    }
  }
}
