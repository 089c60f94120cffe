import { UsageError } from '../errors.js';

/** The Action's inputs, read and checked; an input error is one line that names the input. */
export interface ActionInputs {
  files: string[];
  config: string | undefined;
  /** pr: lint a pull request; sweep: every link, one tracking issue; review: post a review from a findings file. */
  mode: 'pr' | 'sweep' | 'review';
  links: 'changed' | 'all' | 'none';
  /** Which linked papers to look up (arXiv, Crossref, doi.org, OpenReview): those on changed lines, all, or none. */
  metadata: 'changed' | 'all' | 'none';
  onlyChanged: boolean;
  failOn: 'error' | 'warning' | 'never';
  token: string;
  issueTitle: string;
  issueLabel: string;
  cache: boolean;
  sarifFile: string | undefined;
  /** The findings file: written in pr mode, read in review mode (default: lint-list-findings.json in RUNNER_TEMP). */
  artifact: string | undefined;
  /** In pr mode, also post the review (a same-repository pull request's token can write). */
  review: boolean;
  /** Sweep mode only: write the repaired lists into the workspace (`--fix`), for a following step. */
  fix: boolean;
}


/**
 * Events that mean a pull request to check; `workflow_run` (the run after a pull request's run)
 * reviews; anything else (schedule, workflow_dispatch, push) sweeps.
 */
const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);
const modeOfEvent = (eventName: string) => (pullRequestEvents.has(eventName) ? 'pr' : eventName === 'workflow_run' ? 'review' : 'sweep');

export function readInputs(getInput: (name: string) => string, eventName: string): ActionInputs {
  const choice = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const value = getInput(name).trim();
    if (value === '') return fallback;
    if (!(values as readonly string[]).includes(value)) {
      throw new UsageError(`input '${name}' must be ${values.map((v) => `'${v}'`).join(', ')}; got '${value}'`);
    }
    return value as T;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = getInput(name).trim().toLowerCase();
    if (value === '') return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new UsageError(`input '${name}' must be 'true' or 'false'; got '${getInput(name).trim()}'`);
  };

  const requested = choice('mode', ['auto', 'pr', 'sweep', 'review'] as const, 'auto');
  const mode = requested === 'auto' ? modeOfEvent(eventName) : requested;
  const files = getInput('files').split(/[\n,]/).map((f) => f.trim()).filter(Boolean);
  const optional = (name: string) => getInput(name).trim() || undefined;
  const fix = bool('fix', false);
  // A pull request's check must report the pull request's own text: with repairs made in the runner's
  // copy, what it repaired would no longer be reported, and the check would pass on rows the pull
  // request still has wrong (review suggestions offer those repairs instead). Review mode reads no list.
  if (fix && mode !== 'sweep') {
    throw new UsageError(`input 'fix': 'true' works in sweep mode only (this run is in ${mode} mode); in a pull request, review suggestions offer the repairs`);
  }
  return {
    files: files.length > 0 ? files : ['README.md'],
    config: optional('config'),
    mode,
    links: choice('links', ['changed', 'all', 'none'] as const, mode === 'pr' ? 'changed' : 'all'),
    metadata: choice('metadata', ['changed', 'all', 'none'] as const, mode === 'pr' ? 'changed' : 'all'),
    onlyChanged: mode === 'pr' ? bool('only-changed', true) : false,
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    token: getInput('token').trim(),
    issueTitle: optional('issue-title') ?? 'Dead links in the paper list',
    issueLabel: optional('issue-label') ?? 'lint-list',
    cache: bool('cache', false),
    sarifFile: optional('sarif-file'),
    artifact: optional('artifact'),
    review: mode === 'pr' ? bool('review', false) : false,
    fix,
  };
}
