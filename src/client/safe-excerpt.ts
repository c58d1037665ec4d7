/**
 * Turns a Pagefind excerpt into DOM nodes without ever parsing it as live
 * markup: only the text and Pagefind's <mark> highlights survive, so page
 * text such as `<img onerror=…>` can never run.
 */
export function safeExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // DOMParser documents are inert: no scripts run and no resources load.
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return fragment;
}
