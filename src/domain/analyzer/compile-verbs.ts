/**
 * Puts a lexicon verb into the index: its written stems by letters (verb-keys.ts, cheap) for most verbs,
 * the full vocalised derivation only for verbs whose hamza changes seat (سأل/سُئِل, قرأ/قرؤوا), with
 * the seat variants people actually print. Participles and listed masdars are queued as nominal stems.
 */
import type { LemmaEntry } from '../lexicon/schema.ts';
import { addVerbHit } from './store.ts';
import type { CompiledLexicon, NounClass } from './types.ts';
import { verbKeys } from './verb-keys.ts';
import { verbStems } from './verb-stems.ts';

/** A nominal stem derived from a verb, added once every lemma is in (a listed lemma wins). */
export interface PendingNoun {
  rec: number;
  cls: NounClass;
  /** Letters, or '' to take them from `voc`. */
  key: string;
  /** Vocalised form, or '' when it is worked out on first use (participles of most verbs). */
  voc: string;
  penalty: number;
}

const HAMZA_SEATS = ['أ', 'ؤ', 'ئ', 'ء'];
const ACTIVE_PENALTY = 12;
const PASSIVE_PENALTY = 14;

/** A hamza-verb's stems, each also under its other hamza seats (a seat another stem spells is left out). */
function addHamzaVerb(index: CompiledLexicon, rec: number, entry: LemmaEntry, pending: PendingNoun[]): void {
  const stems = verbStems(entry);
  index.verbStems.set(rec, stems);
  const roles = new Map<string, number>();
  for (const stem of stems.stems) roles.set(stem.printed, (roles.get(stem.printed) ?? 0) | stem.roles);
  for (const [printed, mask] of roles) {
    addVerbHit(index, printed, rec, mask, printed);
    [...printed].forEach((letter, pos) => {
      if (pos === 0 || !HAMZA_SEATS.includes(letter)) return;
      for (const seat of HAMZA_SEATS) {
        const variant = printed.slice(0, pos) + seat + printed.slice(pos + 1);
        if (seat !== letter && !roles.has(variant)) addVerbHit(index, variant, rec, mask, printed, { pos, letter: seat });
      }
    });
  }
  for (const p of stems.participles) {
    const cls: NounClass = p.active ? 'active-participle' : 'passive-participle';
    pending.push({ rec, cls, key: '', voc: p.voc, penalty: p.active ? ACTIVE_PENALTY : PASSIVE_PENALTY });
  }
}

/** Indexes a verb's stems and queues its participles and masdars. */
export function addVerb(index: CompiledLexicon, rec: number, entry: LemmaEntry, pending: PendingNoun[]): void {
  const keys = verbKeys(entry);
  if (keys === null) {
    addHamzaVerb(index, rec, entry, pending);
  } else {
    for (const [printed, roles] of keys.stems) addVerbHit(index, printed, rec, roles, printed);
    const [active, passive] = keys.participles;
    pending.push({ rec, cls: 'active-participle', key: active, voc: '', penalty: ACTIVE_PENALTY });
    pending.push({ rec, cls: 'passive-participle', key: passive, voc: '', penalty: PASSIVE_PENALTY });
  }
  for (const masdar of entry.m ?? []) pending.push({ rec, cls: 'masdar', key: '', voc: masdar, penalty: 2 });
}
