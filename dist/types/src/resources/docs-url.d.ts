/** drydock's repository (SARIF's `informationUri`). */
export declare const repositoryUrl = "https://github.com/drydock-dev/drydock";
/** Where drydock's documentation lives: every link to a page of it starts here. */
export declare const docsBaseUrl = "https://github.com/drydock-dev/drydock/blob/main/docs";
/** The documentation page of a best-practice rule. */
export declare function ruleDocsUrl(id: string): string;
