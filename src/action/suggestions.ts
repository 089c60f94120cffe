import type { Config } from '../config/config.js';
import type { FileOutcome } from '../engine/index.js';
import { modelOptionsOf } from '../engine/lint.js';
import { buildModel, stripBom } from '../parse/build.js';
import type { SweepFindings, SweepSuggestion } from '../report/summary.js';
import type { Finding } from '../rules/types.js';
import type { WrittenSuggestion } from './fix.js';

/**
 * The rows a sweep's report lists beside its problems: outdated venues (`venue-outdated`), venues and
 * links found for rows without one (`missing-venue`, `missing-link` findings that carry a
 * suggestion), and with `fix`, the venues and links written. Each with its row's title (and venue
 * cell) read from the list the findings are of: the repaired text when fixing. `fix`: the files
 * `fix` wrote, and the venues and links it wrote into them.
 */
export async function sweepFindingsOf(
  files: readonly FileOutcome[],
  config: Config,
  fix?: { files: string[]; written: readonly WrittenSuggestion[] },
): Promise<SweepFindings> {
  const outdated: SweepSuggestion[] = [];
  const found: SweepSuggestion[] = [];
  const repaired: SweepSuggestion[] = [];
  for (const file of files) {
    const mine = (fix?.written ?? []).filter((row) => row.path === file.path);
    const listed = file.messages.filter((m) => m.ruleId === 'venue-outdated' || ((m.ruleId === 'missing-venue' || m.ruleId === 'missing-link') && m.suggestion !== undefined));
    if (listed.length + mine.length === 0) continue;
    // A model only for a list with such rows: on a 20 MB list it costs hundreds of MB.
    const rows = await rowsOf(file, config);
    const row = (finding: Pick<Finding, 'line'>) => rows.get(finding.line) ?? { title: '', venue: undefined };
    const entry = (finding: Finding): SweepSuggestion => {
      const { title, venue } = row(finding);
      return {
        path: file.path,
        line: finding.line,
        ruleId: finding.ruleId,
        title,
        ...(venue !== undefined && { venue }),
        ...(finding.suggestion && { suggestion: finding.suggestion }),
        message: finding.message,
        strong: finding.fix !== undefined,
      };
    };
    for (const finding of listed) (finding.ruleId === 'venue-outdated' ? outdated : found).push(entry(finding));
    for (const done of mine) repaired.push({ ...entry({ ...done, severity: 'warning', column: 1, endLine: done.line, endColumn: 1 }), strong: true });
  }
  return { outdated, found, ...(fix && { repairs: { files: fix.files, written: repaired } }) };
}

/** The paper rows of a list by line: their title and venue cell as they read. */
async function rowsOf(file: FileOutcome, config: Config): Promise<Map<number, { title: string; venue: string | undefined }>> {
  const model = await buildModel(file.path, stripBom(file.fixed), modelOptionsOf(config));
  return new Map(model.papers.map((paper) => [paper.row.line, { title: paper.title, venue: paper.venueCell?.text }]));
}
