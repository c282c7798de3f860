import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown';

describe('lesson Markdown as officers see it', () => {
  it('renders headings, emphasis, lists and links', () => {
    const html = renderMarkdown('# Tłumacz\n\nRozmawiaj **krótkimi** zdaniami.\n\n- jeden\n- dwa\n\n[UdSC](https://www.gov.pl/web/udsc)');
    expect(html).toContain('<h1>Tłumacz</h1>');
    expect(html).toContain('<strong>krótkimi</strong>');
    expect(html).toContain('<li>jeden</li>');
    expect(html).toContain('<a href="https://www.gov.pl/web/udsc">UdSC</a>');
  });

  it('shows raw HTML as text: no script, no element of its own', () => {
    const html = renderMarkdown('Przed\n\n<script>alert("x")</script>\n\nPo <b onclick="alert(1)">tekst</b>');
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.querySelector('script')).toBeNull();
    expect(box.querySelector('b')).toBeNull();
    expect(box.textContent).toContain('<script>alert("x")</script>');
  });

  it('drops event handlers and javascript: URLs wherever they come from', () => {
    const html = renderMarkdown('[kliknij](javascript:alert(1)) ![obraz](x.png "t") <img src=x onerror=alert(1)>\n\n[też](JaVaScRiPt:alert(2))');
    const box = document.createElement('div');
    box.innerHTML = html;
    for (const a of box.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    for (const element of box.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/);
    }
    expect(html).not.toMatch(/javascript:/i);
    expect(box.querySelectorAll('img')).toHaveLength(1); // the Markdown image; the raw <img> stays text
  });
});
