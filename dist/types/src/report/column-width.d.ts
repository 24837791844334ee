/** The length of the longest cell in column `column`; a loop, since spreading 200,000 rows into Math.max overflows the stack. */
export declare function columnWidth(rows: readonly (readonly string[])[], column: number): number;
