import { parseReportedArxivId } from '../metadata/arxiv-id.js';
import type { Cell, ListModel } from '../parse/model.js';
import { pointAt } from '../parse/position.js';
import { docsUrl, type Edit, type Finding, findingAt, quote, type Rule, withFix } from './types.js';

const id = 'link-syntax';

interface Candidate {
  start: number;
  end: number;
  message: string;
  /** The repair, when there is exactly one right one: the text that replaces start..end. */
  replacement?: string;
}

/** Hosts whose addresses people paste without `https://`; GitHub then makes a relative, broken link. */
const schemeLessHost = /^(?:www\.|(?:[a-z0-9-]+\.)*(?:arxiv\.org|doi\.org|openreview\.net|github\.com|aclanthology\.org|semanticscholar\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|openaccess\.thecvf\.com|dl\.acm\.org|ieeexplore\.ieee\.org|link\.springer\.com|sciencedirect\.com|nature\.com|huggingface\.co)\b)/i;
/** Whether a text may hold one of the hosts `schemeLessInText` looks for (a quick test before it). */
const knownHostInText = /arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|openaccess\.thecvf\.com/i;
const schemeLessInText = /(?<![\w/.:@-])((?:[a-z0-9-]+\.)*(?:arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|openaccess\.thecvf\.com)\/[^\s|)\]]+)/gi;

/** Bracketed text that is no forgotten link: arXiv categories, citation numbers, task boxes. */
const harmlessBrackets = /^(?:\s*[a-z-]+\s*(?:\.\s*[A-Za-z-]+)?\s*|\d+(?:[,–-]\s*\d+)*|[ xX]|\^.*)$/;

/** Each pattern finds one way contributors break a link; earlier ones win where two overlap. */
const rawChecks: Array<{
  pattern: RegExp;
  message: (match: RegExpExecArray) => string | undefined;
  replacement?: (match: RegExpExecArray) => string;
}> = [
  {
    // [[Inner](url1)](url2); a linked badge [![alt](img)](url) is fine
    pattern: /\[[^[\]]*(?<!!)\[[^[\]]*\]\([^()\s]*\)[^[\]]*\]\([^()\s]*\)/g,
    message: () => "A link sits inside another link's text; GitHub keeps only one: make it a single [Title](url).",
  },
  {
    // [Title] (url)
    pattern: /\[([^[\]]+)\][ \t]+\((\s*(?:https?:\/\/|www\.)[^()\s]*)\)/g,
    message: () => "A space between ']' and '(' breaks the link: write [Title](url) with nothing between ']' and '('.",
    replacement: (match) => match[0].replace(/\][ \t]+\(/, ']('),
  },
  {
    // [Title(url)] or [Title url]
    pattern: /\[([^[\]]*?)[ \t]*\(?(https?:\/\/[^\s()[\]]+)\)?[ \t]*\](?!\()/g,
    message: () => "The URL is inside the square brackets: write [Title](url), the text in '[ ]' and the URL right after it in '( )'.",
    replacement: (match) => `[${(match[1] ?? '').trimEnd()}](${match[2] ?? ''})`,
  },
  {
    // [Title]([https://a](https://b)): a markdown link pasted as the target
    pattern: /\]\(\s*\[[^[\]]*\]\((https?:\/\/[^()\s]+)\)\s*\)/g,
    message: () => "The link target is itself a markdown link: keep only the URL, as in [Title](https://…).",
    replacement: (match) => `](${match[1] ?? ''})`,
  },
  {
    // [Title]([https://…)
    pattern: /\]\(\s*\[+(https?:\/\/[^()\s]*)\]?\)/g,
    message: () => "The link target starts with '[': delete it so that the parentheses hold the URL alone.",
    replacement: (match) => `](${match[1] ?? ''})`,
  },
  {
    // \https://
    pattern: /\\(https?:\/\/)/g,
    message: () => "A backslash before 'http' keeps the address from being a link: delete the '\\'.",
    replacement: (match) => match[1] ?? '',
  },
  {
    // [Title]()
    pattern: /\[([^[\]]*)\]\(\s*\)/g,
    message: () => "The link has no target: put the paper's URL between the parentheses, e.g. [Title](https://arxiv.org/abs/…).",
  },
  {
    // [Title](Some words that are not an address)
    pattern: /\[([^[\]]*)\]\(([^()]*\s[^()]*)\)/g,
    message: (match) => {
      const target = (match[2] ?? '').trim();
      // Spaces around the URL are allowed, and so is a quoted link title after it.
      if (!/\s/.test(target) || target.startsWith('<') || /^\S+\s+(?:"[^"]*"|'[^']*')$/.test(target)) return undefined;
      return `The link target ${quote(target, 40)} is not a URL: put the paper's address between the parentheses, e.g. (https://arxiv.org/abs/…).`;
    },
  },
];

export const linkSyntax: Rule = {
  id,
  meta: {
    description: 'Links in paper tables are well-formed markdown: [Title](https://…), no stray spaces, brackets or backslashes.',
    docs: docsUrl(id),
    fixable: true,
    kind: 'rendering',
    needs: [],
  },
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings: Finding[] = [];
    for (const { row, table } of model.papers) {
      for (const [column, cell] of row.cells.entries()) {
        for (const c of cellCandidates(cell, model, table.columns[column] === 'title' || table.columns[column] === 'link')) {
          const finding = findingAt(id, 'error', pointAt(model.lineStarts, c.start), pointAt(model.lineStarts, c.end), c.message);
          const edit: Edit | undefined = c.replacement === undefined ? undefined : { offset: c.start, length: c.end - c.start, text: c.replacement };
          findings.push(edit ? withFix(finding, edit) : finding);
        }
      }
    }
    return findings;
  },
};

