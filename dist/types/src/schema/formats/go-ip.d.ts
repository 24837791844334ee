/**
 * IP and MAC address parsers as the API server's format checks run them (facts from Go's net and
 * net/netip, and k8s.io/utils' fork of Go 1.16's parser): each a single left-to-right scan.
 */
/** k8s.io/utils `ParseIPSloppy`: the first `.` or `:` decides between the two parsers. */
export declare function isSloppyIP(s: string): boolean;
/** k8s.io/utils `ParseCIDRSloppy`: a sloppy address, `/`, and decimal prefix bits (leading zeros allowed). */
export declare function isSloppyCidr(s: string): boolean;
/** Go's `net.ParseIP` (net/netip underneath, zones refused): the first `.`, `:` or `%` decides. */
export declare function isGoIP(s: string): boolean;
/** Go's `net.ParseMAC`: 6, 8 or 20 octets as `xx:xx`, `xx-xx` or `xxxx.xxxx`. */
export declare function isGoMac(s: string): boolean;
