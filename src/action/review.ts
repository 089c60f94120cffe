import { docsUrl } from '../rules/types.js';
import { plural } from '../report/plural.js';
import { hunksOfPatch, type Hunk } from './changed-lines.js';
import type { FileFinding, Suggestion } from './findings-file.js';

/**
 * One review per head commit of a pull request, from findings that may come from an untrusted run:
 * every position is checked against the pull request's diff as GitHub serves it, and a suggestion
 * only replaces lines whose text the diff shows as they were. A new review replaces the comments of
 * the previous one; a clean run removes them. The calls to GitHub go through `ReviewApi`, so this
 * stays free of HTTP; its errors are the caller's to turn into warnings.
 */

export interface ExistingReview {
  id: number;
  body: string;
  /** Written by a bot (the Actions token's identity): only those are ever changed. */
  byBot: boolean;
}

export interface ExistingComment {
  id: number;
  body: string;
  byBot: boolean;
}

export interface NewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

/** The pull request review calls, in the order postReview makes them. */
export interface ReviewApi {
  files(pullNumber: number): Promise<Array<{ filename: string; patch?: string | undefined }>>;
  reviews(pullNumber: number): Promise<ExistingReview[]>;
  reviewComments(pullNumber: number): Promise<ExistingComment[]>;
  createReview(pullNumber: number, review: { commitId: string; body: string; comments: NewComment[] }): Promise<number>;
  deleteReviewComment(id: number): Promise<void>;
  updateReview(pullNumber: number, id: number, body: string): Promise<void>;
}

export interface ReviewLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ReviewOutcome {
  reviewId?: number;
  suggestions: number;
  comments: number;
  removed: number;
}

/** Inline comments per review at most; the review body counts the rest. */
export const maxInlineComments = 50;
/** GitHub's comments hold 65,536 characters; the rest is left for the messages. */
const maxSuggestionChars = 50_000;
const reviewMarker = (sha: string) => `<!-- lint-list-review head=${sha} -->`;
const reviewMarkerPattern = /<!-- lint-list-review head=([0-9a-f]{40,64}) -->/;
const commentMarker = '<!-- lint-list-comment -->';
const short = (sha: string) => sha.slice(0, 7);

export async function postReview(api: ReviewApi, pullRequest: { number: number; headSha: string }, findings: FileFinding[], log: ReviewLog): Promise<ReviewOutcome> {
  const hunks = new Map<string, Hunk[]>();
  for (const file of await api.files(pullRequest.number)) hunks.set(file.filename, file.patch === undefined ? [] : hunksOfPatch(file.patch));
  const plan = planComments(findings, hunks, log);

  const reviews = (await api.reviews(pullRequest.number)).filter((review) => review.byBot && reviewMarkerPattern.test(review.body));
  if (reviews.some((review) => reviewMarkerPattern.exec(review.body)?.[1] === pullRequest.headSha)) {
    log.info(`lint-list already reviewed commit ${short(pullRequest.headSha)} of this pull request: nothing new posted.`);
    return { suggestions: 0, comments: 0, removed: 0 };
  }
  const oldComments = (await api.reviewComments(pullRequest.number)).filter((comment) => comment.byBot && comment.body.includes(commentMarker));

  let reviewId: number | undefined;
  if (plan.comments.length > 0) {
    reviewId = await api.createReview(pullRequest.number, { commitId: pullRequest.headSha, body: reviewBody(pullRequest.headSha, plan), comments: plan.comments });
    log.info(`Posted a review of commit ${short(pullRequest.headSha)}: ${plural(plan.suggestions, 'suggestion')}, ${plural(plan.comments.length - plan.suggestionComments, 'comment')}.`);
  }
  let removed = 0;
  for (const comment of oldComments) {
    await api.deleteReviewComment(comment.id);
    removed += 1;
  }
  const note = reviewId !== undefined ? `superseded by the review of ${short(pullRequest.headSha)}` : `no problems left on the changed lines as of ${short(pullRequest.headSha)}`;
  for (const review of reviews) {
    await api.updateReview(pullRequest.number, review.id, `<!-- lint-list-review superseded -->\n**lint-list**: ${note}.`);
  }
  if (removed > 0) log.info(`Removed ${plural(removed, 'comment')} of lint-list's previous review.`);
  return { ...(reviewId !== undefined && { reviewId }), suggestions: plan.suggestions, comments: plan.comments.length - plan.suggestionComments, removed };
}

interface Plan {
  comments: NewComment[];
  /** Findings whose comment carries a suggestion, and such comments. */
  suggestions: number;
  suggestionComments: number;
  /** Findings left out: outside the diff, or beyond the comment limit. */
  outside: number;
  overLimit: number;
}

interface Anchor {
  path: string;
  start: number;
  end: number;
  suggestion?: Suggestion;
  /** How many of `findings` the suggestion repairs. */
  suggested: number;
  findings: FileFinding[];
}

/**
 * Where each finding goes: a suggestion when its lines lie in one hunk and read there as the
 * finding says; else a plain comment on its first line when that line is in a hunk; else nowhere.
 */
