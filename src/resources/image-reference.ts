/** The tag and digest of a container image reference (`registry:5000/team/app:1.2@sha256:…`). */
export interface ImageReference {
  /** The tag, undefined when the reference has none (a registry port is not a tag). */
  tag?: string;
  digest?: string;
}

/** Splits an image reference into its tag and digest; the tag is looked for after the last `/` only. */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const digest = at === -1 ? undefined : image.slice(at + 1);
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  const tag = colon === -1 ? undefined : lastSegment.slice(colon + 1);
  return { tag, digest: digest || undefined };
}
