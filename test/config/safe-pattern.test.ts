import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSafePattern, maxPatternLength, type SafePattern } from '../../src/config/safe-pattern.js';

const compiled = (source: string): SafePattern => {
  const pattern = compileSafePattern(source);
  if ('error' in pattern) throw new Error(`${source}: ${pattern.error}`);
  return pattern;
};

describe('compileSafePattern', () => {
  it('runs (a+)+$ on a long hostile URL without backtracking', () => {
    // JavaScript's engine takes about 2^n steps here: n = 30 is minutes, n = 100,000 never ends.
    const url = `https://example.org/${'a'.repeat(100_000)}!`;
    expect(compiled('(a+)+$').test(url)).toBe(false);
    expect(compiled('(a+)+$').test('https://example.org/aaa')).toBe(true);
    expect(compiled('^(\\w+\\s?)*$').test(`${'word '.repeat(20_000)}!`)).toBe(false);
    expect(compiled('(.*a){12}').test('a'.repeat(50_000))).toBe(true);
  });

  it('matches what the same pattern matches in JavaScript on typical exclude patterns', () => {
    const cases: Array<[string, string, boolean]> = [
      ['^https://example\\.org/', 'https://example.org/paper', true],
      ['^https://example\\.org/', 'http://example.org/paper', false],
      ['\\.pdf$', 'https://x.org/a.pdf', true],
      ['\\.pdf$', 'https://x.org/a.pdf?download=1', false],
      ['^https?://(www\\.)?(twitter|x)\\.com/', 'https://x.com/someone', true],
      ['/\\d{4}\\.\\d{4,5}(v\\d+)?$', 'https://arxiv.org/abs/2401.01234v2', true],
      ['localhost|127\\.0\\.0\\.1', 'http://127.0.0.1:8080/', true],
      ['[^/]+\\.example\\.org', 'https://a.example.org/', true],
      ['^https://github\\.com/[\\w.-]+/[\\w.-]+/?$', 'https://github.com/owner/repo/', true],
      ['\\bdraft\\b', 'https://x.org/draft-paper', true],
      ['\\/abs\\/', 'https://arxiv.org/abs/1', true],
      ['(?<name>arxiv)\\.org', 'https://arxiv.org/', true],
      ['(?:a|b)c', 'https://x/bc', true],
      ['[^]', 'x', true],
      ['a.c', 'a\nc', false],
      ['É', 'https://x.org/É', true],
    ];
    for (const [source, url, expected] of cases) {
      expect([source, url, new RegExp(source).test(url)]).toEqual([source, url, expected]);
      expect([source, url, compiled(source).test(url)]).toEqual([source, url, expected]);
    }
  });

  it('agrees with JavaScript on random patterns of the common constructs and random URLs', () => {
    const atom = fc.constantFrom('a', 'b', '\\.', '/', '\\d', '\\w', '\\W', '\\s', '\\S', '[\\s1]', '\\b', '[ab]', '[^a]', '.', '(?:a|b)', '(a|bb)', 'x', '\\/', '-', '\\u00e9', '\\x41', '[^]', '\\0');
    const quantified = fc.tuple(atom, fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '*?')).map(([a, q]) => a + q);
    const pattern = fc
      .tuple(fc.constantFrom('', '^'), fc.array(quantified, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '$'))
      .map(([start, body, end]) => start + body.join('') + end);
    const url = fc
      .array(fc.constantFrom('a', 'b', 'x', 'A', '.', '/', '1', '-', '_', 'é', ' ', '\r', '\n', '\u2028', '\u00a0', '\ufeff', '\0'), { maxLength: 16 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(pattern, url, (source, text) => {
        let native: RegExp;
        try {
          native = new RegExp(source);
        } catch {
          return; // not a pattern in JavaScript either
        }
        const safe = compileSafePattern(source);
        // Refusing is fine (the config reports it); matching differently never is.
        if ('error' in safe) expect(safe.error).not.toContain('\n');
        else expect([source, text, safe.test(text)]).toEqual([source, text, native.test(text)]);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what RE2 cannot do in linear time, with one line saying so', () => {
    for (const [source, message] of [
      ['(?=x)a', 'a lookahead "(?=" is not supported: patterns run on a linear-time engine (RE2) so that no pattern can stall the run'],
      ['a(?!b)', 'a lookahead "(?!" is not supported'],
      ['(?<=a)b', 'a lookbehind "(?<=" is not supported'],
      ['(?<!a)b', 'a lookbehind "(?<!" is not supported'],
      ['(a)\\1', 'a backreference (\\1) is not supported'],
      ['(?<n>a)\\k<n>', 'a named backreference (\\k<…>) is not supported'],
      ['(x{1000}){1000}', 'not supported by the linear-time engine (RE2): invalid repeat count: `{1000}`'],
      ['\\z', 'the escape \\z (JavaScript reads it as a plain z; write z) is not supported'],
      ['\\p{L}', 'the escape \\p (JavaScript reads it as a plain p; write p) is not supported'],
      ['[\\1]', 'an octal escape (\\1) is not supported'],
      ['[\\S]', '\\S inside a character class is not supported'],
      ['(', 'invalid regular expression: /(/: Unterminated group'],
      ['a'.repeat(maxPatternLength + 1), `the pattern is ${maxPatternLength + 1} characters long; at most ${maxPatternLength} are allowed`],
    ] as const) {
      const result = compileSafePattern(source);
      expect('error' in result).toBe(true);
      const error = (result as { error: string }).error;
      expect([source, error.startsWith(message)]).toEqual([source, true]);
      expect(error).not.toContain('\n');
    }
    // Inside a class or escaped, these are plain characters.
    expect(compiled('[(?=]x').test('=x')).toBe(true);
    expect(compiled('\\(?=x').test('=x')).toBe(true);
  });
});
