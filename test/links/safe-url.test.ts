import fc from 'fast-check';
import type { Link, Parent, Root, RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isDoiLink, maxReplacementUrlLength, safeReplacementUrl } from '../../src/identity/safe-url.js';
import { loadMarkdownParser } from '../../src/parse/parser.js';

const parse = await loadMarkdownParser();
const original = 'https://example.org/paper';

/** The links and table cells remark-gfm reads from a one-row table whose middle cell is `cell`. */
function readRow(cell: string): { cells: number; links: string[]; html: number } {
  const tree = parse(`| A | B | C |\n| - | - | - |\n| a | ${cell} | c |\n`) as Root;
  const table = tree.children.find((node): node is Table => node.type === 'table');
  const links: string[] = [];
  let html = 0;
  const walk = (node: Root | RootContent) => {
    if (node.type === 'link') links.push((node as Link).url);
    if (node.type === 'html') html += 1;
    for (const child of (node as Parent).children ?? []) walk(child);
  };
  walk(tree);
  return { cells: table?.children[1]?.children.length ?? 0, links, html };
}

describe('safeReplacementUrl', () => {
  it('percent-encodes the cell-splitting Location of issue 11 instead of writing three cells and a foreign link', () => {
    // What the checker made of `Location: /ok/a)|INJECTED|[click](https://evil.example/x` on 127.0.0.1.
    const finalUrl = new URL('/ok/a)|INJECTED|[click](https://evil.example/x', 'http://127.0.0.1:8080/old').href;
    expect(finalUrl).toBe('http://127.0.0.1:8080/ok/a)|INJECTED|[click](https://evil.example/x');
    const safe = safeReplacementUrl(finalUrl, 'http://127.0.0.1:8080/old');
    expect(safe).toBe('http://127.0.0.1:8080/ok/a%29%7CINJECTED%7C%5Bclick%5D%28https://evil.example/x');
    expect(readRow(`[Paper](${finalUrl})`)).toMatchObject({ cells: 5 }); // what the raw URL did
    expect(readRow(`[Paper](${safe})`)).toEqual({ cells: 3, links: [safe], html: 0 });
    // The Location itself is relative: never a replacement.
    expect(safeReplacementUrl('/ok/a)|INJECTED|[click](https://evil.example/x', original)).toBeUndefined();
  });

  it('rejects a cached finalUrl with newlines, a heading and a <script>', () => {
    const hostile = 'https://example.org/x\n\n# Owned\n\n<script>alert(1)</script>';
    expect(safeReplacementUrl(hostile, original)).toBeUndefined();
    expect(safeReplacementUrl('https://example.org/x\r\n<script>', original)).toBeUndefined();
    expect(safeReplacementUrl('https://example.org/x\t', original)).toBeUndefined();
    expect(safeReplacementUrl('https://example.org/\u2028x', original)).toBeUndefined();
    expect(safeReplacementUrl('https://example.org/\u0085x', original)).toBeUndefined();
    expect(safeReplacementUrl(' https://example.org/x', original)).toBeUndefined();
    // Without control characters, the markup is encoded and stays text inside the URL.
    expect(safeReplacementUrl('https://example.org/<script>alert(1)</script>', original)).toBe('https://example.org/%3Cscript%3Ealert%281%29%3C/script%3E');
  });

  it('accepts only absolute http(s) URLs without credentials or odd host names', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'mailto:someone@example.org',
      'ftp://example.org/paper.pdf',
      '//evil.example/x',
      'paper.pdf',
      'https://arxiv.org@evil.example/x',
      'https://user:pass@example.org/',
      'http://a(b).example/x',
      'http://a*b.example/',
      'http://a`b.example/',
      'http://a"b.example/',
      'http://a{b}.example/',
      '',
      'not a url',
    ]) {
      expect([bad, safeReplacementUrl(bad, original)]).toEqual([bad, undefined]);
    }
    expect(safeReplacementUrl('HTTPS://Example.ORG/Paper', original)).toBe('https://example.org/Paper');
    expect(safeReplacementUrl('https://example.org:443/a', original)).toBe('https://example.org/a');
    expect(safeReplacementUrl('http://[::1]:8080/a', original)).toBe('http://[::1]:8080/a');
    expect(safeReplacementUrl('https://bücher.example/é?q=é#é', original)).toBe('https://xn--bcher-kva.example/%C3%A9?q=%C3%A9#%C3%A9');
  });

  it('encodes ( ) [ ] < > | \\ ` { } " * and spaces after the host, and leaves _ ~ & alone', () => {
    expect(safeReplacementUrl('https://example.org/a b|c(d)[e]{f}`g"h<i>j*k_l~m?q=a b|c(d)[e]{f}`g\\h"i<j>k*&x=1#f a|(b)[c]`\\*', original)).toBe(
      'https://example.org/a%20b%7Cc%28d%29%5Be%5D%7Bf%7D%60g%22h%3Ci%3Ej%2Ak_l~m?q=a%20b%7Cc%28d%29%5Be%5D%7Bf%7D%60g%5Ch%22i%3Cj%3Ek%2A&x=1#f%20a%7C%28b%29%5Bc%5D%60%5C%2A',
    );
    expect(safeReplacementUrl('https://en.wikipedia.org/wiki/Transformer_(deep_learning_architecture)', original)).toBe(
      'https://en.wikipedia.org/wiki/Transformer_%28deep_learning_architecture%29',
    );
  });

  it('rejects what markdown would read as an HTML entity, since the link would lead elsewhere', () => {
    expect(safeReplacementUrl('https://example.org/?a=1&amp;b=2', original)).toBeUndefined();
    expect(safeReplacementUrl('https://example.org/&#41;', original)).toBeUndefined();
    expect(safeReplacementUrl('https://example.org/&#x29;', original)).toBeUndefined();
    expect(safeReplacementUrl('https://example.org/?a=1&b=2&c', original)).toBe('https://example.org/?a=1&b=2&c');
  });

  it('caps the length', () => {
    const long = `https://example.org/${'a'.repeat(maxReplacementUrlLength)}`;
    expect(safeReplacementUrl(long, original)).toBeUndefined();
    const fits = `https://example.org/${'a'.repeat(maxReplacementUrlLength - 'https://example.org/'.length)}`;
    expect(safeReplacementUrl(fits, original)).toBe(fits);
    // Encoding may make a URL too long: three bytes for each `|`.
    expect(safeReplacementUrl(`https://example.org/${'|'.repeat(700)}`, original)).toBeUndefined();
  });

  it('never turns a DOI link into a non-DOI link', () => {
    expect(isDoiLink('https://dx.doi.org/10.1000/xyz')).toBe(true);
    expect(isDoiLink('https://DOI.ORG./10.1000/xyz')).toBe(true);
    expect(isDoiLink('https://doi.org.evil.example/10.1000/xyz')).toBe(false);
    expect(safeReplacementUrl('https://doi.org/10.1000/xyz', 'http://dx.doi.org/10.1000/xyz')).toBe('https://doi.org/10.1000/xyz');
    expect(safeReplacementUrl('https://publisher.example/article/xyz?session=abc', 'https://doi.org/10.1000/xyz')).toBeUndefined();
    expect(safeReplacementUrl('https://publisher.example/article/xyz?session=abc', 'https://dx.doi.org/10.1000/xyz')).toBeUndefined();
    expect(safeReplacementUrl('https://doi.org.evil.example/10.1000/xyz', 'https://doi.org/10.1000/xyz')).toBeUndefined();
    // A DOI with markdown in it stays a DOI link, encoded.
    expect(safeReplacementUrl('https://doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O', 'https://dx.doi.org/10.1002/x')).toBe(
      'https://doi.org/10.1002/%28SICI%291097-4571%28199806%2949:8%3C693::AID-ASI4%3E3.0.CO;2-O',
    );
    // The other way round is fine: a publisher link may become a DOI link.
    expect(safeReplacementUrl('https://doi.org/10.1000/xyz', 'https://publisher.example/xyz')).toBe('https://doi.org/10.1000/xyz');
  });

  it('on any input: undefined, or an idempotent URL that stays one link in one cell in [t](u), <u> and bare form', () => {
    const piece = fc.oneof(
      fc.constantFrom('(', ')', '[', ']', '<', '>', '|', '\\', '`', '{', '}', '"', "'", '*', '_', '~', ' ', '\n', '#', '?', '&', '%', '!', '$', '/', ':', '@', '.', 'é', '&amp;'),
      fc.string({ maxLength: 4 }),
    );
    const path = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.constantFrom('http://example.org/', 'https://arxiv.org/abs/', 'https://doi.org/'), path, (origin, rest) => {
        const safe = safeReplacementUrl(origin + rest, original);
        if (safe === undefined) return;
        expect(safeReplacementUrl(safe, original)).toBe(safe);
        expect(safe).toMatch(/^https?:\/\/[\x21-\x7e]+$/);
        expect(safe).not.toMatch(/[()[\]<>|\\`{}"*]/);
        expect(readRow(`[Paper](${safe})`)).toEqual({ cells: 3, links: [safe], html: 0 });
        expect(readRow(`<${safe}>`)).toEqual({ cells: 3, links: [safe], html: 0 });
        const bare = readRow(safe);
        expect(bare.cells).toBe(3);
        expect(bare.html).toBe(0);
        expect(bare.links).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });
});
