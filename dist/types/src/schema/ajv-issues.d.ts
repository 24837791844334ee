import type { ErrorObject } from 'ajv';
import type { SchemaIssue } from './schema-issue.js';
/** How to word issues: values of sensitive objects (Secrets) are never shown. */
export interface IssueWording {
    sensitive?: boolean;
}
/**
 * Turns ajv errors (compiled with `allErrors` and `verbose`) into SchemaIssues a person
 * understands, each pointing at the key (unknown or missing field) or the value (wrong value).
 */
export declare function issuesFromAjvErrors(errors: readonly ErrorObject[], wording?: IssueWording): SchemaIssue[];
/** Splits an ajv instancePath (`/spec/containers/0`) into a JSON path. */
export declare function pathFromPointer(pointer: string): (string | number)[];
/** `string "3"`, `integer 5`, `object`: the value's type, and a short value where it is safe. */
export declare function describe(value: unknown, wording: IssueWording): string;