/** `[[pdf]]()` where the paper's link belongs; elsewhere (a Code column) it is how some lists say "none". */
const emptyBracketedLink = /\[\[([^[\]]*)\]\]\(\s*\)/g;

function cellCandidates(cell: Cell, model: ListModel, holdsPaperLink: boolean): Candidate[] {
  const base = cell.start.offset;
  const raw = cell.raw;
  const taken: Candidate[] = [];
  const take = (candidate: Candidate) => {
    if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) return;
    taken.push(candidate);
  };
  // Every pattern below needs a bracket, a backslash or a known host: most cells (venues, authors,
  // dates) have none, and a list is thousands of cells, so they are not searched at all.
  const brackets = raw.includes('[') || raw.includes(']');
  const hosts = knownHostInText.test(raw);
  if (!brackets && !hosts && !raw.includes('\\')) return taken;

  for (const check of rawChecks) {
    eachMatch(check.pattern, raw, (match) => {
      const message = check.message(match);
      const replacement = check.replacement?.(match);
      if (message) take({ start: base + match.index, end: base + match.index + match[0].length, message, ...(replacement !== undefined && { replacement }) });
    });
  }

  // Markup that is whole already: a bracket or an address inside it is no broken link.
  if (holdsPaperLink && brackets) {
    eachMatch(emptyBracketedLink, raw, (match) => {
      const start = base + match.index;
      take({ start, end: start + match[0].length, message: `The link has no target: put the paper's URL between the parentheses, e.g. [[${match[1] ?? 'pdf'}]](https://arxiv.org/pdf/…).` });
    });
  }

  for (const span of cell.inline) {
    if (span.kind !== 'link') continue;
    const problem = targetProblem(span.url ?? '', model.text.slice(span.start, span.end));
    if (problem) take({ start: span.start, end: span.end, ...problem });
  }
  const isShielded = (start: number, end: number) => cell.inline.some((span) => start < span.end && span.start < end);

  if (hosts) {
    eachMatch(schemeLessInText, raw, (match) => {
      const start = base + match.index;
      const end = start + match[0].length;
      if (isShielded(start, end)) return;
      take({ start, end, message: `${quote(match[1] ?? '', 40)} has no 'https://', so it is not a link: write https://${match[1] ?? ''}, or [Title](https://…).` });
    });
  }

  if (brackets) {
    eachMatch(bracketsWithoutTarget, raw, (match) => {
      const start = base + match.index;
      const end = start + match[0].length;
      const label = match[1] ?? '';
      if (isShielded(start, end) || harmlessBrackets.test(label) || model.definitions.has(label.toLowerCase())) return;
      // `[vLLM] Efficient Memory…`, `[Mooncake] [A KVCache-centric…](url)`: a tag before the title, shown
      // as written; a link that lost its URL has nothing after it but punctuation.
      if (isTagPrefix(raw.slice(match.index + match[0].length))) return;
      take({ start, end, message: `${quote(`[${label}]`)} is in link brackets but has no URL: write [${label.length > 30 ? 'Title' : label}](https://…) with the paper's address, or remove the brackets.` });
    });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Calls `found` with each match of a global pattern in `text` (no iterator objects: this runs per cell). */
function eachMatch(pattern: RegExp, text: string, found: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found(match);
    if (match[0] === '') pattern.lastIndex += 1;
  }
}

/** `[text]` followed by no `(`, `[` or `:`: brackets that may have lost their link. */
const bracketsWithoutTarget = /(?<![!\]\\])\[([^[\]]+)\](?![([:])/g;

/** The id of an arxiv.org abstract, PDF or HTML link when it cannot be an arXiv id (`2006.08509l`). */
function malformedArxivId(target: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  if (!/^(?:www\.|export\.)?arxiv\.org$/i.test(url.hostname)) return undefined;
  const id = /^\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/.exec(url.pathname)?.[1];
  if (id === undefined) return undefined;
  return parseReportedArxivId(id).valid ? undefined : id;
}

/** After `[Tag]`: a space, then more of the title (a word, a link, emphasis). */
const isTagPrefix = (after: string) => /^[ \t]+(?:[\p{L}\p{N}[*_`"']|<)/u.test(after);

/** Why a parsed link's target cannot be the paper's address, if it cannot. */
function targetProblem(url: string, source: string): Omit<Candidate, 'start' | 'end'> | undefined {
  const target = url.trim();
  if (target === '') return undefined; // the raw `[x]()` check words this one
  const scheme = /^(https?)(:\/?(?!\/)|\/\/)/i.exec(target);
  if (scheme) {
    const right = `${scheme[1]}://${target.slice(scheme[0].length)}`;
    const at = source.lastIndexOf(target);
    return {
      message: `The link target ${quote(target, 40)} is not a well-formed URL: write ${quote(right, 40)}.`,
      ...(at !== -1 && { replacement: `${source.slice(0, at)}${right}${source.slice(at + target.length)}` }),
    };
  }
  const arxiv = malformedArxivId(target);
  if (arxiv) return { message: `${quote(arxiv, 30)} in ${quote(target, 50)} is no arXiv id (arXiv ids look like 2006.08509 or 2006.08509v2): fix the link.` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || /^(#|\/|\.\.?\/)/.test(target)) return undefined;
  if (target.startsWith('[')) return undefined; // the raw stray-bracket check words this one
  if (schemeLessHost.test(target)) {
    return { message: `The link target ${quote(target, 40)} has no 'https://', so GitHub treats it as a file in this repository: write https://${target}.` };
  }
  if (/[/.]/.test(target)) return undefined; // a relative path to a file in the repository
  return { message: `The link target ${quote(target, 40)} is not a URL: put the paper's address between the parentheses, e.g. (https://arxiv.org/abs/…).` };
}
