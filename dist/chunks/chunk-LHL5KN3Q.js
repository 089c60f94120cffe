import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

// src/links/collect.ts
function collectLinks(models, scope) {
  const targets = /* @__PURE__ */ new Map();
  const add = (model, url, startOffset, endOffset) => {
    const key = dedupeKey(url);
    if (key === void 0) return;
    const start = pointAt(model.lineStarts, startOffset);
    const end = pointAt(model.lineStarts, endOffset);
    const occurrence = {
      path: model.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: startOffset,
      endOffset
    };
    const target = targets.get(key);
    if (target) target.occurrences.push(occurrence);
    else targets.set(key, { url, occurrences: [occurrence] });
  };
  for (const model of models) {
    if (scope === "tables") {
      for (const table of model.tables) {
        if (table.titleColumn < 0) continue;
        const columns = [table.titleColumn, ...table.linkColumns];
        for (const row of table.rows) {
          for (const column of columns) {
            for (const link of row.cells[column]?.links ?? []) add(model, link.url, link.start.offset, link.end.offset);
          }
        }
      }
    } else {
      const walk = (node) => {
        if (node.type === "link" || node.type === "definition") {
          add(model, node.url, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        }
        if ("children" in node) for (const child of node.children) walk(child);
      };
      walk(model.root);
    }
  }
  return [...targets.values()];
}
function dedupeKey(url) {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return void 0;
  try {
    const parsed = new URL(trimmed);
    parsed.hash = "";
    return parsed.href;
  } catch {
    return void 0;
  }
}

// src/meta.ts
var version = "0.1.0";
var repositoryUrl = "https://github.com/lint-list/lint-list";

export {
  lineStartsOf,
  pointAt,
  lineText,
  collectLinks,
  dedupeKey,
  version,
  repositoryUrl
};
