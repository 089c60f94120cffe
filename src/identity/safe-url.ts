/**
 * What may replace a link in a list. A redirect's Location and a cache file's contents are written
 * by strangers; `--fix` must never let them write markdown. So a replacement is only ever a plain
 * absolute http(s) URL, in the WHATWG serialisation (ASCII only: punycode hosts, UTF-8
 * percent-encoded elsewhere), with every character that could end a link destination, an
 * autolink or a table cell, or start other markup, percent-encoded; and a DOI link stays a DOI link.
 *
 * Where the URL may stand, and what breaks there:
 * - `[text](URL)`: a space or control character ends it, `(` `)` must balance, `\` escapes the next
 *   character, `<` at the start changes the syntax;
 * - `<URL>`: a space, `<` or `>` ends it;
 * - a bare URL (GFM autolink literal): `<` ends it, and markup may start inside it;
 * - a table cell, around any of these: an unescaped `|` ends the cell, even inside a link or code;
 * - everywhere: `[` `]` start links and footnotes, `` ` `` starts code, `*` emphasis, `<` HTML, and
 *   `{` `}` are Liquid (`{{ … }}`, `{% … %}`) where a list is rendered by Jekyll.
 *
 * These are percent-encoded after the host: ( ) [ ] < > | \ ` { } " * and space. None of them is an
 * unreserved character and servers decode all of them (most are not even allowed unencoded by RFC
 * 3986), so the link still leads to the same page. `_` and `~` are left alone: they cannot end a
 * destination or a cell, intraword `_` starts no emphasis, and both are common in paper URLs
 * (`/~user/`, `file_name.pdf`), where encoding them would only make the list harder to read.
 * `&` is left alone too (it separates query parameters, so encoding it would change the URL), but a
 * URL with an `&` that reads as an HTML entity (`&amp;`, `&#41;`) is rejected: CommonMark decodes
 * entities in a destination, so the link would lead elsewhere than the URL says.
 *
 * Rejected outright (undefined): control characters (newlines above all) and leading or trailing
 * whitespace, which the URL parser would silently drop; entity references; anything but an absolute http(s) URL;
 * user names and passwords (`https://arxiv.org@evil.example/`); host names with anything but
 * letters, digits, `-`, `_` and dots (the URL standard lets `(`, `*`, `` ` `` and `"` through in
 * host names, and they cannot be percent-encoded there); URLs longer than
 * {@link maxReplacementUrlLength}; and a non-DOI URL in place of a DOI link.
 */

/** Long enough for any paper's address; longer ones are tracking or session URLs, never worth writing. */
export const maxReplacementUrlLength = 2048;

/** The hosts of DOI links: a stable identifier must not be swapped for a publisher's (session) URL. */
export const doiHosts: readonly string[] = ['doi.org', 'dx.doi.org', 'www.doi.org'];

const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const markdownSignificant = /[()[\]<>|\\`{}"* ]/g;
const entityReference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const plainHostname = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$/;
const ipv6Literal = /^\[[0-9a-f:.]+\]$/;

/**
 * `candidate` as it may be written in place of the link `original`, or undefined when it must not
 * be written at all. Idempotent: a URL this returns is returned unchanged.
 */
export function safeReplacementUrl(candidate: string, original: string): string | undefined {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > maxReplacementUrlLength) return undefined;
  if (controlCharacter.test(candidate) || candidate.trim() !== candidate) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (!plainHostname.test(url.hostname) && !ipv6Literal.test(url.hostname)) return undefined;
  if (isDoiLink(original) && !isDoiUrl(url)) return undefined;
  const origin = `${url.protocol}//${url.host}`;
  const href = url.href;
  // The serialisation always starts with the origin for http(s); anything else is a parser surprise.
  if (!href.startsWith(origin)) return undefined;
  const rest = href.slice(origin.length).replace(markdownSignificant, percentEncode);
  const safe = origin + rest;
  if (safe.length > maxReplacementUrlLength || !/^[\x21-\x7e]+$/.test(safe) || entityReference.test(safe)) return undefined;
  // Encoding must not have changed what the URL is: parsed again, it must come back byte for byte.
  try {
    if (new URL(safe).href !== safe) return undefined;
  } catch {
    return undefined;
  }
  return safe;
}

/** True for a link to doi.org (or dx.doi.org), whatever its case or a trailing dot. */
export function isDoiLink(link: string): boolean {
  try {
    return isDoiUrl(new URL(link.trim()));
  } catch {
    return false;
  }
}

function isDoiUrl(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 0x2e) end -= 1;
  return doiHosts.includes(host.slice(0, end));
}

const percentEncode = (character: string) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
