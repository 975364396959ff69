/**
 * The letters of a verb's written stems, and the paradigm cells each serves, computed from the bare
 * letters of its perfect and imperfect only. This is what the index needs at worker start-up, so it must
 * be cheap: the vowels of each stem (verb-stems.ts) are only worked out when a text uses the verb. The
 * two derivations are kept in step by a test that compares them on every class of verb.
 */
import { ROLE } from './inflection.ts';
import { SHADDA, strictKey, trailingMarks } from './orthography.ts';

/** How a verb's root letters behave in writing. */
export type WeakClass = 'sound' | 'hollow' | 'defective' | 'doubled';

/** The fields of a lexicon verb the derivations need. */
export interface VerbSource {
  l: string;
  i?: string;
  r?: string;
  vf?: number;
}

const { P0, PT, PA, PW, PC, I0, IJ, IA, IW, IN, PP, IP } = ROLE;
const WEAK_LETTERS = new Set(['و', 'ي']);
const HAMZA = /[ءأإؤئ]/; // no u flag: BMP letters only, and faster at start-up

/** Classifies a verb by its letters and root: doubled (ردّ), defective (دعا، رمى، بقي), hollow (قال). */
export function weakClass(source: VerbSource, bare = strictKey(source.l)): WeakClass {
  const root = source.r ?? '';
  const last = bare.charAt(bare.length - 1);
  if (trailingMarks(source.l).includes(SHADDA)) return 'doubled';
  if (last === 'ى') return 'defective';
  if ((last === 'ا' || last === 'ي') && WEAK_LETTERS.has(root.charAt(root.length - 1))) return 'defective';
  if (bare.length >= 3 && bare.charAt(bare.length - 2) === 'ا' && root.length === 3 && WEAK_LETTERS.has(root.charAt(1))) {
    return 'hollow';
  }
  return 'sound';
}

/** The bare perfect and imperfect stem (prefix dropped) of a verb. */
export function bareStems(source: VerbSource): { perfect: string; imperfect: string } {
  return { perfect: strictKey(source.l), imperfect: strictKey(source.i ?? `ي${source.l}`).slice(1) };
}

const at = (text: string, index: number, letter: string): string => {
  const i = index < 0 ? text.length + index : index;
  return text.slice(0, i) + letter + text.slice(i + 1);
};
const without = (text: string, index: number): string => at(text, index, '');

function soundKeys(p: string, i: string, vf: number, add: (key: string, roles: number) => void): void {
  add(p, P0 | PT | PA | PW | PC | (vf === 3 || vf === 6 ? 0 : PP));
  add(i, I0 | IJ | IA | IW | IN | (vf === 3 || vf === 6 ? 0 : IP));
}

function hollowKeys(p: string, i: string, add: (key: string, roles: number) => void): void {
  add(p, P0 | PT | PA | PW);
  add(without(p, -2), PC);
  add(i, I0 | IA | IW);
  add(without(i, -2), IJ | IN);
  add(at(p, -2, 'ي'), PP);
  add(at(i, -2, 'ا'), IP);
}

function doubledKeys(p: string, i: string, add: (key: string, roles: number) => void): void {
  add(p, P0 | PT | PA | PW | PP);
  add(p + p.charAt(p.length - 1), PC);
  add(i, I0 | IA | IW | IP);
  add(i + i.charAt(i.length - 1), IJ | IN);
}

function defectiveKeys(p: string, i: string, add: (key: string, roles: number) => void): void {
  const type = p.charAt(p.length - 1);
  add(p, P0);
  const short = p.slice(0, -1);
  const long = type === 'ي' ? p : short + (type === 'ا' ? 'و' : 'ي');
  if (type === 'ي') {
    add(long, PT | PA | PC);
    add(short, PW);
  } else {
    add(short, PT | PW);
    add(long, PA | PC);
  }
  add(`${long.slice(0, -1)}ي`, PP);
  const iType = i.charAt(i.length - 1);
  const iShort = i.slice(0, -1);
  add(i, iType === 'ى' ? I0 : I0 | IN);
  add(iShort, IJ | IW);
  add(iType === 'ى' ? `${iShort}ي` : i, iType === 'ى' ? IA | IN : IA);
  add(`${iShort}ى`, IP);
}

/** The letters of a verb's stems (with their cells) and of its participles. */
export interface VerbLetters {
  stems: Map<string, number>;
  /** [active, passive] (equal for sound verbs of forms II–X). */
  participles: [string, string];
}

/**
 * The written stems of a verb by letters, each with the cells it serves, and its participles; or null
 * for a verb with a hamza after its first letter, whose seat depends on the vowels (those take the full
 * derivation).
 */
export function verbKeys(source: VerbSource): VerbLetters | null {
  const { perfect, imperfect } = bareStems(source);
  if (HAMZA.test(perfect.slice(1)) || HAMZA.test(imperfect)) return null;
  const stems = new Map<string, number>();
  const add = (key: string, roles: number): void => {
    stems.set(key, (stems.get(key) ?? 0) | roles);
  };
  const weak = weakClass(source, perfect);
  if (weak === 'hollow') hollowKeys(perfect, imperfect, add);
  else if (weak === 'doubled') doubledKeys(perfect, imperfect, add);
  else if (weak === 'defective') defectiveKeys(perfect, imperfect, add);
  else soundKeys(perfect, imperfect, source.vf ?? 1, add);
  return { stems, participles: participleKeys(perfect, imperfect, weak, source) };
}

/**
 * The letters of a triliteral form I verb's participles: فاعل and مفعول (كاتب، مكتوب), hollow قائل and
 * مقول/مبيع, defective داعي/رامي and مدعو/مرمي, doubled رادّ and مردود; a first hamza with the alif
 * makes آ (آكل).
 */
function formOneParticipleKeys(perfect: string, weak: WeakClass, root: string): [string, string] {
  const [c1 = '', c2 = '', c3 = ''] = [...perfect];
  const front = c1 === 'أ' ? 'آ' : `${c1}ا`;
  if (weak === 'hollow') return [`${front}ئ${c3}`, `م${c1}${root.charAt(1) === 'ي' ? 'ي' : 'و'}${c3}`];
  if (weak === 'defective') return [`${front}${c2}ي`, `م${c1}${c2}${root.charAt(2) === 'و' ? 'و' : 'ي'}`];
  if (weak === 'doubled') return [`${front}${c2}`, `م${c1}${c2}و${c2}`];
  return [`${front}${c2}${c3}`, `م${c1}${c2}و${c3}`];
}

/** Is this a form I verb of three root letters (whose participles are فاعل and مفعول)? */
export function isTriliteralFormOne(perfect: string, weak: WeakClass, vf: number): boolean {
  return vf === 1 && (weak === 'doubled' ? perfect.length === 2 : perfect.length === 3);
}

function participleKeys(perfect: string, imperfect: string, weak: WeakClass, source: VerbSource): [string, string] {
  const vf = source.vf ?? 1;
  if (isTriliteralFormOne(perfect, weak, vf)) return formOneParticipleKeys(perfect, weak, source.r ?? '');
  if (weak === 'hollow') return [`م${imperfect}`, `م${at(imperfect, -2, 'ا')}`];
  if (weak === 'defective') return [`م${imperfect}`, `م${imperfect.slice(0, -1)}ى`];
  return [`م${imperfect}`, `م${imperfect}`];
}
