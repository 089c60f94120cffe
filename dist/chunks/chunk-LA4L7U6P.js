import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  normalizeTitle
} from "./chunk-PVIX2U5C.js";
import {
  isPublicationUrl,
  normalizeUrl,
  paperIdOf
} from "./chunk-UEHH3VF2.js";

// src/parse/visible-text.ts
function visibleText(node) {
  return collapse(collectText(node));
}
function collectText(node) {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "html":
    case "image":
    case "imageReference":
    case "break":
      return " ";
    default:
      return "children" in node ? node.children.map(collectText).join("") : "";
  }
}
var collapse = (text) => text.replace(/\s+/g, " ").trim();

// src/parse/walk.ts
function walk(node, visit) {
  if (visit(node) === false) return;
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

// src/parse/cells.ts
var spanKinds = {
  link: "link",
  linkReference: "linkReference",
  image: "image",
  imageReference: "image",
  inlineCode: "code",
  html: "html"
};
function cellOf(node, source, start, end, pointOf, definitions) {
  const links = [];
  const inline = [];
  const targetOf = (n) => n.type === "link" ? n.url : n.type === "linkReference" ? definitions.get(n.identifier) : void 0;
  const visible = visibleText(node);
  const text = visible === source ? source : visible;
  walk(node, (n) => {
    const url = targetOf(n);
    if (url === void 0) return;
    const linkText = visibleText(n);
    links.push({ url, text: linkText === text ? text : linkText, start: pointOf(n.position?.start.offset ?? start), end: pointOf(n.position?.end.offset ?? end) });
  });
  walk(node, (n) => {
    const kind = spanKinds[n.type];
    if (!kind) return true;
    const url = targetOf(n);
    inline.push({ kind, start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0, ...url !== void 0 && { url } });
    return false;
  });
  return { text, raw: source, start: pointOf(start), end: pointOf(end), links: exactly(links), inline: exactly(inline) };
}
var exactly = (items) => items.length === 0 ? [] : items.slice();

// src/parse/papers.ts
function paperEntries(tables, conventions, placeholders) {
  const entries = [];
  tables.forEach((table, tableIndex) => {
    if (table.titleColumn < 0) return;
    const split = conventions[tableIndex]?.splitRows ?? /* @__PURE__ */ new Map();
    const secondHalves = new Set(split.values());
    for (const row of table.rows) {
      if (split.has(row.line) || secondHalves.has(row.line)) continue;
      const titleCell = row.cells[table.titleColumn];
      const title = titleCell?.text ?? "";
      if (standsForNoPaper(title, table, placeholders) || isEmptyRow(row) || isTemplateRow(row)) continue;
      const links = [table.titleColumn, ...table.linkColumns].flatMap((column) => row.cells[column]?.links ?? []);
      entries.push({
        table,
        tableIndex,
        row,
        titleCell,
        title,
        normalizedTitle: normalizeTitle(withoutTags(title)),
        venueCell: table.venueColumn >= 0 ? row.cells[table.venueColumn] : void 0,
        links: exactly(links),
        ids: exactly(identitiesOf(table, row))
      });
    }
  });
  return entries;
}
var isTemplateRow = (row) => {
  const links = row.cells.flatMap((cell) => cell.links);
  return links.length > 0 && links.every((link) => /^(?:link|url|#|x{3,}|todo|tbd|your[-_ ]?link)$/i.test(link.url.trim()));
};
var isEmptyRow = (row) => row.cells.every((cell) => cell.raw.trim() === "");
function standsForNoPaper(title, table, placeholders) {
  const text = title.trim().toLowerCase();
  if (text === "") return false;
  const header = table.header.cells[table.titleColumn]?.text.trim().toLowerCase();
  return text === header || placeholders.has(text) || /^(?:\.{3}|…|x{3,}|title|paper title|your title)$/.test(text);
}
function withoutTags(title) {
  const stripped = title.replace(/^(?:[\p{Extended_Pictographic}\uFE0F\s]*\[[^\]]{1,60}\][ \t]+)+/u, "");
  return stripped.trim() === "" ? title : stripped;
}
function identitiesOf(table, row) {
  const ids = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (id, link) => {
    if (!id || seen.has(id.key)) return;
    seen.add(id.key);
    ids.push({ id, link });
  };
  const titleCell = row.cells[table.titleColumn];
  for (const link of titleCell?.links ?? []) {
    const paper = paperIdOf(link.url);
    const url = isPublicationUrl(link.url) ? normalizeUrl(link.url) : void 0;
    add(paper ?? (url ? { key: `url:${url}`, label: link.url } : void 0), link);
  }
  for (const column of table.linkColumns) {
    for (const link of row.cells[column]?.links ?? []) add(paperIdOf(link.url), link);
  }
  return ids;
}
function scopeGroups(entries, scope) {
  if (scope === "file") return [entries];
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const group = groups.get(entry.tableIndex) ?? [];
    group.push(entry);
    groups.set(entry.tableIndex, group);
  }
  return [...groups.values()];
}
function titledPapers(papers) {
  return papers.filter((entry) => entry.normalizedTitle !== "");
}
function samePlace(a, b) {
  return a.tableIndex === b.tableIndex || a.table.section.join("\0") === b.table.section.join("\0");
}
function chronologicalSections(a, b) {
  const year = (entry) => {
    const heading = (entry.table.section.at(-1) ?? "").replace(/\[[^\]]*\]/g, "").trim();
    return /^((?:19|20)\d{2})\b/.exec(heading)?.[1] ?? /\b((?:19|20)\d{2})$/.exec(heading)?.[1];
  };
  const [first, second] = [year(a), year(b)];
  return first !== void 0 && second !== void 0 && first !== second;
}
function sectionName(entry) {
  const heading = entry.table.section.at(-1);
  return heading ? `under '${heading.length > 50 ? `${heading.slice(0, 49)}\u2026` : heading}'` : "in another table";
}
var crossListingThreshold = 3;
function crossListingHabit(papers) {
  const seen = /* @__PURE__ */ new Map();
  let repeats = 0;
  for (const entry of papers) {
    const keys = [`title:${entry.normalizedTitle}`, ...entry.ids.map(({ id }) => id.key)];
    const earlier = keys.map((key) => seen.get(key)).find((first) => first !== void 0);
    if (earlier && !samePlace(earlier, entry)) repeats += 1;
    for (const key of keys) if (!seen.has(key)) seen.set(key, entry);
    if (repeats >= crossListingThreshold) return true;
  }
  return false;
}

export {
  visibleText,
  walk,
  cellOf,
  exactly,
  paperEntries,
  withoutTags,
  scopeGroups,
  titledPapers,
  samePlace,
  chronologicalSections,
  sectionName,
  crossListingHabit
};
