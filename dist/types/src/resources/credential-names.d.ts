/** Whether an env var or config key name suggests it holds a credential (not where one is, or a setting about one). */
export declare function looksLikeCredentialName(name: string): boolean;
/** Whether a value could be a credential: not empty, a path, a boolean, a short number, a variable reference or a template placeholder. */
export declare function couldBeCredentialValue(value: string): boolean;
/**
 * Whether a value holds a private key: a header `BEGIN … PRIVATE KEY`, whatever dashes frame it
 * (PEM's five, OpenPGP's ` BLOCK-----`, or the three Polaris's own test key has).
 */
export declare function holdsPrivateKey(value: string): boolean;
