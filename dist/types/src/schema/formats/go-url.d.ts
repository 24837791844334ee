/**
 * Go's `url.ParseRequestURI` as a yes/no (the `uri` format; facts from Go's net/url): an absolute
 * URI or an absolute path, no fragment split off (a `#` stays in the path), well-formed `%`
 * escapes in the path, userinfo and host, and a numeric port. One left-to-right pass per part.
 */
export declare function isRequestUri(raw: string): boolean;
