/**
 * Reads the core of a word as a verb: perfect (stem + suffix), imperfect (prefix أ ت ي ن + stem +
 * suffix) and imperative (hamzat wasl + stem + suffix). The stem must be in the index under the paradigm
 * cell the affixes need (قلت needs the short perfect stem قل, يقول the long imperfect stem).
 */
import { features, formName, fromRecord, type Draft } from './assemble.ts';
import {
  IMPERATIVE_BY_SUFFIX,
  IMPERFECT_BY_SUFFIX,
  IMPERFECT_PREFIXES,
  PERFECT_BY_SUFFIX,
  PERSON_PENALTY,
  PERSONS,
  ROLE,
  type Person,
  type VerbRow,
} from './inflection.ts';
import { recordOf } from './store.ts';
import { baseScore, encliticPart, lookup, SCORE, stemsOf, type Reading } from './lookup.ts';
import {
  DAMMA,
  FATHA,
  KASRA,
  SUKUN,
  marksPerLetter,
  regularHamzaSeats,
  replaceLetterAt,
  setFinalVowel,
  strictKey,
  trailingMarks,
} from './orthography.ts';
import type { Tier, VerbHit } from './types.ts';
import type { RoleStem } from './verb-stems.ts';

const MAX_VERB_SUFFIX = 3;
const PASSIVE = ROLE.PP | ROLE.IP;

/** The stem plus suffix, vocalised: the row's mark on the stem's last letter unless the stem fixes it. */
function stemAndSuffix(stem: ResolvedStem, row: VerbRow): string {
  const body = stem.fixed ? stem.voc : setFinalVowel(stem.voc, row.mark);
  let suffix = row.voc;
  const first = suffix.charAt(0);
  // After a fatha, و and ي of the suffix are diphthongs: دَعَوْا، يَلْقَوْنَ، تَلْقَيْنَ.
  if (stem.fixed && trailingMarks(body).endsWith(FATHA) && (first === 'و' || first === 'ي')) {
    suffix = first + SUKUN + suffix.slice(1);
  }
  return body + suffix;
}

const HAMZA = /[ءأإؤئ]/; // no u flag: BMP letters only, and faster on a hot path

/**
 * Hamza seats: a word spelled by the rules costs nothing, even through a re-seated stem (قرؤوا); a
 * common variant spelling (قرأوا) costs a little, and a re-seated stem the rules do not support more.
 */
function spellingPenalty(voc: string, stemPenalty: number): number {
  if (!HAMZA.test(voc)) return stemPenalty;
  if (strictKey(regularHamzaSeats(voc)) === strictKey(voc)) return 0;
  return stemPenalty > 0 ? 10 : 3;
}

/** A stem of the verb's derivation as this hit prints it (its hamza re-seated when the hit says so). */
interface ResolvedStem extends RoleStem {
  prefixVowel: string;
  vf: number | undefined;
}

interface Affixes {
  /** The prefix vocalised ('' for the perfect). */
  prefixVoc: string;
  /** Key into the row's persons: the imperfect prefix letter, or ''. */
  personKey: string;
  extraPenalty: number;
  tier: Tier;
}

function verbDrafts(reading: Reading, row: VerbRow, hit: VerbHit, stem: ResolvedStem, affixes: Affixes): void {
  const rec = recordOf(reading.index, hit.rec);
  if (rec === undefined) return;
  const persons: readonly Person[] = row.persons[affixes.personKey] ?? [];
  const voc = affixes.prefixVoc + stemAndSuffix(stem, row);
  const passive = (row.role & PASSIVE) !== 0;
  const enclitic = encliticPart(reading, voc, true);
  const spelling = spellingPenalty(voc + (enclitic?.voc ?? ''), hit.penalty);
  for (const person of persons) {
    const draft: Draft = {
      split: reading.split,
      stemArticle: false,
      stem: { form: voc, voc, gloss: rec.glosses[0] ?? rec.lemma },
      enclitic,
      ...fromRecord(rec),
      features: features(formName(rec.vf), row.tense, PERSONS[person]),
      score:
        baseScore(reading, affixes.tier) -
        row.penalty -
        PERSON_PENALTY[person] -
        spelling -
        affixes.extraPenalty -
        (passive ? SCORE.passive : 0),
      tier: affixes.tier,
      hiddenUnlessMarked: passive && stem.sameAsActive,
    };
    reading.out.push(draft);
  }
}

