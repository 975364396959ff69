/**
 * The bundled-article format: one JSON file per article in src/content/articles/.
 * The schema is the contract for content authors; it is checked at build time and in unit tests.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

/** A pair of the same label in both interface languages. */
export const bilingualSchema = z.object({ ar: nonEmpty, en: nonEmpty }).strict();

export const paragraphSchema = z
  .object({
    /** Stable id, unique in the article: "p1", "p2" … Highlights and progress anchor to it. */
    id: z.string().regex(/^p[1-9]\d*$/u),
    /** Canonical Arabic text, reproduced exactly from the source. */
    ar: nonEmpty,
    /** Our own English translation of this paragraph. */
    en: nonEmpty,
  })
  .strict();

export const articleSchema = z
  .object({
    /** URL slug, also the file name without `.json`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
    /** Provenance: the source file this article was taken from, when it came from ../shared/seeds/. */
    seed: z.string().optional(),
    title: bilingualSchema,
    /** A two-sentence English summary. */
    summary: nonEmpty,
    tags: z.array(bilingualSchema).min(1),
    /** ISO date, only when the text itself states it. */
    date: z.iso.date().nullable(),
    /** Where the text says its information comes from, in its own terms; null when it says nothing. */
    source: nonEmpty.nullable(),
    wordCount: z.number().int().positive(),
    paragraphCount: z.number().int().positive(),
    paragraphs: z.array(paragraphSchema).min(1),
  })
  .strict()
  .superRefine((article, ctx) => {
    const ids = new Set(article.paragraphs.map((p) => p.id));
    if (ids.size !== article.paragraphs.length) {
      ctx.addIssue({ code: 'custom', message: 'paragraph ids must be unique', path: ['paragraphs'] });
    }
    if (article.paragraphCount !== article.paragraphs.length) {
      ctx.addIssue({ code: 'custom', message: 'paragraphCount does not match', path: ['paragraphCount'] });
    }
  });

export type Article = z.infer<typeof articleSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Bilingual = z.infer<typeof bilingualSchema>;

/** What the library needs of an article, without its paragraphs. */
export type ArticleMeta = Omit<Article, 'paragraphs'>;
