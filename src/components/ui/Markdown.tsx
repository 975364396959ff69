import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkdown, safeHref, type MdBlock, type MdInline } from '../../domain/markdown';

function renderInline(nodes: readonly MdInline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'break':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'code':
        // dir="auto" also isolates the span, so Latin code keeps its order inside Arabic text.
        return (
          <code key={i} dir="auto" className="rounded bg-accent-soft px-1 font-mono text-[0.9em]">
            {node.text}
          </code>
        );
      case 'link': {
        // The parser only emits safe targets; checking again keeps this component safe on its own.
        const href = safeHref(node.href);
        const children = renderInline(node.children);
        return href ? (
          <a key={i} href={href} target="_blank" rel="noopener noreferrer nofollow" dir="auto" className="text-accent underline">
            {children}
          </a>
        ) : (
          <Fragment key={i}>{children}</Fragment>
        );
      }
    }
  });
}

function renderBlock(block: MdBlock, i: number): ReactNode {
  if (block.type === 'paragraph') return <p key={i} dir="auto">{renderInline(block.children)}</p>;
  // Markers sit inside each item, so every item (with its own dir="auto") puts its bullet on its start side.
  const items = block.items.map((item, k) => (
    <li key={k} dir="auto">
      {renderInline(item)}
    </li>
  ));
  return block.ordered ? (
    <ol key={i} start={block.start === 1 ? undefined : block.start} className="list-inside list-decimal space-y-1">
      {items}
    </ol>
  ) : (
    <ul key={i} className="list-inside list-disc space-y-1">
      {items}
    </ul>
  );
}

/** Renders a note's light Markdown as React elements; raw HTML in the note shows as text. */
export function Markdown({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <div className="space-y-3 break-words">{blocks.map(renderBlock)}</div>;
}
