// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { safeExcerpt } from '../../../src/client/safe-excerpt.ts';

function render(excerpt: string): HTMLElement {
  const container = document.createElement('p');
  container.append(safeExcerpt(excerpt));
  document.body.append(container);
  return container;
}

describe('safeExcerpt', () => {
  it('keeps Pagefind’s highlights as <mark> and everything else as text', () => {
    const p = render('Set the <mark>severity</mark> level, then <mark>page</mark> the rota.');
    expect(p.innerHTML).toBe('Set the <mark>severity</mark> level, then <mark>page</mark> the rota.');
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['severity', 'page']);
  });

  it('shows page text that looks like markup as text (Pagefind encodes it)', () => {
    const p = render('Text with &lt;img src=x <mark>onerror=alert(1)&gt;</mark> inside');
    expect(p.textContent).toBe('Text with <img src=x onerror=alert(1)> inside');
    expect(p.querySelector('img')).toBeNull();
    expect(p.children).toHaveLength(1);
  });

  it('never creates an element other than <mark>, even from raw markup', () => {
    const alert = vi.fn();
    (globalThis as { alert?: unknown }).alert = alert;
    const p = render('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a><mark onclick="alert(4)">hit<b>bold</b></mark>');
    expect([...p.querySelectorAll('*')].map((e) => e.tagName)).toEqual(['MARK']);
    expect(p.querySelector('mark')?.attributes).toHaveLength(0);
    expect(p.textContent).toBe('alert(2)linkhitbold');
    expect(alert).not.toHaveBeenCalled();
  });

  it('decodes entities once, never twice', () => {
    expect(render('&amp;lt;b&amp;gt; &amp; &quot;quoted&quot;').textContent).toBe('&lt;b&gt; & "quoted"');
  });
});
