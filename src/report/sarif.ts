import { repositoryUrl, version } from '../meta.js';
import type { FileResult, Finding, Rule } from '../rules/types.js';

/** What SARIF tells of a rule. */
export type SarifRule = Pick<Rule, 'id' | 'meta' | 'defaultSeverity'>;

/**
 * The SARIF 2.1.0 report, for github/codeql-action/upload-sarif (code scanning): one run whose driver
 * lists every rule, and one result per finding, in the order of `files` and of their messages.
 *
 * - `ruleIndex` is the rule's index in `rules`; a finding whose rule is not in `rules` gets no
 *   `ruleIndex` (SARIF allows that; an index must never point at another rule).
 * - Columns count UTF-16 code units, as ours do, and the run says so (`columnKind`). Our `endColumn`
 *   points just past the finding, which is what SARIF's `endColumn` means too. Regions are clamped to
 *   what the spec allows (lines and columns ≥ 1, the end never before the start).
 * - A relative path stays relative, with forward slashes and `uriBaseId: "%SRCROOT%"` (the repository
 *   root, for upload-sarif; a leading `./` is dropped); an absolute path becomes a `file://` URI. Characters a URI may not hold
 *   (spaces, `#`, `?`, `%`, non-ASCII) are percent-encoded; ordinary paths come out as given.
 */
export function formatSarif(files: FileResult[], rules: readonly SarifRule[]): string {
  const indexOf = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (!indexOf.has(rule.id)) indexOf.set(rule.id, index);
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lint-list',
            version,
            informationUri: repositoryUrl,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.meta.description },
              helpUri: rule.meta.docs,
              defaultConfiguration: { level: rule.defaultSeverity },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((file) => {
          const artifactLocation = artifactLocationOf(file.path);
          return file.messages.map((finding) => resultOf(finding, artifactLocation, indexOf.get(finding.ruleId)));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** `duplicate-link` → `DuplicateLink`: SARIF's `name` is an identifier-like form of the id. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join('');
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function resultOf(finding: Finding, artifactLocation: ArtifactLocation, ruleIndex: number | undefined) {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: finding.severity,
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: regionOf(finding) } }],
  };
}

function regionOf(finding: Finding) {
  const atLeastOne = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);
  const startLine = atLeastOne(finding.line);
  const startColumn = atLeastOne(finding.column);
  const endLine = Math.max(startLine, atLeastOne(finding.endLine));
  const endColumn = endLine === startLine ? Math.max(startColumn, atLeastOne(finding.endColumn)) : atLeastOne(finding.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

/** The artifact location of a path as named on the command line. */
export function artifactLocationOf(path: string): ArtifactLocation {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  if (drive) return { uri: `file:///${drive[1]}:/${encodePath(slashed.slice(3))}` };
  if (slashed.startsWith('//')) return { uri: `file:${encodePath(slashed)}` };
  if (slashed.startsWith('/')) return { uri: `file://${encodePath(slashed)}` };
  // A ':' in the first segment of a relative reference would read as a scheme: keep it encoded.
  const relative = encodePath(slashed.replace(/^(\.\/)+/, ''));
  const slash = relative.indexOf('/');
  const first = slash < 0 ? relative : relative.slice(0, slash);
  return { uri: `${first.replace(/:/g, '%3A')}${relative.slice(first.length)}`, uriBaseId: '%SRCROOT%' };
}

/** Percent-encodes what a URI path may not hold; keeps `/` and the characters paths usually have. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%(2[46B-C]|3[ABD]|40)/g, (escape) => decodeURIComponent(escape)))
    .join('/');
}
