import { RE2JS } from 're2js';

/**
 * User regexes (links.exclude) run on every link of a list, and a pull request can bring its own
 * config: a pattern such as `(a+)+$` takes exponential time in JavaScript's backtracking engine and
 * would hang the run. So patterns run on RE2 (the pure-JavaScript port `re2js`), which matches in
 * time linear in the URL whatever the pattern.
 *
 * The pattern is written in JavaScript syntax, as before; what RE2 cannot do in linear time
 * (lookahead, lookbehind, backreferences) is an error when the config is read, never a slow run.
 * The two engines then agree: `\d`, `\w`, `\b` are ASCII in both, `^` and `$` (no flags) are the
 * start and end of the whole URL in both, and `.` and `\s` are rewritten to what JavaScript means.
 */

export interface SafePattern {
  test(url: string): boolean;
  /** The pattern as written. */
  readonly source: string;
}

/** Longer patterns are lists of hosts better split into several patterns; RE2 also bounds a program's size. */
export const maxPatternLength = 4096;

/** Either a pattern that matches in linear time, or one line saying why the source is refused. */
export function compileSafePattern(source: string): SafePattern | { error: string } {
  if (typeof source !== 'string') return { error: 'a pattern must be a string' };
  if (source.length > maxPatternLength) return { error: `the pattern is ${source.length} characters long; at most ${maxPatternLength} are allowed` };
  // JavaScript first: a pattern must mean what it says in the language it is written in.
  try {
    new RegExp(source);
  } catch (error) {
    return { error: `invalid regular expression: ${firstLine(error).replace(/^Invalid regular expression: /, '')}` };
  }
  const translated = toRe2(source);
  if ('unsupported' in translated) return { error: `${translated.unsupported} is not supported: patterns run on a linear-time engine (RE2) so that no pattern can stall the run` };
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(translated.source));
  } catch (error) {
    return { error: `not supported by the linear-time engine (RE2): ${firstLine(error).replace(/^error parsing regexp: /, '')}` };
  }
  return {
    source,
    test: (url: string) => compiled.test(url),
  };
}

/** JavaScript's \s (without the u flag: the same list) spelled out, for RE2's \s is ASCII only. */
const jsSpace = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** JavaScript's `.` (without the s flag); RE2's only leaves out \n. */
const jsDot = '[^\\n\\r\\u2028\\u2029]';
/** Escapes with a letter or digit that mean the same in both engines (\u is rewritten by re2js, \c by it too). */
const sharedEscape = /^(?:[dDwWbBnrtfv]|0(?![0-9])|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z])/;

/**
 * The source in RE2's terms, or why it cannot be: scanned outside and inside character classes,
 * escapes included, so that `[(?=]` and `\(?=` are no lookahead. Lookaround and backreferences
 * are refused; `.` and `\s` are spelled out as JavaScript means them; and an escaped letter that
 * JavaScript reads as the letter itself (`\z`, `\p`, `\a`) but RE2 as something else is refused.
 */
function toRe2(source: string): { source: string } | { unsupported: string } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    if (c === '\\') {
      const rest = source.slice(i + 1);
      const next = rest[0] ?? '';
      if (!/[0-9A-Za-z]/.test(next)) {
        out += c + next;
        i += 1;
        continue;
      }
      if (/[1-9]/.test(next)) return { unsupported: inClass ? `an octal escape (\\${next})` : `a backreference (\\${next})` };
      if (next === 'k' && rest[1] === '<') return { unsupported: 'a named backreference (\\k<…>)' };
      if (next === 's') {
        out += inClass ? jsSpace : `[${jsSpace}]`;
        i += 1;
        continue;
      }
      if (next === 'S') {
        if (inClass) return { unsupported: '\\S inside a character class' };
        out += `[^${jsSpace}]`;
        i += 1;
        continue;
      }
      const shared = sharedEscape.exec(rest);
      if (!shared) return { unsupported: `the escape \\${next} (JavaScript reads it as a plain ${next}; write ${next})` };
      out += c + shared[0];
      i += shared[0].length;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      // `[]` and `[^]` close at once in JavaScript; re2js translates both.
      const empty = /^\[\^?\]/.exec(source.slice(i));
      if (empty) {
        out += empty[0];
        i += empty[0].length - 1;
        continue;
      }
      inClass = true;
      out += c;
      // A `^` right after `[` negates; it is copied here so the class body starts after it.
      if (source[i + 1] === '^') {
        out += '^';
        i += 1;
      }
      continue;
    }
    if (c === '.') {
      out += jsDot;
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      const after = source.slice(i + 2, i + 4);
      if (after.startsWith('=') || after.startsWith('!')) return { unsupported: `a lookahead "${source.slice(i, i + 3)}"` };
      if (after === '<=' || after === '<!') return { unsupported: `a lookbehind "${source.slice(i, i + 4)}"` };
    }
    out += c;
  }
  return { source: out };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
