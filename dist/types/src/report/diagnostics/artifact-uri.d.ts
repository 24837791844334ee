/** The base id SARIF consumers (GitHub code scanning) resolve to the repository root. */
export declare const srcRootBaseId = "%SRCROOT%";
/** A SARIF `artifactLocation`. */
export interface ArtifactLocation {
    uri: string;
    uriBaseId?: string;
}
/**
 * Where a diagnostic's file is, as a SARIF artifact location. Files inside the working directory
 * (the loader names them relative to it, with `/`) become percent-encoded URIs relative to
 * `%SRCROOT%` (`k8s/my%20app.yaml`); files outside it (named absolutely) become `file:` URIs;
 * `<stdin>` stays a relative name (`%3Cstdin%3E`), since it has no path.
 */
export declare function artifactLocationOf(file: string): ArtifactLocation;
/** The `file:` URI of a directory, with the trailing `/` SARIF requires of a base URI. */
export declare function directoryUri(dir: string): string;
