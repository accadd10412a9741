/** A problem found in the content: always names the file, the field and the fix. */
export interface ContentIssue {
  /** Path relative to the project root, with :line when known. */
  file: string;
  /** The field, attribute or element at fault (e.g. "frontmatter.locality", "<Tags pillars>"). */
  field: string;
  /** What is wrong and what is allowed. */
  message: string;
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `✗ ${i.file} — ${i.field}: ${i.message}`).join('\n');
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`${issues.length} content problem(s):\n${formatIssues(issues)}`);
    this.issues = issues;
    this.name = 'ContentError';
  }
}
