/** drydock's repository (SARIF's `informationUri`). */
export const repositoryUrl = 'https://github.com/drydock-dev/drydock';

/** Where drydock's documentation lives: every link to a page of it starts here. */
export const docsBaseUrl = `${repositoryUrl}/blob/main/docs`;

/** The documentation page of a best-practice rule. */
export function ruleDocsUrl(id: string): string {
  return `${docsBaseUrl}/rules/${id}.md`;
}
