/** The tag and digest of a container image reference (`registry:5000/team/app:1.2@sha256:…`). */
export interface ImageReference {
    /** The tag, undefined when the reference has none (a registry port is not a tag). */
    tag?: string;
    digest?: string;
}
/** Splits an image reference into its tag and digest; the tag is looked for after the last `/` only. */
export declare function parseImageReference(image: string): ImageReference;
