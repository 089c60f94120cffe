import { writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { touchesChange } from './action/changed-lines.js';
import { configOfRun } from './action/config-source.js';
import { type ListForFix, suggestionRecorder, writeRepairedLists } from './action/fix.js';
import { changedLinesOfPullRequest, keepTrackingIssue, messageOf, runUrl, withActionsLinkCache } from './action/github.js';
import { readInputs } from './action/inputs.js';
import { pullRequestFindings, reviewMode } from './action/review-mode.js';
import { sweepFindingsOf } from './action/suggestions.js';
import { pathInside, writeInside } from './action/workspace.js';
import { type LinkGathering, lintFiles, type MetadataGathering } from './engine/index.js';
import { isUserError } from './errors.js';
import type { LinkCache } from './links/cache.js';
import { readList, readListWithSnapshot } from './read-input.js';
import { planAnnotations } from './report/annotations.js';
import { countSeverities } from './report/counts.js';
import { plural } from './report/plural.js';
import { formatSarif } from './report/sarif.js';
import { formatStylish } from './report/stylish.js';
import { cell, formatSummary, formatSweepReport } from './report/summary.js';
import { rules } from './rules/index.js';

/**
 * The GitHub Action: a thin edge over the same engine as the CLI. In a pull request it reports only
 * what the pull request changed (with the base commit's config) and writes the findings file; on a
 * schedule it sweeps every link and keeps one tracking issue; after a pull request's run
 * (workflow_run) it posts the review from that run's findings file. A sweep with `fix: true` also
 * writes the repaired lists into the workspace, for a step that opens a maintenance pull request.
 */
async function main(): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const inputs = readInputs((name) => core.getInput(name), github.context.eventName);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const octokit = inputs.token ? github.getOctokit(inputs.token) : undefined;
  if (inputs.mode === 'review') return reviewMode(inputs.artifact, workspace, octokit);

  // Windows runners write paths with backslashes; elsewhere a backslash is part of the name.
  const paths = inputs.files.map((file) => posix.normalize(process.platform === 'win32' ? file.replaceAll('\\', '/') : file));
  const real = await Promise.all(paths.map((path) => pathInside(workspace, path, 'files')));
  const pr = inputs.mode === 'pr' ? await changedLinesOfPullRequest(paths, workspace, octokit) : undefined;
  const changed = pr?.changed;
  const config = await configOfRun(inputs.config, workspace, pr?.base, octokit);
  // With fix, each list is read with the snapshot its write checks (nothing else may have changed it).
  const read: Array<ListForFix & { text: string }> = await Promise.all(
    paths.map(async (path, i) => (inputs.fix ? { path, ...(await readListWithSnapshot(real[i] as string, path)) } : { path, text: await readList(real[i] as string, path) })),
  );
  const texts = read.map((list) => list.text);
  const recorder = inputs.fix ? suggestionRecorder() : undefined;
  const onChangedLine = (path: string, line: number, endLine = line) => touchesChange(changed?.get(path), line, endLine);

  const lint = (cache?: LinkCache) =>
    lintFiles({
      files: paths.map((path, i) => ({ path, text: texts[i] as string })),
      config,
      ...(inputs.links !== 'none' && { links: linkGathering(inputs.links === 'changed' && changed !== undefined, onChangedLine, cache) }),
      ...(inputs.metadata !== 'none' && { metadata: metadataGathering(inputs.metadata === 'changed' && changed !== undefined, onChangedLine, cache) }),
      // What `--fix` repairs (with metadata, the venues and links strong evidence backs): the engine decides.
      ...(recorder && { fix: { select: recorder.select } }),
    });
  // The paper cache lives in the link cache's file: one cache for both.
  const cached = inputs.cache && (inputs.links !== 'none' || inputs.metadata !== 'none');
  const outcome = cached ? await withActionsLinkCache(workspace, lint) : await lint();
  const { links, papers, paperProblems } = outcome;
  for (const notice of outcome.notices) core.warning(notice);
  // fix (sweep mode only): the repaired lists go back into the workspace before anything is reported.
  const repairs = inputs.fix ? await writeRepairedLists(workspace, read, outcome.files) : undefined;
  for (const refusal of repairs?.refused ?? []) core.error(refusal);
  if (repairs) core.info(repairs.written.length > 0 ? `Repaired and wrote: ${repairs.written.join(', ')}.` : 'fix: nothing to repair.');
  const scoped = inputs.onlyChanged && changed !== undefined;
  const results = scoped
    ? outcome.files.map((file) => ({ ...file, messages: file.messages.filter((m) => onChangedLine(file.path, m.line, m.endLine)) }))
    : outcome.files;

  // Every finding reaches the log; annotations show the most important ones on the diff.
  core.info(formatStylish(results, { color: false, ...(links && { links }), ...(papers && { papers }) }).trimEnd());
  for (const annotation of planAnnotations(results)) core[annotation.level](annotation.message, annotation.properties);

  const note = scoped
    ? 'Only lines this pull request adds or changes are reported.'
    : repairs && repairs.written.length > 0
      ? `\`fix\` repaired ${repairs.written.map(cell).join(', ')}: the findings are those of the repaired ${repairs.written.length === 1 ? 'file' : 'files'}.`
      : undefined;
  const summary = formatSummary({ files: results, ...(links && { links }), ...(papers && { papers }), ...(note && { note }) });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${messageOf(error)}`);
  }

  const deadLinks = (links ?? []).filter((link) => link.verdict === 'dead');
  // A sweep's issue tracks papers only when some were looked up: a list that links none the sources
  // know keeps the links-only report.
  const sweptPapers = papers && paperProblems && papers.lookedUp > 0 ? { papers, paperProblems } : undefined;
  // The sweep's report lists outdated venues and the venues and links found (with fix, those written).
  // The first two only when papers were looked up (else none could be found); what fix did, always.
  const listed = inputs.mode === 'sweep' && (papers !== undefined || repairs !== undefined)
    ? await sweepFindingsOf(results, config, repairs && recorder ? { files: repairs.written, written: recorder.written(outcome.files) } : undefined)
    : undefined;
  const sweepFindings = listed && { ...(papers !== undefined && { outdated: listed.outdated, found: listed.found }), ...(listed.repairs && { repairs: listed.repairs }) };
  const suggestionCount = (sweepFindings?.outdated?.length ?? 0) + (sweepFindings?.found?.length ?? 0) + (sweepFindings?.repairs?.written.length ?? 0);
  // The tracking issue is kept only when links or papers were checked: a run that checked neither
  // must not close an issue about them.
  const tracking = inputs.mode === 'sweep' && (links !== undefined || sweptPapers !== undefined);
  // Else the job summary is the report (with fix, its note names the files repaired).
  const sweeping = tracking || (inputs.mode === 'sweep' && suggestionCount > 0);
  const reportPath = join(process.env.RUNNER_TEMP ?? workspace, 'lint-list-report.md');
  const report = sweeping ? formatSweepReport(links, { ...(runUrl() && { runUrl: runUrl() as string }), ...sweptPapers, ...sweepFindings }) : summary;
  await writeFile(reportPath, report);
  if (tracking) {
    // What keeps the issue open: defects a person must mend (dead links, paper ids that do not exist,
    // title mismatches). Outdated venues and venues or links found are listed in its body but never
    // keep it open by themselves: a row that names only its preprint, or has no venue yet, is not
    // broken, and the strongly evidenced ones are what a `fix: true` sweep writes into its
    // maintenance pull request. An issue that stayed open for them would never close on a list whose
    // papers keep being published.
    const paperProblemCount = sweptPapers ? sweptPapers.paperProblems.nonexistent.length + sweptPapers.paperProblems.titleMismatches.length : 0;
    const issueNumber = await keepTrackingIssue(octokit, inputs, { problems: deadLinks.length + paperProblemCount, papersLookedUp: sweptPapers !== undefined, body: report });
    if (issueNumber !== undefined) core.setOutput('issue-number', issueNumber);
  }
  if (inputs.sarifFile) await writeInside([workspace], inputs.sarifFile, formatSarif(results, rules), 'sarif-file');
  if (inputs.mode === 'pr') await pullRequestFindings(results, config, inputs, workspace, octokit);

  const { errors, warnings } = countSeverities(results);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('dead-links', deadLinks.length);
  core.setOutput('report', reportPath);
  // Newline-separated paths relative to the workspace; empty when nothing changed.
  if (repairs) core.setOutput('fixed-files', repairs.written.join('\n'));
  if (repairs && repairs.refused.length > 0) core.setFailed(`lint-list could not write ${plural(repairs.refused.length, 'repaired file')} (see above).`);
  if (inputs.failOn === 'error' && errors > 0) core.setFailed(`lint-list found ${plural(errors, 'error')}.`);
  else if (inputs.failOn === 'warning' && errors + warnings > 0) {
    core.setFailed(`lint-list found ${plural(errors, 'error')} and ${plural(warnings, 'warning')}.`);
  }
}

/** In a pull request with `links: changed`, only links written on changed lines are requested. */
function linkGathering(onlyChanged: boolean, onChangedLine: (path: string, line: number) => boolean, cache?: LinkCache): LinkGathering {
  return {
    flags: {},
    ...(cache && { cache }),
    ...(onlyChanged && { select: (occurrence) => onChangedLine(occurrence.path, occurrence.line) }),
  };
}

/** In a pull request with `metadata: changed`, only papers linked on changed lines are looked up. */
function metadataGathering(onlyChanged: boolean, onChangedLine: (path: string, line: number) => boolean, cache?: LinkCache): MetadataGathering {
  // Semantic Scholar is asked only with a key, from the environment (a repository secret), never the config.
  const semanticScholarKey = process.env.S2_API_KEY?.trim();
  if (semanticScholarKey) core.setSecret(semanticScholarKey);
  return {
    ...(cache && { cache }),
    ...(semanticScholarKey && { semanticScholarKey }),
    ...(onlyChanged && { select: (occurrence) => onChangedLine(occurrence.path, occurrence.line) }),
  };
}

try {
  await main();
} catch (error) {
  // A mistake in the inputs, the config or a list: one line, no stack trace.
  if (isUserError(error)) core.setFailed(error.message);
  else core.setFailed(`lint-list: internal error: ${messageOf(error)}`);
}
