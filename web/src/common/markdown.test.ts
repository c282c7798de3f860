import { describe, expect, it } from 'vitest';
import { renderLessonMarkdown } from './markdown';

/** The rendered HTML as a document, to ask what survived. */
const rendered = (source: string) => {
  const root = document.createElement('div');
  root.innerHTML = renderLessonMarkdown(source);
  return root;
};

describe('renderLessonMarkdown', () => {
  it('renders the Markdown trainers write: headings, emphasis, lists, links, tables', () => {
    const root = rendered('# Prawa cudzoziemca\n\n**Ważne**: _zawsze_ tłumacz.\n\n- jeden\n- dwa\n\n[UdSC](https://www.gov.pl/web/udsc)\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(root.querySelector('h1')?.textContent).toBe('Prawa cudzoziemca');
    expect(root.querySelector('strong')?.textContent).toBe('Ważne');
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://www.gov.pl/web/udsc');
    expect(root.querySelector('table td')?.textContent).toBe('1');
  });

  it('shows raw HTML in the source as text: no script, no element of its own', () => {
    const root = rendered('Przed\n\n<script>alert(1)</script>\n\nTekst <img src=x onerror="alert(2)"> i <b onclick="alert(3)">pogrubienie</b>');
    expect(root.querySelector('script, img, b')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.innerHTML).not.toMatch(/<(script|img|b)[\s>]/i);
    const handlers = [...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.name).filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
  });

  it('drops javascript: and data: links, keeping their text', () => {
    const root = rendered('[kliknij](javascript:alert(1)) [obraz](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![x](javascript:alert(2))');
    for (const element of root.querySelectorAll('a, img')) {
      expect(element.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|data):/i);
      expect(element.getAttribute('src') ?? '').not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(root.innerHTML).not.toMatch(/javascript:/i);
    expect(root.textContent).toContain('kliknij');
  });

  it('an onerror= smuggled through Markdown syntax does not become an attribute', () => {
    const root = rendered('![x" onerror="alert(1)](https://example.org/a.png)\n\n[a](https://example.org "t\\" onmouseover=\\"alert(1)")');
    for (const element of root.querySelectorAll('*')) {
      expect([...element.attributes].map((a) => a.name).filter((name) => name.startsWith('on'))).toEqual([]);
    }
  });

  it('keeps a Markdown image while a raw <img> stays text', () => {
    const root = rendered('![obraz](https://example.org/x.png "t") <img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.org/x.png');
  });
});
