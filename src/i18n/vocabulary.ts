/**
 * The strings of My words and Review, registered when the vocabulary pages load (imported by them for
 * its effect), so the first screen does not carry them.
 */
import { registerStrings } from '.';
import reviewAr from './locales/review.ar.json';
import reviewEn from './locales/review.en.json';
import wordsAr from './locales/words.ar.json';
import wordsEn from './locales/words.en.json';

registerStrings('words', { en: wordsEn, ar: wordsAr });
registerStrings('review', { en: reviewEn, ar: reviewAr });
