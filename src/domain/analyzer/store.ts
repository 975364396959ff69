/**
 * How the compiled index is stored, and the only module that reads or writes that storage. Start-up time
 * is dominated by allocation (every object built at start-up survives and is copied by the garbage
 * collector), so a stem is a slot in parallel arrays and a map value is a slot number or a list of them;
 * the `StemHit` and `LexRecord` objects the readers use are built on first use and kept.
 */
import type { LemmaEntry, NameEntry } from '../lexicon/schema.ts';
import { placeNisba } from './place-nisba.ts';
import { foldKey, isFoldable } from './orthography.ts';
import type { CompiledLexicon, LexRecord, NounClass, StemHit } from './types.ts';

/** What a record was made from: a lemma, a single-word name, or a place name's derived nisba. */
export const RECORD_KIND = { lemma: 0, name: 1, placeNisba: 2 } as const;

const NOUN_CLASSES: readonly NounClass[] = [
  'singular',
  'indefinite',
  'plural',
  'feminine',
  'name',
  'nationality',
  'place-nisba',
  'active-participle',
  'passive-participle',
  'masdar',
];
const VERB = -1;
const NO_SEAT = -1;
const SEATS = ['أ', 'ؤ', 'ئ', 'ء'];

/** An empty index. */
export function emptyIndex(): CompiledLexicon {
  return {
    records: { source: [], kind: [], built: [] },
    hits: { rec: [], cls: [], roles: [], text: [], penalty: [], seat: [], built: [] },
    strict: new Map(),
    folded: new Map(),
    phrases: new Map(),
    foldedPhrases: new Map(),
    verbStems: new Map(),
  };
}

/** Appends to the list under `key`. */
export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function pushId(map: Map<string, number | number[]>, key: string, id: number): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, id);
  else if (typeof slot === 'number') map.set(key, [slot, id]);
  else slot.push(id);
}

/** Adds a record and returns its number. */
export function addRecord(index: CompiledLexicon, source: LemmaEntry | NameEntry, kind: number): number {
  index.records.source.push(source);
  return index.records.kind.push(kind) - 1;
}

function buildRecord(source: LemmaEntry | NameEntry, kind: number): LexRecord {
  if ('p' in source) {
    return {
      lemma: source.l,
      root: source.r ?? null,
      origin: source.o === 'foreign' ? 'foreign' : 'arabic',
      pos: source.p,
      glosses: source.g,
      vf: source.vf,
      ...(source.p === 'verb' ? { verb: { l: source.l, i: source.i, r: source.r, vf: source.vf } } : {}),
    };
  }
  if (kind === RECORD_KIND.placeNisba) {
    const glosses = [`of ${source.g[0] ?? source.l}`];
    return { lemma: placeNisba(source.l), root: null, origin: 'arabic', pos: 'adjective', glosses, nameKind: source.k };
  }
  const nationality = source.k === 'nationality';
  return {
    lemma: source.l,
    root: null,
    origin: nationality ? 'arabic' : 'proper',
    pos: nationality ? 'adjective' : 'proper noun',
    glosses: source.g,
    nameKind: source.k,
  };
}

/** The record `rec` as the readers use it. */
export function recordOf(index: CompiledLexicon, rec: number): LexRecord | undefined {
  const { records } = index;
  let record = records.built[rec];
  if (record === undefined) {
    const source = records.source[rec];
    if (source === undefined) return undefined;
    record = buildRecord(source, records.kind[rec] ?? RECORD_KIND.lemma);
    records.built[rec] = record;
  }
  return record;
}

/** The root of a record, read without building it (compile-time checks). */
export function rootOf(index: CompiledLexicon, rec: number): string | null {
  const source = index.records.source[rec];
  return source !== undefined && 'p' in source ? (source.r ?? null) : null;
}

function addHit(index: CompiledLexicon, key: string, rec: number, cls: number, roles: number, text: string, penalty: number, seat: number): void {
  const { hits } = index;
  hits.rec.push(rec);
  hits.cls.push(cls);
  hits.roles.push(roles);
  hits.text.push(text);
  hits.penalty.push(penalty);
  const id = hits.seat.push(seat) - 1;
  pushId(index.strict, key, id);
  // A key folding leaves alone is found under the strict key (see lookup).
  if (isFoldable(key)) pushId(index.folded, foldKey(key), id);
}

/** Stores a nominal stem; `voc` may be '' for a participle whose vowels come from its verb on first use. */
export function addNounHit(index: CompiledLexicon, key: string, rec: number, cls: NounClass, voc: string, penalty: number): void {
  addHit(index, key, rec, NOUN_CLASSES.indexOf(cls), 0, voc, penalty, NO_SEAT);
}

/** Stores a verbal stem listed under `printed` in the verb's derivation, maybe with its hamza re-seated. */
export function addVerbHit(
  index: CompiledLexicon,
  key: string,
  rec: number,
  roles: number,
  printed: string,
  seat?: { pos: number; letter: string },
): void {
  const code = seat === undefined ? NO_SEAT : seat.pos * SEATS.length + SEATS.indexOf(seat.letter);
  addHit(index, key, rec, VERB, roles, printed, seat === undefined ? 0 : 3, code);
}

/** The stem in slot `id`. */
export function hitAt(index: CompiledLexicon, id: number): StemHit {
  const { hits } = index;
  const built = hits.built[id];
  if (built !== undefined) return built;
  const rec = hits.rec[id] ?? 0;
  const cls = hits.cls[id] ?? VERB;
  const text = hits.text[id] ?? '';
  const penalty = hits.penalty[id] ?? 0;
  const code = hits.seat[id] ?? NO_SEAT;
  const hit: StemHit =
    cls === VERB
      ? {
          type: 'verb',
          rec,
          roles: hits.roles[id] ?? 0,
          printed: text,
          penalty,
          ...(code === NO_SEAT ? {} : { seat: { pos: Math.floor(code / SEATS.length), letter: SEATS[code % SEATS.length] ?? 'ء' } }),
        }
      : { type: 'noun', rec, cls: NOUN_CLASSES[cls] ?? 'singular', voc: text, penalty };
  hits.built[id] = hit;
  return hit;
}

/** The slot numbers stored under a key. */
export function idsAt(map: ReadonlyMap<string, number | number[]>, key: string): readonly number[] {
  const slot = map.get(key);
  return slot === undefined ? [] : typeof slot === 'number' ? [slot] : slot;
}

/** The stems stored under a strict key. */
export function hitsAt(index: CompiledLexicon, key: string): StemHit[] {
  return idsAt(index.strict, key).map((id) => hitAt(index, id));
}

/** The noun class of slot `id`, read without building the hit (compile-time checks). */
export function nounClassAt(index: CompiledLexicon, id: number): NounClass | null {
  const cls = index.hits.cls[id] ?? VERB;
  return cls === VERB ? null : (NOUN_CLASSES[cls] ?? null);
}
