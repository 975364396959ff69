import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref, toPlainText, type MdBlock, type MdInline } from './markdown';

const text = (t: string): MdInline => ({ type: 'text', text: t });
const para = (...children: MdInline[]): MdBlock => ({ type: 'paragraph', children });
/** The inline nodes of a one-paragraph note. */
const inlines = (source: string): MdInline[] => {
  const blocks = parseMarkdown(source);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]!.type).toBe('paragraph');
  return (blocks[0] as Extract<MdBlock, { type: 'paragraph' }>).children;
};
const links = (nodes: readonly MdInline[]): string[] =>
  nodes.flatMap((n) => (n.type === 'link' ? [n.href] : 'children' in n ? links(n.children) : []));

describe('parseMarkdown: blocks', () => {
  it('returns no blocks for empty or blank input', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n  ')).toEqual([]);
  });

  it('separates paragraphs by blank lines and turns single newlines into breaks', () => {
    expect(parseMarkdown('one\ntwo\n\n\nthree')).toEqual([para(text('one'), { type: 'break' }, text('two')), para(text('three'))]);
    expect(parseMarkdown('a\r\nb\rc')).toEqual([para(text('a'), { type: 'break' }, text('b'), { type: 'break' }, text('c'))]);
  });

  it('parses bulleted lists with "- " and "* ", with inline markup in items', () => {
    expect(parseMarkdown('- one\n* **two**')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[text('one')], [{ type: 'strong', children: [text('two')] }]] },
    ]);
  });

  it('parses numbered lists and keeps their first number', () => {
    expect(parseMarkdown('1. a\n2. b')).toEqual([{ type: 'list', ordered: true, start: 1, items: [[text('a')], [text('b')]] }]);
    expect(parseMarkdown('3. c')).toEqual([{ type: 'list', ordered: true, start: 3, items: [[text('c')]] }]);
  });

  it('splits a list from a following paragraph, and bulleted from numbered lists', () => {
    const blocks = parseMarkdown('intro\n- a\n1. b\nafter');
    expect(blocks.map((b) => (b.type === 'list' ? `list:${b.ordered}` : 'p'))).toEqual(['p', 'list:false', 'list:true', 'p']);
  });

  it('continues a list item on an indented line', () => {
    expect(parseMarkdown('- a\n  more')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[text('a'), { type: 'break' }, text('more')]] },
    ]);
  });

  it('does not treat "*italic*", "-x" or a mid-paragraph "2024. …" as list items', () => {
    expect(parseMarkdown('*italic* start')[0]!.type).toBe('paragraph');
    expect(parseMarkdown('-x')).toEqual([para(text('-x'))]);
    expect(parseMarkdown('Written in\n2024. by me')).toHaveLength(1);
  });
});

describe('parseMarkdown: inlines', () => {
  it('parses bold, both italics and code', () => {
    expect(inlines('**b** *i* _u_ `c`')).toEqual([
      { type: 'strong', children: [text('b')] },
      text(' '),
      { type: 'em', children: [text('i')] },
      text(' '),
      { type: 'em', children: [text('u')] },
      text(' '),
      { type: 'code', text: 'c' },
    ]);
  });

  it('nests emphasis', () => {
    expect(inlines('**a *b* c**')).toEqual([
      { type: 'strong', children: [text('a '), { type: 'em', children: [text('b')] }, text(' c')] },
    ]);
    expect(inlines('*a **b** c*')).toEqual([
      { type: 'em', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] },
    ]);
  });

  it('keeps code literal: no emphasis or links inside', () => {
    expect(inlines('`*x* [a](https://a.b) <b>`')).toEqual([{ type: 'code', text: '*x* [a](https://a.b) <b>' }]);
  });

  it('leaves unclosed or space-padded markers as literal text', () => {
    for (const s of ['**bold', '*it', '_it', '`code', '[text](a.b', '[text]', 'a * b * c', '2 * 3', '** x **', '****']) {
      expect(inlines(s)).toEqual([text(s)]);
    }
  });

  it('does not italicise inside snake_case words', () => {
    expect(inlines('snake_case_name')).toEqual([text('snake_case_name')]);
  });

  it('honours backslash escapes', () => {
    expect(inlines('\\*not\\* 5 \\_x\\_')).toEqual([text('*not* 5 _x_')]);
  });

  it('parses links with inline markup in their text, but no nested links', () => {
    expect(inlines('see [the **docs**](https://example.com/a?b=1#c).')).toEqual([
      text('see '),
      { type: 'link', href: 'https://example.com/a?b=1#c', children: [text('the '), { type: 'strong', children: [text('docs')] }] },
      text('.'),
    ]);
    expect(links(inlines('[https://a.b](https://c.d)'))).toEqual(['https://c.d']);
    expect(links(inlines('[mail](mailto:me@example.com)'))).toEqual(['mailto:me@example.com']);
  });

  it('links bare http(s) addresses, leaving trailing punctuation and unbalanced ")" out', () => {
    expect(inlines('go to https://example.com/x_y, now')).toEqual([
      text('go to '),
      { type: 'link', href: 'https://example.com/x_y', children: [text('https://example.com/x_y')] },
      text(', now'),
    ]);
    expect(links(inlines('(see http://en.wikipedia.org/wiki/A_(b)).'))).toEqual(['http://en.wikipedia.org/wiki/A_(b)']);
    expect(links(inlines('*HTTPS://EXAMPLE.COM*'))).toEqual(['HTTPS://EXAMPLE.COM']);
    expect(links(inlines('xhttps://a.b https:// http:///x'))).toEqual([]);
  });
});

