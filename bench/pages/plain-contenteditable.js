/**
 * Benchmark peer: a plain contenteditable div holding the same text, one element per Slate element, no
 * framework and no event handlers: what the browser alone costs.
 */

/** @param {{ text?: string, children?: unknown[], bold?: true, italic?: true }} node */
function render(node) {
  if (typeof node.text === 'string') {
    const text = document.createTextNode(node.text);
    if (!node.bold && !node.italic) return text;
    const mark = document.createElement(node.bold ? 'strong' : 'em');
    mark.append(text);
    return mark;
  }
  const children = node.children ?? [];
  const element = document.createElement(children.some((child) => typeof child.text === 'string') ? 'p' : 'div');
  for (const child of children) element.append(render(child));
  return element;
}

const body = await (await fetch('/bench/document.json')).json();
const editor = document.createElement('div');
editor.contentEditable = 'true';
editor.style.padding = '16px';
editor.style.whiteSpace = 'pre-wrap';
for (const block of body) editor.append(render(block));
document.getElementById('root')?.append(editor);