/** The stems of the hit's verb that serve the row's cell. */
function stemsFor(reading: Reading, row: VerbRow, hit: VerbHit): ResolvedStem[] {
  if ((hit.roles & row.role) === 0) return [];
  if (row.unlessRole !== undefined && (hit.roles & row.unlessRole) !== 0) return [];
  const verb = stemsOf(reading.index, hit.rec);
  const vf = recordOf(reading.index, hit.rec)?.vf;
  const out: ResolvedStem[] = [];
  for (const stem of verb.stems) {
    if (stem.printed !== hit.printed || (stem.roles & row.role) === 0) continue;
    const voc = hit.seat === undefined ? stem.voc : replaceLetterAt(stem.voc, hit.seat.pos, hit.seat.letter);
    out.push({ ...stem, voc, prefixVowel: stem.prefixVowel ?? verb.prefixVowel, vf });
  }
  return out;
}

/** Tries every suffix row at the end of the core (after `start` prefix letters) and looks the stem up. */
function withSuffixes(
  reading: Reading,
  table: ReadonlyMap<string, readonly VerbRow[]>,
  start: number,
  minStem: number,
  each: (row: VerbRow, hit: VerbHit, stem: ResolvedStem, tier: Tier) => void,
): void {
  const { core, fcore } = reading;
  for (let n = 0; n <= MAX_VERB_SUFFIX && core.length - start - n >= minStem; n++) {
    const rows = table.get(core.slice(core.length - n));
    if (rows === undefined) continue;
    const key = core.slice(start, core.length - n);
    const fkey = fcore.slice(start, fcore.length - n);
    for (const row of rows) {
      if (row.enclitic === 'none' && reading.enclitic !== null) continue;
      if (row.enclitic === 'required' && reading.enclitic === null) continue;
      lookup(reading.index, key, fkey, (hit, tier) => {
        if (hit.type !== 'verb') return;
        for (const stem of stemsFor(reading, row, hit)) each(row, hit, stem, tier);
      });
    }
  }
}

function readPerfect(reading: Reading): void {
  withSuffixes(reading, PERFECT_BY_SUFFIX, 0, 2, (row, hit, stem, tier) =>
    verbDrafts(reading, row, hit, stem, { prefixVoc: '', personKey: '', extraPenalty: 0, tier }),
  );
}

function readImperfect(reading: Reading): void {
  const prefix = reading.core.charAt(0);
  if (!IMPERFECT_PREFIXES.includes(prefix)) return;
  withSuffixes(reading, IMPERFECT_BY_SUFFIX, 1, 1, (row, hit, stem, tier) =>
    verbDrafts(reading, row, hit, stem, { prefixVoc: prefix + stem.prefixVowel, personKey: prefix, extraPenalty: 0, tier }),
  );
}

/** The hamzat wasl an imperative needs, or '' when its stem starts with a vowelled letter (قُلْ، عَلِّمْ). */
function waslFor(stem: ResolvedStem): string {
  const marks = marksPerLetter(stem.voc);
  if (!(marks[0] ?? '').includes(SUKUN)) return '';
  if (stem.vf === 4) return `أ${FATHA}`;
  return (marks[1] ?? '').includes(DAMMA) ? `ا${DAMMA}` : `ا${KASRA}`;
}

function readImperative(reading: Reading): void {
  const first = reading.core.charAt(0);
  const prefixed = first === 'ا' || first === 'أ';
  withSuffixes(reading, IMPERATIVE_BY_SUFFIX, prefixed ? 1 : 0, 2, (row, hit, stem, tier) => {
    const wasl = waslFor(stem);
    if (prefixed !== (wasl !== '')) return;
    const printedTier: Tier = prefixed && wasl.charAt(0) !== first ? 'folded' : tier;
    verbDrafts(reading, row, hit, stem, { prefixVoc: wasl, personKey: '', extraPenalty: SCORE.imperative, tier: printedTier });
  });
}

/** Adds every verb reading of the reading's core that its proclitics allow. */
export function readVerbs(reading: Reading): void {
  if (reading.enclitic !== null && reading.enclitic.hosts === 'noun') return;
  const hosts = reading.split.hosts;
  if (hosts.has('perfect')) readPerfect(reading);
  if (hosts.has('imperfect')) readImperfect(reading);
  if (hosts.has('imperative') && reading.split.clitics.every((c) => c.role === 'conjunction')) readImperative(reading);
}