function planComments(findings: FileFinding[], hunksByPath: Map<string, Hunk[]>, log: ReviewLog): Plan {
  const anchors: Anchor[] = [];
  const problems: string[] = [];
  let outside = 0;
  for (const finding of findings) {
    const where = `${finding.path}:${finding.line}`;
    const hunks = hunksByPath.get(finding.path);
    const hunkOf = (line: number) => hunks?.find((hunk) => hunk.start <= line && line <= hunk.end);
    if (!hunkOf(finding.line)) {
      outside += 1;
      problems.push(`${where}: not inside the pull request's diff: not posted.`);
      continue;
    }
    let suggestion = finding.suggestion;
    if (suggestion) {
      const why = suggestionProblem(suggestion, hunkOf(suggestion.startLine));
      if (why) {
        problems.push(`${where}: the suggestion ${why}: not posted as a suggestion.`);
        suggestion = undefined;
      }
    }
    if (suggestion) {
      const { startLine, endLine } = suggestion;
      const same = anchors.find((a) => a.path === finding.path && a.suggestion && a.start === startLine && a.end === endLine);
      if (same && sameLines(same.suggestion?.replacement, suggestion.replacement)) {
        same.findings.push(finding);
        same.suggested += 1;
        continue;
      }
      const clash = anchors.some((a) => a.path === finding.path && a.suggestion && a.start <= endLine && startLine <= a.end);
      if (!clash) {
        anchors.push({ path: finding.path, start: startLine, end: endLine, suggestion, suggested: 1, findings: [finding] });
        continue;
      }
    }
    const host = anchors.find((a) => a.path === finding.path && a.start <= finding.line && finding.line <= a.end);
    if (host) host.findings.push(finding);
    else anchors.push({ path: finding.path, start: finding.line, end: finding.line, suggested: 0, findings: [finding] });
  }
  for (const problem of problems.slice(0, 10)) log.warning(problem);
  if (problems.length > 10) log.warning(`…and ${plural(problems.length - 10, 'more finding')} not posted as given (see above).`);

  const shown = anchors.slice(0, maxInlineComments);
  const overLimit = anchors.slice(maxInlineComments).reduce((sum, anchor) => sum + anchor.findings.length, 0);
  const comments = shown.map((anchor): NewComment => ({
    path: anchor.path,
    line: anchor.end,
    side: 'RIGHT',
    ...(anchor.start < anchor.end && { start_line: anchor.start, start_side: 'RIGHT' as const }),
    body: commentBody(anchor, log),
  }));
  const withSuggestion = shown.filter((anchor) => anchor.suggestion);
  return {
    comments,
    suggestions: withSuggestion.reduce((sum, anchor) => sum + anchor.suggested, 0),
    suggestionComments: withSuggestion.length,
    outside,
    overLimit,
  };
}

/** Why a suggestion cannot be posted as it is, or undefined when it can. */
function suggestionProblem(suggestion: Suggestion, hunk: Hunk | undefined): string | undefined {
  const { startLine, endLine, original, replacement } = suggestion;
  if (!hunk || endLine > hunk.end) return `replaces lines ${startLine}–${endLine}, which are not inside one hunk of the pull request's diff`;
  for (let i = 0; i < original.length; i += 1) {
    if (hunk.lines.get(startLine + i) !== original[i]) return `does not match line ${startLine + i} as the pull request's diff has it`;
  }
  if (replacement.some((line) => /`{3}|~{3}/.test(line))) return 'holds a code fence (``` or ~~~), which would end the suggestion block';
  if (replacement.reduce((sum, line) => sum + line.length + 1, 0) > maxSuggestionChars) return `is longer than ${maxSuggestionChars} characters, more than a review comment holds`;
  const before = new Set(original.flatMap((line) => mentionsIn(line)));
  if (replacement.some((line) => mentionsIn(line).some((mention) => !before.has(mention)))) return 'adds @mentions the lines do not have';
  if (sameLines(original, replacement)) return 'changes nothing';
  return undefined;
}

const mentionsIn = (text: string) => [...text.matchAll(/(?<![\w`])@[A-Za-z0-9][\w-]*(?:\/[\w.-]+)?/g)].map((m) => m[0]);
const sameLines = (a: string[] | undefined, b: string[]) => a !== undefined && a.length === b.length && a.every((line, i) => line === b[i]);

function commentBody(anchor: Anchor, log: ReviewLog): string {
  const lines = anchor.findings.map((finding) => `**lint-list** · [\`${finding.ruleId}\`](${docsUrl(finding.ruleId)}) (${finding.severity}): ${plainText(finding, log)}`);
  if (anchor.suggestion) lines.push('', '```suggestion', ...anchor.suggestion.replacement, '```');
  return [commentMarker, ...lines].join('\n');
}

/**
 * A finding's message as plain text on one line: no HTML, no markdown that links, formats or ends
 * the comment's structure, no @mention or #reference that would notify or link anyone.
 */
function plainText(finding: FileFinding, log: ReviewLog): string {
  const flat = finding.message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  const mentions = mentionsIn(flat);
  if (mentions.length > 0) log.warning(`${finding.path}:${finding.line}: the message holds @mentions (${mentions.slice(0, 3).join(', ')}): shown without notifying anyone.`);
  return flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (char) => `\\${char}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/:\/\//g, ':/\u200b/');
}

function reviewBody(headSha: string, plan: Plan): string {
  const lines = [
    reviewMarker(headSha),
    `**lint-list** reviewed commit ${short(headSha)}: ${plural(plan.comments.length, 'comment')} on the lines this pull request changes${plan.suggestions > 0 ? `, ${plural(plan.suggestionComments, 'with a suggested fix', 'with suggested fixes')} you can apply from the *Files changed* tab (*Add suggestion to batch* applies several in one commit)` : ''}.`,
  ];
  if (plan.overLimit > 0) lines.push('', `${plural(plan.overLimit, 'more finding')} are not shown here (at most ${maxInlineComments} comments per review): the lint run's job summary lists them all.`);
  if (plan.outside > 0) lines.push('', `${plural(plan.outside, 'finding')} outside the diff ${plan.outside === 1 ? 'is' : 'are'} not shown here.`);
  lines.push('', 'This review is replaced on the next push, and removed once the changed lines are clean.');
  return lines.join('\n');
}
