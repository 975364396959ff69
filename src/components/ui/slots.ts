/**
 * The contracts between the reader and the features it hosts without importing them (features never
 * import each other; src/app composes them): the reader renders a `Lookup` for an open word and an
 * `Annotations` layer over the article's text.
 */
import type { RefObject } from 'react';
import type { Analysis, TokenAnalysis, Unit } from '../../domain/analysis';
import type { Article } from '../../domain/article';

/** What the reader hands the lookup popover. */
export interface LookupProps {
  articleId: string;
  paragraphId: string;
  /** The paragraph's Arabic text (the sentence a saved word came from is cut from it). */
  paragraph: string;
  token: TokenAnalysis;
  /** The names and terms containing the word, longest first. */
  units: Unit[];
  anchor: HTMLElement;
  /** Move focus into the popover (opened from the keyboard). */
  focusOnOpen: boolean;
  /** False while prepared ahead of a likely click (pointer over the word): laid out but invisible. */
  shown: boolean;
  onClose: () => void;
}

/** What the reader hands the highlights-and-notes layer. */
export interface AnnotationsProps {
  article: Article;
  analysis: Analysis | undefined;
  /** The element holding the article's paragraphs. */
  root: RefObject<HTMLElement | null>;
}
