import type { FieldChange } from '../../plan/index.js';
/** A field value as one line: JSON, cut at a readable length. */
export declare function formatValue(value: unknown): string;
/** `~ path: before -> after`, `+ path: after` or `- path: before`, never showing a sensitive value. */
export declare function describeField(field: FieldChange): {
    sign: '+' | '-' | '~';
    text: string;
};
/** Terraform's symbols for each action. */
export declare const actionSymbols: {
    readonly create: "+";
    readonly update: "~";
    readonly replace: "-/+";
    readonly delete: "-";
    readonly unchanged: "=";
};
/** `Kind/name`, the short form rows use. */
export declare function objectLabel(change: {
    kind: string;
    name: string;
}): string;
/** The terraform-style summary line the issue asks for. */
export declare function summaryLine(summary: {
    create: number;
    update: number;
    replace: number;
    delete: number;
}): string;
