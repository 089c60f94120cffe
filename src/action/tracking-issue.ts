/** The few GitHub issue calls a sweep makes, so the decision below stays free of HTTP. */
export interface IssueApi {
  /** The open issues (not pull requests) carrying `label`, oldest first. */
  openIssuesWithLabel(label: string): Promise<Array<{ number: number; title: string }>>;
  createIssue(title: string, body: string, label: string): Promise<number>;
  updateIssue(number: number, title: string, body: string): Promise<void>;
  closeIssue(number: number, comment: string): Promise<void>;
}

export type IssueOutcome =
  | { action: 'created' | 'updated' | 'closed'; issueNumber: number }
  | { action: 'none'; issueNumber?: undefined };

/**
 * Keeps one tracking issue per label: created when problems appear (dead links, paper ids that do
 * not exist, title mismatches), its body replaced on each sweep while they last, closed with a
 * comment once none is left. Never one issue per run.
 */
export async function syncTrackingIssue(
  api: IssueApi,
  report: { problems: number; title: string; body: string; label: string; closingComment: string },
): Promise<IssueOutcome> {
  const [existing] = await api.openIssuesWithLabel(report.label);
  if (report.problems > 0) {
    if (existing) {
      await api.updateIssue(existing.number, report.title, report.body);
      return { action: 'updated', issueNumber: existing.number };
    }
    return { action: 'created', issueNumber: await api.createIssue(report.title, report.body, report.label) };
  }
  if (existing) {
    await api.closeIssue(existing.number, report.closingComment);
    return { action: 'closed', issueNumber: existing.number };
  }
  return { action: 'none' };
}
