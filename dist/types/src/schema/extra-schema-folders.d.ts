/** `--schemas` folders, and how their files are read: within a size bound, as any input is. */
export interface ExtraSchemaFolders {
    dirs: readonly string[];
    readFile: SchemaFileReader;
}
/**
 * Reads a schema file (an absolute path), or says why it did not (over the size limit, not
 * readable). The run gives src/load's bounded read: this area does no input I/O of its own.
 */
export type SchemaFileReader = (file: string) => {
    ok: true;
    bytes: Uint8Array;
} | {
    ok: false;
    message: string;
};
