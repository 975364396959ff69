import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe('Markdown', () => {
  it('renders raw HTML escaped, as text', () => {
    const out = html('<img src=x onerror=alert(1)>');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('<img');
    expect(html('<script>alert(1)</script>')).not.toContain('<script');
  });

  it('opens links in a new tab without opener or referrer', () => {
    const out = html('[docs](https://example.com/?a=1&b="2") and https://x.y');
    expect(out).toContain('href="https://example.com/?a=1&amp;b=&quot;2&quot;"');
    expect(out).toContain('href="https://x.y"');
    const anchors = out.match(/<a [^>]*>/gu) ?? [];
    expect(anchors).toHaveLength(2);
    for (const a of anchors) {
      expect(a).toContain('target="_blank"');
      const rel = /rel="([^"]*)"/u.exec(a)?.[1]?.split(' ') ?? [];
      expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x'])(
    'does not make a link of %j',
    (href) => {
      const out = html(`[click](${href})`);
      expect(out).not.toContain('<a');
      expect(out).not.toContain('href');
      expect(out).toContain('[click](');
    },
  );

  it('renders lists, emphasis, code and line breaks', () => {
    expect(html('- **bold**\n- *it* and _it_')).toBe(
      '<div class="space-y-3 break-words"><ul class="list-inside list-disc space-y-1">' +
        '<li dir="auto"><strong>bold</strong></li><li dir="auto"><em>it</em> and <em>it</em></li></ul></div>',
    );
    const ol = html('1. one\n2. `two`');
    expect(ol).toMatch(/^<div[^>]*><ol class="[^"]*"><li dir="auto">one<\/li><li dir="auto"><code[^>]*>two<\/code><\/li><\/ol><\/div>$/u);
    expect(html('3. three')).toContain('<ol start="3"');
    expect(html('a\nb\n\nc')).toBe('<div class="space-y-3 break-words"><p dir="auto">a<br/>b</p><p dir="auto">c</p></div>');
  });

  it('gives Arabic text blocks dir="auto" and leaves the text unchanged', () => {
    const out = html('ملاحظة **مهمة** عن Ali في 2023');
    expect(out).toBe('<div class="space-y-3 break-words"><p dir="auto">ملاحظة <strong>مهمة</strong> عن Ali في 2023</p></div>');
  });

  it('renders nothing but the wrapper for an empty note', () => {
    expect(html('')).toBe('<div class="space-y-3 break-words"></div>');
  });
});
