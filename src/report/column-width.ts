/** The length of the longest cell in column `column`; a loop, since spreading 200,000 rows into Math.max overflows the stack. */
export function columnWidth(rows: readonly (readonly string[])[], column: number): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row[column]?.length ?? 0);
  return width;
}
