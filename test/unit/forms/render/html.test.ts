import { describe, expect, it } from 'vitest';
import { attrs, escapeHtml, html, raw } from '#functions/platform/html/html.ts';
import { elements, parseHtml, textContent } from './mini-dom.ts';

const attack = `"><script>alert('x')</script>&`;

describe('html', () => {
  it('escapes interpolated text so that it stays text', () => {
    // Act
    const markup = html`<p>${attack}</p>`.value;

    // Assess
    expect(markup).toBe('<p>&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>');
    const root = parseHtml(markup);
    expect(elements(root).map((e) => e.tag)).toEqual(['p']);
    expect(textContent(root)).toBe(attack);
  });

  it('escapes interpolated attribute values in either quote', () => {
    // Act
    const root = parseHtml(html`<a title="${attack}" data-x='${attack}'>x</a>`.value);

    // Assess
    const [link, ...others] = elements(root);
    expect(others).toEqual([]);
    expect(link?.attributes.get('title')).toBe(attack);
    expect(link?.attributes.get('data-x')).toBe(attack);
  });

  it('inserts markup from html and raw as it is, and lists item by item', () => {
    const items = ['a<', 'b'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${raw('<hr>')}`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul><hr>');
  });

  it('writes numbers, and nothing for false, true, null and undefined', () => {
    expect(html`${0}|${1.5}|${false}|${true}|${null}|${undefined}`.value).toBe('0|1.5||||');
  });

  it('writes attributes quoted and escaped, bare when true, not at all when false or undefined', () => {
    const written = attrs({ name: 'a"b', maxlength: 5, required: true, disabled: false, min: undefined });
    expect(written.value).toBe(' name="a&quot;b" maxlength="5" required');
  });

  it('escapes every character that could end text or an attribute', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
