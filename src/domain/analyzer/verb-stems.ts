/**
 * Derives the vocalised stems of a verb from its lexicon entry (the perfect `l` and the imperfect `i`),
 * one stem per paradigm cell that spells it differently: قال/قلت/يقول/يقل, دعا/دعت/دعوت/يدعو/يدع,
 * ردّ/رددت/يردّ/يردد, with its passive and participles. Weak verbs are recognised from their letters and
 * root (verb-keys.ts), never from a list. This is the slow, complete derivation: the index only needs
 * the letters (verb-keys.ts) and calls this when a verb is actually met in a text.
 */
import { ROLE } from './inflection.ts';
import { isTriliteralFormOne, weakClass, type VerbSource, type WeakClass } from './verb-keys.ts';
import {
  DAMMA,
  FATHA,
  KASRA,
  SHADDA,
  SUKUN,
  dropFinalLetter,
  isMark,
  regularHamzaSeats,
  setFinalVowel,
  strictKey,
  stripFinalVowel,
} from './orthography.ts';

/** A written stem and the paradigm cells (ROLE bit flags) it serves. */
export interface RoleStem {
  printed: string;
  voc: string;
  roles: number;
  /** The stem carries its own final vowel (دَعَ in دَعَتْ) that suffix rows must keep. */
  fixed: boolean;
  /** Vowel of the imperfect prefix when it differs from the verb's (passive يُقال). */
  prefixVowel?: string;
  /** Same letters as an active stem: the passive reading is only offered when marks ask for it. */
  sameAsActive: boolean;
}

/** The stems of one verb. */
export interface VerbStems {
  weak: WeakClass;
  /** Vowel of the imperfect prefix (fatha in يَكْتُبُ, damma in يُعْلِنُ). */
  prefixVowel: string;
  stems: RoleStem[];
  /** Active and passive participles: [vocalised, active?]. */
  participles: Array<{ voc: string; active: boolean }>;
}

const { P0, PT, PA, PW, PC, I0, IJ, IA, IW, IN, PP, IP } = ROLE;
const SHORT_VOWELS = new Set([FATHA, DAMMA, KASRA]);

interface Letter {
  ch: string;
  marks: string;
}

function lettersOf(voc: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of voc) {
    const last = out[out.length - 1];
    if (isMark(ch) && last !== undefined) last.marks += ch;
    else out.push({ ch, marks: '' });
  }
  return out;
}

const join = (letters: readonly Letter[]): string => letters.map((l) => l.ch + l.marks).join('');

/** Replaces a letter's vowel, keeping its shadda. */
function withVowel(letter: Letter, vowel: string): Letter {
  const shadda = letter.marks.includes(SHADDA) ? SHADDA : '';
  return { ch: letter.ch, marks: shadda + vowel };
}

function vowelOf(letter: Letter | undefined): string {
  for (const ch of letter?.marks ?? '') if (SHORT_VOWELS.has(ch) || ch === SUKUN) return ch;
  return '';
}

/** Removes the letter at `index` (counted from the end when negative) with its marks. */
function removeLetter(voc: string, index: number): string {
  const letters = lettersOf(voc);
  letters.splice(index < 0 ? letters.length + index : index, 1);
  return join(letters);
}

/** Passive perfect of a defective stem without its last radical: u on every vowel, i on the last (دَعَ → دُعِ). */
function passiveBeforeYa(voc: string): string {
  const letters = lettersOf(voc);
  return join(
    letters.map((letter, i) => {
      if (!SHORT_VOWELS.has(vowelOf(letter))) return letter;
      return withVowel(letter, i === letters.length - 1 ? KASRA : DAMMA);
    }),
  );
}

/** Passive imperfect stem: the vowel before the last radical becomes a (كْتُب → كْتَب). */
function passiveImperfect(iStem: string): string {
  const letters = lettersOf(iStem);
  const target = letters[letters.length - 2];
  if (target !== undefined && SHORT_VOWELS.has(vowelOf(target))) letters[letters.length - 2] = withVowel(target, FATHA);
  return join(letters);
}

