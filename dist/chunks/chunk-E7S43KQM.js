import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  repositoryUrl,
  version
} from "./chunk-VS7LWJUL.js";

// src/parse/position.ts
function lineStartsOf(text) {
  const starts = [0];
  lineEnding.lastIndex = 0;
  while (lineEnding.exec(text) !== null) starts.push(lineEnding.lastIndex);
  return starts;
}
var lineEnding = /\r\n?|\n/g;
function pointAt(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
}
function lineText(text, lineStarts, line) {
  const start = lineStarts[line - 1] ?? text.length;
  let end = lineStarts[line] ?? text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end -= 1;
  if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
  return text.slice(start, end);
}

// src/links/types.ts
var defaultLinkCheckOptions = {
  timeoutMs: 15e3,
  retries: 2,
  concurrency: 32,
  hostConcurrency: 4,
  hosts: { "arxiv.org": { intervalMs: 300 } },
  acceptStatus: [],
  userAgent: `lint-list/${version} (+${repositoryUrl})`,
  allowPrivateHosts: false,
  exclude: [],
  maxRetryAfterMs: 6e4,
  retryBaseMs: 500
};

// src/parse/links-in-scope.ts
function linksInScope(model, scope) {
  if (scope === "all") return model.documentLinks ?? [];
  return model.papers.flatMap((entry) => entry.links.map((link) => ({ url: link.url, start: link.start.offset, end: link.end.offset })));
}

export {
  linksInScope,
  lineStartsOf,
  pointAt,
  lineText,
  defaultLinkCheckOptions
};
