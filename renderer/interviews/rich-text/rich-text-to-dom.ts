import type { RichText, TextRun } from '../../../shared/domain/rich-text.js';
import { BLOCK_TAGS, groupBlocks } from './block-groups.js';

/**
 * Fills the editor from the model with createElement and text nodes only: user text is never
 * parsed as HTML, so nothing typed or saved can become markup.
 */
function appendRuns(parent: HTMLElement, runs: readonly TextRun[]): void {
  if (runs.length === 0) {
    // An empty line needs a <br> to keep its height and take the caret.
    parent.append(document.createElement('br'));
    return;
  }
  for (const run of runs) {
    let node: Node = document.createTextNode(run.text);
    if (run.italic) {
      const italic = document.createElement('i');
      italic.append(node);
      node = italic;
    }
    if (run.bold) {
      const bold = document.createElement('b');
      bold.append(node);
      node = bold;
    }
    parent.append(node);
  }
}

export function fillEditor(root: HTMLElement, doc: RichText): void {
  root.replaceChildren();
  for (const group of groupBlocks(doc.blocks)) {
    if (group.kind === 'list') {
      const list = document.createElement(group.ordered ? 'ol' : 'ul');
      for (const item of group.items) {
        const li = document.createElement('li');
        appendRuns(li, item.runs);
        list.append(li);
      }
      root.append(list);
    } else {
      const element = document.createElement(BLOCK_TAGS[group.block.kind as keyof typeof BLOCK_TAGS]);
      appendRuns(element, group.block.runs);
      root.append(element);
    }
  }
  if (root.childNodes.length === 0) {
    const empty = document.createElement('p');
    empty.append(document.createElement('br'));
    root.append(empty);
  }
}