function stem(printed: string, voc: string, roles: number, extra: Partial<RoleStem> = {}): RoleStem {
  return { printed, voc, roles, fixed: false, sameAsActive: false, ...extra };
}

function soundStems(pBase: string, iStem: string, vf: number): RoleStem[] {
  const out = [stem(strictKey(pBase), pBase, P0 | PT | PA | PW | PC), stem(strictKey(iStem), iStem, I0 | IJ | IA | IW | IN)];
  if (vf !== 3 && vf !== 6) {
    out.push(stem(strictKey(pBase), passivePerfectOf(pBase, vf), PP, { sameAsActive: true }));
    out.push(stem(strictKey(iStem), passiveImperfect(iStem), IP, { sameAsActive: true, prefixVowel: DAMMA }));
  }
  return out;
}

/** Passive perfect of a sound or doubled stem (form I doubled: رَدّ → رُدّ). */
function passivePerfectOf(pBase: string, vf: number): string {
  const letters = lettersOf(pBase);
  const doubled = letters[letters.length - 1]?.marks.includes(SHADDA) === true;
  if (doubled && vf === 1) return join(letters.map((l) => (SHORT_VOWELS.has(vowelOf(l)) ? withVowel(l, DAMMA) : l)));
  return join(
    letters.map((letter, i) => {
      if (i >= letters.length - 1 || !SHORT_VOWELS.has(vowelOf(letter))) return letter;
      return withVowel(letter, i === letters.length - 2 ? KASRA : DAMMA);
    }),
  );
}

function hollowStems(pBase: string, iStem: string, vf: number): RoleStem[] {
  const pBare = strictKey(pBase);
  const iBare = strictKey(iStem);
  const longVowel = iBare.charAt(iBare.length - 2);
  let short = removeLetter(pBase, -2);
  if (vf === 1) {
    const letters = lettersOf(short);
    const first = letters[0];
    if (first !== undefined) letters[0] = withVowel(first, longVowel === 'و' ? DAMMA : KASRA);
    short = join(letters);
  }
  const iShort = removeLetter(iStem, -2);
  // Passive: قَال → قِيل (the vowels before turn to u), يَقُول → يُقَال.
  const pLetters = lettersOf(pBase);
  const alif = pLetters.length - 2;
  const passive = join(
    pLetters.map((l, i) => {
      if (i === alif) return { ch: 'ي', marks: '' };
      if (i === alif - 1) return withVowel(l, KASRA);
      return i < alif && SHORT_VOWELS.has(vowelOf(l)) ? withVowel(l, DAMMA) : l;
    }),
  );
  const iLetters = lettersOf(iStem);
  const iPassive = join(
    iLetters.map((l, i) => {
      if (i === iLetters.length - 2) return { ch: 'ا', marks: '' };
      return i === iLetters.length - 3 ? withVowel(l, FATHA) : l;
    }),
  );
  return [
    stem(pBare, pBase, P0 | PT | PA | PW),
    stem(strictKey(short), short, PC),
    stem(iBare, iStem, I0 | IA | IW),
    stem(strictKey(iShort), iShort, IJ | IN),
    stem(strictKey(passive), passive, PP),
    stem(strictKey(iPassive), iPassive, IP, { prefixVowel: DAMMA }),
  ];
}

function doubledStems(pBase: string, iStem: string, vf: number): RoleStem[] {
  const p = lettersOf(pBase);
  const x = p[p.length - 1]?.ch ?? '';
  let head = p.slice(0, -1);
  let middle = FATHA;
  if (vf === 4 || vf === 10) {
    head = [...head.slice(0, -1), withVowel(head[head.length - 1] ?? { ch: '', marks: '' }, SUKUN)];
  } else if (vf === 1) {
    middle = vowelOf(lettersOf(iStem)[0]) === FATHA ? KASRA : FATHA;
  }
  const split = `${join(head)}${x}${middle}${x}`;
  const i = lettersOf(iStem);
  const iHead = i.slice(0, -1);
  const moved = vowelOf(iHead[iHead.length - 1]);
  const iSplit = `${join([...iHead.slice(0, -1), withVowel(iHead[iHead.length - 1] ?? { ch: '', marks: '' }, SUKUN)])}${x}${moved}${x}`;
  return [
    stem(strictKey(pBase), pBase, P0 | PT | PA | PW),
    stem(strictKey(split), split, PC),
    stem(strictKey(iStem), iStem, I0 | IA | IW),
    stem(strictKey(iSplit), iSplit, IJ | IN),
    stem(strictKey(pBase), passivePerfectOf(pBase, vf), PP, { sameAsActive: true }),
    stem(strictKey(iStem), passiveImperfect(iStem), IP, { sameAsActive: true, prefixVowel: DAMMA }),
  ];
}

