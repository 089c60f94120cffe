import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/identity/safe-url.ts
var maxReplacementUrlLength = 2048;
var doiHosts = ["doi.org", "dx.doi.org", "www.doi.org"];
var controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
var markdownSignificant = /[()[\]<>|\\`{}"* ]/g;
var entityReference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
var plainHostname = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$/;
var ipv6Literal = /^\[[0-9a-f:.]+\]$/;
function safeReplacementUrl(candidate, original) {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > maxReplacementUrlLength) return void 0;
  if (controlCharacter.test(candidate) || candidate.trim() !== candidate) return void 0;
  let url;
  try {
    url = new URL(candidate);
  } catch {
    return void 0;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return void 0;
  if (url.username !== "" || url.password !== "") return void 0;
  if (!plainHostname.test(url.hostname) && !ipv6Literal.test(url.hostname)) return void 0;
  if (isDoiLink(original) && !isDoiUrl(url)) return void 0;
  const origin = `${url.protocol}//${url.host}`;
  const href = url.href;
  if (!href.startsWith(origin)) return void 0;
  const rest = href.slice(origin.length).replace(markdownSignificant, percentEncode);
  const safe = origin + rest;
  if (safe.length > maxReplacementUrlLength || !/^[\x21-\x7e]+$/.test(safe) || entityReference.test(safe)) return void 0;
  try {
    if (new URL(safe).href !== safe) return void 0;
  } catch {
    return void 0;
  }
  return safe;
}
function isDoiLink(link) {
  try {
    return isDoiUrl(new URL(link.trim()));
  } catch {
    return false;
  }
}
function isDoiUrl(url) {
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const host = url.hostname.toLowerCase();
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end -= 1;
  return doiHosts.includes(host.slice(0, end));
}
var percentEncode = (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;

export {
  safeReplacementUrl
};