describe('parseMarkdown: safety', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'relative.html',
    '//evil.example',
    'https:evil.example',
    'https:\\\\evil.example',
    'https://',
    'https://a.b/\u202Egnp.exe',
    'mailto:',
  ];

  it.each(unsafe)('refuses the link target %j', (href) => {
    expect(safeHref(href)).toBeNull();
    const nodes = parseMarkdown(`[click](${href})`).flatMap((b) => (b.type === 'paragraph' ? b.children : b.items.flat()));
    expect(links(nodes)).toEqual([]);
  });

  it('keeps a refused link as its literal source text', () => {
    expect(inlines('[click](javascript:alert(1))')).toEqual([text('[click](javascript:alert(1))')]);
  });

  it('refuses a target with a space, though an address inside it is still linked on its own', () => {
    expect(safeHref('http://a b')).toBeNull();
    expect(inlines('[x](http://a b)')).toEqual([
      text('[x]('),
      { type: 'link', href: 'http://a', children: [text('http://a')] },
      text(' b)'),
    ]);
  });

  it('accepts http, https and mailto targets in any letter case', () => {
    for (const href of ['http://a.b', 'HTTPS://A.B/ü?q=1', 'MailTo:x@y.z', 'https://مثال.إختبار']) expect(safeHref(href)).toBe(href);
  });

  it('never interprets raw HTML', () => {
    const xss = '<img src=x onerror=alert(1)>';
    expect(parseMarkdown(xss)).toEqual([para(text(xss))]);
    expect(inlines('<script>alert("x")</script> <a href="javascript:x">y</a>')).toEqual([
      text('<script>alert("x")</script> <a href="javascript:x">y</a>'),
    ]);
  });
});

describe('parseMarkdown: Arabic and odd input', () => {
  it('passes Arabic and mixed-direction text through unchanged', () => {
    const ar = 'قرأتُ المقالة عن «الاقتصاد» في 22 سبتمبر/أيلول 2023 \u200Fمع Ali.';
    expect(parseMarkdown(ar)).toEqual([para(text(ar))]);
    expect(inlines('كلمة **مهمة** و_مائلة_ هنا')).toEqual([
      text('كلمة '),
      { type: 'strong', children: [text('مهمة')] },
      text(' و_مائلة_ هنا'),
    ]);
    expect(inlines('انظر https://example.com، ثم')).toEqual([
      text('انظر '),
      { type: 'link', href: 'https://example.com', children: [text('https://example.com')] },
      text('، ثم'),
    ]);
    expect(parseMarkdown('- البند الأول\n1. الثاني').map((b) => b.type)).toEqual(['list', 'list']);
  });

  it('accepts lone surrogates, NUL and control characters without throwing', () => {
    expect(inlines('a\uD800b\uDC00c')).toEqual([text('a\uD800b\uDC00c')]);
    expect(inlines('a\u0000b')).toEqual([text('a\uFFFDb')]);
    expect(() => parseMarkdown('\u0001\u0007*\u001F_[\u007F](\u0085)`')).not.toThrow();
  });

  const pathological: [string, string][] = [
    ['*', '*'.repeat(50_000)],
    ['_', '_'.repeat(50_000)],
    ['[', '['.repeat(50_000)],
    ['](', '[]('.repeat(30_000)],
    ['`', '`'.repeat(50_000)],
    ['**a', '**a'.repeat(30_000)],
    ['*_ nesting', '*_'.repeat(25_000) + 'x' + '_*'.repeat(25_000)],
    ['[a](', '[a]('.repeat(25_000)],
    ['https://', 'https://'.repeat(12_000)],
    ['https:/// ', 'https:///'.repeat(11_000)],
    ['\\', '\\'.repeat(50_000)],
    ['- lines', '- *a\n'.repeat(20_000)],
    ['mixed', ' *a _b [c](d `e **f https://g '.repeat(3_500)],
  ];

  it.each(pathological)('parses a pathological %s input quickly', (_name, input) => {
    const t0 = performance.now();
    const blocks = parseMarkdown(input);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('parses 100,000 characters of ordinary note text quickly and losslessly', () => {
    const input = 'كلمة word '.repeat(10_000);
    const t0 = performance.now();
    const blocks = parseMarkdown(input);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(toPlainText(blocks)).toBe(input.trim());
  });

  it('caps deep nesting instead of overflowing the stack', () => {
    const deep = '*_'.repeat(1_000) + 'x' + '_*'.repeat(1_000);
    expect(toPlainText(parseMarkdown(deep)).includes('x')).toBe(true);
  });
});

describe('toPlainText', () => {
  it('drops markup, keeps link targets, and numbers list items', () => {
    const source = 'A **b** `c` [site](https://x.y) https://z.w [m](mailto:m@n.o)\nline\n\n- one\n- two\n\n3. three\n4. four';
    expect(toPlainText(parseMarkdown(source))).toBe(
      'A b c site (https://x.y) https://z.w m (mailto:m@n.o)\nline\n\n- one\n- two\n\n3. three\n4. four',
    );
  });

  it('strips the mailto: prefix when the link text is the address', () => {
    expect(toPlainText(parseMarkdown('[a@b.c](mailto:a@b.c)'))).toBe('a@b.c');
  });
});
