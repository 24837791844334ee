/** Why `text` is not a CIDR like `10.0.0.0/8` or `fd00::/8` (Go's net.ParseCIDR), or undefined. */
export declare function cidrError(text: string): string | undefined;