function defectiveStems(perfect: string, pBase: string, iStem: string): RoleStem[] {
  const pBare = strictKey(perfect);
  const type = pBare.charAt(pBare.length - 1);
  const out: RoleStem[] = [stem(pBare, perfect, P0, { fixed: true })];
  let long: string;
  if (type === 'ي') {
    long = pBase; // بَقِي: بَقِيَتْ، بَقِيتُ
    const short = setFinalVowel(dropFinalLetter(pBase), DAMMA); // بَقُوا
    out.push(stem(strictKey(long), long, PT | PA | PC), stem(strictKey(short), short, PW, { fixed: true }));
  } else {
    const short = dropFinalLetter(perfect); // دَعَ، رَمَ
    long = short + (type === 'ا' ? 'و' : 'ي'); // دَعَو، رَمَي
    out.push(stem(strictKey(short), short, PT | PW, { fixed: true }), stem(strictKey(long), long, PA | PC));
  }
  const passive = `${passiveBeforeYa(dropFinalLetter(long))}ي`;
  out.push(stem(strictKey(passive), passive, PP, { sameAsActive: strictKey(passive) === pBare }));

  const iBare = strictKey(iStem);
  const iType = iBare.charAt(iBare.length - 1);
  const iShort = dropFinalLetter(iStem); // دْعُ، رْمِ، لْقَ
  const iDual = iType === 'ى' ? `${dropFinalLetter(iStem)}ي` : iStem; // لْقَي
  out.push(stem(iBare, iStem, I0, { fixed: true }), stem(strictKey(iShort), iShort, IJ, { fixed: true }));
  out.push(stem(strictKey(iDual), iDual, iType === 'ى' ? IA | IN : IA));
  if (iType === 'ى') out.push(stem(strictKey(iShort), iShort, IW, { fixed: true }));
  else out.push(stem(strictKey(iShort), stripFinalVowel(iShort), IW), stem(iBare, iStem, IN, { fixed: true }));
  const iPassive = `${setFinalVowel(iShort, FATHA)}ى`;
  out.push(stem(strictKey(iPassive), iPassive, IP, { fixed: true, prefixVowel: DAMMA, sameAsActive: iType === 'ى' }));
  return out;
}

/**
 * A triliteral form I verb's participles from its perfect letters: كَاتِب/مَكْتُوب, قَائِل/مَقُول or
 * مَبِيع, رَامِي/مَرْمِيّ or دَاعِي/مَدْعُوّ, رَادّ/مَرْدُود (hamzas then put on their regular seats:
 * سَائِل، مَسْؤُول، قَارِئ).
 */
function formOneParticiples(perfect: string, weak: WeakClass, root: string): VerbStems['participles'] {
  const [c1 = '', c2 = '', c3 = ''] = [...perfect];
  const front = c1 === 'أ' ? 'آ' : `${c1}${FATHA}ا`;
  let active: string;
  let passive: string;
  if (weak === 'hollow') {
    active = `${front}ئ${KASRA}${c3}`;
    passive = root.charAt(1) === 'ي' ? `مَ${c1}${KASRA}ي${c3}` : `مَ${c1}${DAMMA}و${c3}`;
  } else if (weak === 'defective') {
    active = `${front}${c2}${KASRA}ي`;
    passive = root.charAt(2) === 'و' ? `مَ${c1}${SUKUN}${c2}${DAMMA}و${SHADDA}` : `مَ${c1}${SUKUN}${c2}${KASRA}ي${SHADDA}`;
  } else if (weak === 'doubled') {
    active = `${front}${c2}${SHADDA}`;
    passive = `مَ${c1}${SUKUN}${c2}${DAMMA}و${c2}`;
  } else {
    active = `${front}${c2}${KASRA}${c3}`;
    passive = `مَ${c1}${SUKUN}${c2}${DAMMA}و${c3}`;
  }
  return [
    { voc: regularHamzaSeats(active), active: true },
    { voc: regularHamzaSeats(passive), active: false },
  ];
}

