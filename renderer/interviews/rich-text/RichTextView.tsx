import type { ReactNode } from 'react';
import type { RichText, TextRun } from '../../../shared/domain/rich-text.js';
import { BLOCK_TAGS, groupBlocks } from './block-groups.js';

function runsOf(runs: readonly TextRun[]): ReactNode[] {
  return runs.map((run, index) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <i>{node}</i>;
    if (run.bold) node = <b>{node}</b>;
    return <span key={index}>{node}</span>;
  });
}

/** Read-only rich text as React elements (React escapes every run): signed versions, amendments. */
export function RichTextView({ doc, label, emptyText }: { doc: RichText; label: string; emptyText: string }) {
  const groups = groupBlocks(doc.blocks);
  return (
    <div className="rich-text rich-text-view" role="document" aria-label={label}>
      {groups.length === 0 && <p className="muted">{emptyText}</p>}
      {groups.map((group) => {
        if (group.kind === 'list') {
          const items = group.items.map((item, index) => <li key={index}>{runsOf(item.runs)}</li>);
          return group.ordered ? <ol key={group.first}>{items}</ol> : <ul key={group.first}>{items}</ul>;
        }
        const Tag = BLOCK_TAGS[group.block.kind as keyof typeof BLOCK_TAGS];
        return <Tag key={group.index}>{group.block.runs.length > 0 ? runsOf(group.block.runs) : '\u00a0'}</Tag>;
      })}
    </div>
  );
}
