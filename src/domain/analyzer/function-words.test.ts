import { describe, expect, it } from 'vitest';
import { POS } from '../analysis';
import { analyzeWord } from './analyze';
import { functionWordIndex } from './function-word-forms';
import { FUNCTION_WORDS } from './function-words';
import { strictKey } from './orthography';
import { testIndex } from './test-lexicon';

const canon = (text: string): string => text.normalize('NFC');

/** The vocalised forms the closed list prints with these letters. */
const formsOf = (printed: string): string[] => (functionWordIndex().strict.get(printed) ?? []).map((f) => canon(f.voc));

describe('the function-word table', () => {
  it('covers every required class', () => {
    const printed = new Set(FUNCTION_WORDS.map((w) => strictKey(w.voc)));
    const required = [
      'في من إلى على عن مع حتى منذ لدى عند',
      'أو أم ثم بل لكن لأن بينما حيث عندما كما',
      'قد لقد سوف لم لن لا ما إن أن كأن لعل ليت هل إذا لو إلا',
      'هو هي هم هما هن أنا نحن أنت أنتم',
      'هذا هذه هذان هؤلاء ذلك تلك أولئك هنا هناك',
      'الذي التي الذين اللذان اللتان اللواتي اللاتي من',
      'ماذا لماذا متى أين كيف كم',
      'فوق تحت بعد قبل بين حول خلال ضد نحو دون أمام وراء عبر غير سوى كل بعض أيضا فقط',
    ].join(' ').split(' ').filter((w) => w !== '');
    expect(required.filter((w) => !printed.has(w))).toEqual([]);
  });

  it('uses only the popover’s parts of speech and gives every word a gloss', () => {
    for (const word of FUNCTION_WORDS) {
      expect(POS).toContain(word.pos);
      expect(word.gloss.trim()).not.toBe('');
      expect(word.features.trim()).not.toBe('');
    }
  });

  it('lists no row twice', () => {
    const ids = FUNCTION_WORDS.map((w) => `${w.voc}|${w.pos}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('pronoun suffixes on function words', () => {
  it.each([
    ['إلى + ه: the ى is written ي', 'إليه', 'إِلَيْهِ'],
    ['على + هم', 'عليهم', 'عَلَيْهِمْ'],
    ['لدى + ه', 'لديه', 'لَدَيْهِ'],
    ['إلى + ي: the two ي merge under a shadda', 'إلي', 'إِلَيَّ'],
    ['من + ي → منّي', 'مني', 'مِنِّي'],
    ['من + نا → منّا', 'منا', 'مِنَّا'],
    ['عن + ي → عنّي', 'عني', 'عَنِّي'],
    ['بين + هما', 'بينهما', 'بَيْنَهُمَا'],
    ['مع + ي', 'معي', 'مَعِي'],
    ['في + ه (ـهِ after ي)', 'فيه', 'فِيهِ'],
    ['ل + ه → لَهُ', 'له', 'لَهُ'],
    ['ل + ي → لِي', 'لي', 'لِي'],
    ['ب + ها', 'بها', 'بِهَا'],
    ['سوى + ه: the ى is written ا', 'سواه', 'سِوَاهُ'],
    ['إنّ + ني', 'إنني', 'إِنَّنِي'],
    ['إنّ + ي (shortened)', 'إني', 'إِنِّي'],
    ['أنّ + ه', 'أنه', 'أَنَّهُ'],
    ['لكنّ + ه', 'لكنه', 'لَٰكِنَّهُ'],
    ['لأنّ + ها', 'لأنها', 'لِأَنَّهَا'],
    ['كل + هم', 'كلهم', 'كُلّهُمْ'],
    ['إيّا + ه', 'إياه', 'إِيَّاهُ'],
    ['كلا + هما', 'كلاهما', 'كِلَاهُمَا'],
    ['كلتا + هما', 'كلتاهما', 'كِلْتَاهُمَا'],
  ])('%s', (_name, printed, voc) => {
    expect(formsOf(printed)).toContain(canon(voc));
  });

  it('does not write the bound prepositions ب and ل alone', () => {
    expect(formsOf('ب')).toEqual([]);
    expect(formsOf('ل')).toEqual([]);
  });

  it('gives no pronoun to words that take none', () => {
    for (const printed of ['حتاه', 'لنه', 'قده', 'هوه']) expect(formsOf(printed)).toEqual([]);
  });
});

describe('function words in words', () => {
  it.each([
    ['وفي', ['وَ', 'فِي']],
    ['فإن', ['فَ', 'إِنَّ']],
    ['ولكن', ['وَ', 'لَٰكِنَّ']],
    ['بذلك', ['بِ', 'ذَٰلِكَ']],
    ['بما', ['بِ', 'مَا']],
    ['بالذي', ['بِ', 'الَّذِي']],
    ['وهو', ['وَ', 'هُوَ']],
    ['وعليه', ['وَ', 'عَلَيْ', 'ـهِ']],
    ['لكل', ['لِ', 'كُلّ']],
    ['لكلا', ['لِ', 'كِلَا']],
    ['بنحو', ['بِ', 'نَحْوَ']],
    ['بنعم', ['بِ', 'نَعَمْ']],
    ['بلا', ['بِ', 'لَا']],
    ['حسبما', ['حَسْبَمَا']],
    ['ولاسيما', ['وَ', 'لَاسِيَّمَا']],
  ])('%s', (word, forms) => {
    const top = analyzeWord(testIndex(), word)[0];
    expect(top?.segments.map((s) => canon(s.form))).toEqual(forms.map(canon));
  });

  it('drops the alif of a relative pronoun after ل (للذين) and says so', () => {
    const top = analyzeWord(testIndex(), 'للذين')[0];
    expect(top?.lemma).toBe(canon('الَّذِينَ'));
    expect(top?.segments[1]?.surface).toBe('لذين');
    expect(canon(top?.voc ?? '')).toBe(canon('لِلَّذِينَ'));
  });

  it('reads lexicalised combinations whole first (لذلك therefore, كذلك also, لأن because)', () => {
    expect(analyzeWord(testIndex(), 'لذلك')[0]?.gloss).toBe('therefore');
    expect(analyzeWord(testIndex(), 'كذلك')[0]?.gloss).toBe('also');
    expect(analyzeWord(testIndex(), 'لأنه')[0]?.lemma).toBe(canon('لِأَنَّ'));
  });

  it('does not put a preposition before words that take none (بلم، كسوف)', () => {
    expect(analyzeWord(testIndex(), 'بلم')[0]?.known).toBe(false);
    expect(analyzeWord(testIndex(), 'كسوف')[0]?.known).toBe(false);
  });

  it('puts common function words before content words with the same letters', () => {
    expect(analyzeWord(testIndex(), 'لم')[0]?.pos).toBe('particle');
    expect(analyzeWord(testIndex(), 'إلى')[0]?.pos).toBe('preposition');
  });
});