/**
 * Active and passive participles: فاعل and مفعول in form I, elsewhere مُ + the imperfect stem with i
 * (active) or a (passive).
 */
function participles(source: VerbSource, iStem: string, weak: WeakClass, vf: number): VerbStems['participles'] {
  const perfect = strictKey(source.l);
  if (isTriliteralFormOne(perfect, weak, vf)) return formOneParticiples(perfect, weak, source.r ?? '');
  if (weak === 'defective') {
    const short = dropFinalLetter(iStem);
    return [
      { voc: `مُ${iStem}`, active: true },
      { voc: `مُ${setFinalVowel(short, '\u064B')}ى`, active: false },
    ];
  }
  const letters = lettersOf(iStem);
  const target = letters.length - 2;
  const shaped = (vowel: string): string =>
    join(letters.map((l, i) => (i === target && SHORT_VOWELS.has(vowelOf(l)) ? withVowel(l, vowel) : l)));
  const passive = weak === 'hollow' ? passiveImperfectHollow(iStem) : shaped(FATHA);
  return [
    { voc: regularHamzaSeats(`مُ${shaped(KASRA)}`), active: true },
    { voc: regularHamzaSeats(`مُ${passive}`), active: false },
  ];
}

function passiveImperfectHollow(iStem: string): string {
  const letters = lettersOf(iStem);
  return join(
    letters.map((l, i) => {
      if (i === letters.length - 2) return { ch: 'ا', marks: '' };
      return i === letters.length - 3 ? withVowel(l, FATHA) : l;
    }),
  );
}

/** Splits a vocalised imperfect (يَكْتُبُ) into its prefix vowel and its stem (كْتُب). */
export function imperfectStem(imperfect: string): { prefixVowel: string; stem: string } {
  const letters = lettersOf(imperfect);
  const prefix = letters[0];
  const prefixVowel = vowelOf(prefix) === DAMMA ? DAMMA : FATHA;
  return { prefixVowel, stem: stripFinalVowel(join(letters.slice(1))) };
}

/** Every written stem of a verb, with the cells it serves. */
export function verbStems(source: VerbSource): VerbStems {
  const vf = source.vf ?? 1;
  const weak = weakClass(source);
  const pBase = stripFinalVowel(source.l);
  const { prefixVowel, stem: iStem } = imperfectStem(source.i ?? `يَ${source.l}`);
  const stems =
    weak === 'hollow'
      ? hollowStems(pBase, iStem, vf)
      : weak === 'doubled'
        ? doubledStems(pBase, iStem, vf)
        : weak === 'defective'
          ? defectiveStems(source.l, pBase, iStem)
          : soundStems(pBase, iStem, vf);
  return { weak, prefixVowel, stems: withRegularHamzas(stems), participles: participles(source, iStem, weak, vf) };
}

/** Puts each stem's hamza on its regular seat (passive سَأَل → سُئِل) and re-checks what spells like the active. */
function withRegularHamzas(stems: RoleStem[]): RoleStem[] {
  const seated = stems.map((s) => {
    const voc = regularHamzaSeats(s.voc);
    return voc === s.voc ? s : { ...s, voc, printed: strictKey(voc) };
  });
  const active = new Set(seated.filter((s) => (s.roles & (PP | IP)) === 0).map((s) => s.printed));
  return seated.map((s) => (s.sameAsActive && !active.has(s.printed) ? { ...s, sameAsActive: false } : s));
}
