import { describe, expect, it } from 'vitest';
import { CONSONANTS, PROCLITICS, SUN_LETTERS, transliterate } from './transliterate.ts';

const FATHA = '\u064E';
const SHADDA = '\u0651';

describe('transliterate (DIN 31635)', () => {
  it.each([
    ['اِسْتَقْبَلَ', 'istaqbala'],
    ['الرَّئِيسُ', 'ar-raʾīsu'],
    ['الصِّينِيُّ', 'aṣ-ṣīniyyu'],
    ['شِي', 'šī'],
    ['بَشَّار', 'baššār'],
    ['الْأَسَدِ', 'al-asadi'],
    ['إِعَادَةِ', 'iʿādati'],
    ['الْإِعْمَارِ', 'al-iʿmāri'],
    ['مُبَادَرَة', 'mubādara'],
    ['الْحِزَامِ', 'al-ḥizāmi'],
    ['وَالطَّرِيقِ', 'wa-ṭ-ṭarīqi'],
    ['سَتُعَزِّزُ', 'satuʿazzizu'],
    ['وَقَّعَتْ', 'waqqaʿat'],
    ['شَرَاكَةً', 'šarākatan'],
    ['اِسْتِرَاتِيجِيَّةً', 'istirātīǧiyyatan'],
    ['هٰذِهِ', 'hāḏihi'],
    ['مُسْتَوًى', 'mustawan'],
    ['عَلَى', 'ʿalā'],
    ['إِلَى', 'ilā'],
    ['قَالُوا', 'qālū'],
    ['يَوْمَ', 'yawma'],
    ['بَيْنَ', 'bayna'],
    ['مَسْؤُول', 'masʾūl'],
    ['رَئِيس', 'raʾīs'],
    ['سُؤَال', 'suʾāl'],
    ['قِرَاءَة', 'qirāʾa'],
    ['شُؤُون', 'šuʾūn'],
    ['مِائَة', 'miʾa'],
    ['لِلصِّينِ', 'li-ṣ-ṣīni'],
  ])('the brief’s words: %s → %s', (arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it.each([
    ['hamza on alif inside a word', 'سَأَلَ', 'saʾala'],
    ['hamza with sukun', 'رَأْس', 'raʾs'],
    ['hamza on the line', 'مَاء', 'māʾ'],
    ['hamza on ya seat', 'بِئْر', 'biʾr'],
    ['word-initial أ is not written', 'أَكَّدَ', 'akkada'],
    ['word-initial إ is not written', 'إِعَادَة', 'iʿāda'],
    ['word-initial أ with damma', 'أُسْبُوع', 'usbūʿ'],
    ['alif madda inside a word', 'الْقُرْآن', 'al-qurʾān'],
    ['alif madda word-initially', 'آمَنَ', 'āmana'],
    ['alif madda after the article', 'الْآنَ', 'al-āna'],
    ['emphatics and interdentals', 'ظَهَرَ ضَغْط ثَوْرَة خَبَر ذَهَبَ', 'ẓahara ḍaġṭ ṯawra ḫabar ḏahaba'],
    ['ǧ and ḥ', 'جَدِيد حُكُومَة', 'ǧadīd ḥukūma'],
  ])('consonants and hamza: %s', (_rule, arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it.each([
    ['shadda doubles', 'قَدَّمَ', 'qaddama'],
    ['shadda before fatha', `قَد${SHADDA}${FATHA}مَ`, 'qaddama'],
    ['fatha before shadda', `قَد${FATHA}${SHADDA}مَ`, 'qaddama'],
    ['sukun writes no vowel', 'مَكْتَب', 'maktab'],
    ['case endings are written', 'كِتَابُ', 'kitābu'],
    ['dagger alif', 'هٰذَا', 'hāḏā'],
    ['fatha plus dagger alif is one ā', 'هَٰذَا', 'hāḏā'],
    ['kasra + bare ي', 'كَبِير', 'kabīr'],
    ['kasra + ي with sukun', 'كَبِيْر', 'kabīr'],
    ['damma + و', 'يَقُول', 'yaqūl'],
    ['alif maqsura after fatha', 'مُوسَى', 'mūsā'],
    ['diphthong aw', 'يَوْم', 'yawm'],
    ['diphthong ay', 'بَيْن', 'bayn'],
    ['diphthong with the sukun omitted', 'لَو', 'law'],
    ['consonantal و with a vowel', 'وَزِير', 'wazīr'],
    ['consonantal ي with a vowel', 'يَكْتُبُ', 'yaktubu'],
    ['nisba -iyy', 'عَرَبِيّ', 'ʿarabiyy'],
    ['plural waw with silent alif and sukun', 'رَمَوْا', 'ramaw'],
    ['dual alif is written', 'دَعَوَا', 'daʿawā'],
  ])('vowels: %s', (_rule, arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it.each([
    ['pausal ta marbuta', 'دَوْلَة', 'dawla'],
    ['ta marbuta with damma', 'دَوْلَةُ', 'dawlatu'],
    ['ta marbuta with kasratan', 'دَوْلَةٍ', 'dawlatin'],
    ['ta marbuta with dammatan', 'دَوْلَةٌ', 'dawlatun'],
    ['pausal ta marbuta after ā', 'حَيَاة', 'ḥayāh'],
    ['ta marbuta after ā with a vowel', 'حَيَاةِ', 'ḥayāti'],
    ['tanwin fatha on the letter before alif', 'اِتِّصَالًا', 'ittiṣālan'],
    ['tanwin fatha on the alif', 'اِتِّصَالاً', 'ittiṣālan'],
    ['tanwin kasra', 'بَيْتٍ', 'baytin'],
    ['tanwin damma', 'كِتَابٌ', 'kitābun'],
    ['tanwin with alif maqsura', 'هُدًى', 'hudan'],
  ])('ta marbuta and tanwin: %s', (_rule, arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it.each([
    ['sun letter š', 'الشَّمْس', 'aš-šams'],
    ['sun letter ṣ', 'الصِّين', 'aṣ-ṣīn'],
    ['sun letter n', 'النَّاس', 'an-nās'],
    ['sun letter d', 'الدَّوْلَةُ', 'ad-dawlatu'],
    ['moon letter q', 'الْقَمَر', 'al-qamar'],
    ['moon letter without sukun', 'الكِتَاب', 'al-kitāb'],
    ['helping kasra on the lam before wasl', 'الِاتِّحَادُ', 'al-ittiḥādu'],
    ['wasla sign on the article', 'ٱلشَّمْسُ', 'aš-šamsu'],
    ['proclitic wa + sun letter', 'وَالصِّينُ', 'wa-ṣ-ṣīnu'],
    ['proclitic bi + moon letter', 'بِالْقَمَرِ', 'bi-l-qamari'],
    ['proclitic fa', 'فَالْأَمْرُ', 'fa-l-amru'],
    ['proclitic ka', 'كَالْبَحْرِ', 'ka-l-baḥri'],
    ['li + article, alif dropped, sun letter', 'لِلرَّئِيسِ', 'li-r-raʾīsi'],
    ['li + article, alif dropped, moon letter', 'لِلْقَمَرِ', 'li-l-qamari'],
    ['two proclitics', 'وَلِلرَّئِيسِ', 'wa-li-r-raʾīsi'],
    ['proclitic before a hamza-initial word', 'وَأَكَّدَ', 'wa-akkada'],
    ['li before anna', 'لِأَنَّ', 'li-anna'],
    ['tatweel inside the article', 'الـصِّين', 'aṣ-ṣīn'],
  ])('article and proclitics: %s', (_rule, arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it.each([
    ['wasl alif with kasra', 'اِسْتَقْبَلَ', 'istaqbala'],
    ['wasl alif without a vowel takes i', 'اسْتَقْبَلَ', 'istaqbala'],
    ['wasl alif with damma', 'اُكْتُبْ', 'uktub'],
    ['ibn', 'اِبْنُ', 'ibnu'],
    ['the article after a vowel loses its a', 'إِعَادَةِ الْإِعْمَارِ', 'iʿādati l-iʿmāri'],
    ['the article after a long vowel', 'فِي الْبَيْتِ', 'fī l-bayti'],
    ['the article after tanwin keeps its a', 'كِتَابٌ الرَّئِيسِ', 'kitābun ar-raʾīsi'],
    ['the article after pausal ta marbuta keeps its a', 'دَوْلَة الصِّين', 'dawla aṣ-ṣīn'],
    ['wasl after a vowel is elided', 'قَالَ اسْتَقْبِلْ', 'qāla staqbil'],
    ['punctuation blocks elision', 'قَالَ، الرَّئِيسُ', 'qāla, ar-raʾīsu'],
    ['a phrase', 'اِسْتَقْبَلَ الرَّئِيسُ الصِّينِيُّ شِي', 'istaqbala r-raʾīsu ṣ-ṣīniyyu šī'],
  ])('hamzat al-wasl and elision across words: %s', (_rule, arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it.each([
    ['word-initial hamza is not written as ʾ', 'أَكَّدَ', 'ʾakkada'],
    ['word-initial hamza after the article is not ʾ', 'الْأَسَدِ', 'al-ʾasadi'],
    ['wasl alif is not a hamza', 'اِسْتَقْبَلَ', 'ʾistaqbala'],
    ['wasl alif is not a long ā', 'اِسْتَقْبَلَ', 'āstaqbala'],
    ['the article is not unassimilated before a sun letter', 'الشَّمْس', 'al-šams'],
    ['the sun letter is not tripled', 'الشَّمْس', 'aš-ššams'],
    ['moon letters do not assimilate', 'الْقَمَر', 'aq-qamar'],
    ['no article vowel after a proclitic', 'وَالصِّينُ', 'wa-aṣ-ṣīnu'],
    ['waqqaʿat is not split as a proclitic', 'وَقَّعَتْ', 'wa-qqaʿat'],
    ['walad is not split as a proclitic', 'وَلَدٌ', 'wa-ladun'],
    ['wālid is not wa + article', 'وَالِدٌ', 'wa-lidun'],
    ['lillāhi is not li + article', 'لِلَّهِ', 'li-l-lahi'],
    ['pausal ta marbuta is not -at', 'دَوْلَة', 'dawlat'],
    ['pausal ta marbuta is not -ah', 'دَوْلَة', 'dawlah'],
    ['plural alif is not written', 'قَالُوا', 'qālūā'],
    ['diphthong is not a long vowel', 'يَوْم', 'yūm'],
    ['consonantal ي is not ī', 'اِسْتِرَاتِيجِيَّةً', 'istirātīǧīyatan'],
    ['the alif of miʾa is silent', 'مِائَة', 'miāʾa'],
    ['tanwin alif is not ā', 'شَرَاكَةً', 'šarākatanā'],
    ['alif maqsura after tanwin is silent', 'مُسْتَوًى', 'mustawanā'],
    ['hamza seat after fatha is not a long ā', 'سَأَلَ', 'sāla'],
    ['fatha + alif is not a hamza', 'بَشَّار', 'baššaʾr'],
    ['faʾr is not fa + hamza word', 'فَأْر', 'fa-ʾr'],
    ['saʾala is not sa + hamza word', 'سَأَلَ', 'sa-ala'],
  ])('must not happen: %s', (_rule, arabic, wrong) => {
    expect(transliterate(arabic)).not.toBe(wrong);
  });

  it.each([
    ['Arabic comma', 'الصِّين، سُورِيَا', 'aṣ-ṣīn, sūriyā'],
    ['Arabic question mark', 'لِمَاذَا؟', 'limāḏā?'],
    ['Arabic semicolon', 'نَعَمْ؛ لَا', 'naʿam; lā'],
    ['tatweel is dropped', 'جَمِيـــل', 'ǧamīl'],
    ['ZWNJ and the Arabic letter mark are dropped', '\u061Cكَبِير\u200C', 'kabīr'],
    ['Arabic-Indic digits become Latin', 'عَام ٢٠٢٣', 'ʿām 2023'],
    ['Latin and digits pass through', 'قَالَتْ CCTV 22', 'qālat CCTV 22'],
    ['empty input', '', ''],
    ['stray mark', '\u0651', ''],
  ])('punctuation and invisible characters: %s', (_rule, arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it.each([
    ['article and inferred long ī', 'الصين', 'aṣ-ṣīn'],
    ['long ā and ū', 'قالوا', 'qālū'],
    ['consonants only where nothing is inferable', 'استقبل', 'istqbl'],
    ['ta marbuta', 'مبادرة', 'mbādra'],
    ['hamza seat', 'الرئيس', 'ar-rʾīs'],
    ['ilā is not read as an article', 'الى', 'ilā'],
    ['alif maqsura', 'على', 'ʿlā'],
    ['lone alif', 'ا', 'ā'],
    ['lone article', 'ال', 'il'],
  ])('unvocalised input degrades gracefully: %s', (_rule, arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it('writes only lower case, whatever the input', () => {
    const out = transliterate('اِسْتَقْبَلَ الرَّئِيسُ الصِّينِيُّ شِي جِين بِينغ الرَّئِيسَ السُّورِيَّ بَشَّار الْأَسَدِ');
    expect(out).toBe(out.toLowerCase());
  });

  it('normalises a hamza written as a combining mark', () => {
    expect(transliterate('سَا\u0654\u064Eلَ')).toBe('saʾala');
  });

  it('has one single Latin letter per consonant and treats sun letters and proclitics as consonants', () => {
    for (const latin of Object.values(CONSONANTS)) expect([...latin]).toHaveLength(1);
    for (const letter of SUN_LETTERS) expect(CONSONANTS[letter]).toBeDefined();
    for (const letter of Object.keys(PROCLITICS)) expect(CONSONANTS[letter]).toBeDefined();
  });
});
