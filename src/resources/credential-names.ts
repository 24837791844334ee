import { hasDelimitedRun } from './delimited-run.js';

// Names of variables and keys that usually hold credentials (after `-` and `.` become `_`).
const sensitiveName = /secret|passw(?:or)?d|token|bearer|api_?key|private_?key|access_?key|credential|^azure_\w*key$|^oci_cli_key_content$/i;
// Names that mention a secret but hold something else: where it is, what it is called, how long it lives.
const referenceName =
  /_(?:file|path|dir|directory|url|uri|endpoint|host|hostname|port|name|namespace|id|ref|type|header|ttl|expiry|expiration|lifetime|timeout|interval|seconds|minutes|hours|days|length|size|enabled|disabled|mode|location|audience|issuer)$/i;
// Names that count, limit, version or switch something a secret is involved in: `MAX_TOTAL_TOKENS`,
// `MYSQL_ALLOW_EMPTY_PASSWORD`, `SECRET_VERSION`, `require-git-ssh-secret-known-hosts`.
const settingName = /^(?:max|min|num)_|_(?:count|limit|version|max|min)$|(?:^|_)(?:allow|enable|disable|use|require|skip)_/i;
// `$(OTHER_VAR)` expands another variable and `${…}`/`{{…}}` are left for a templating step.
const placeholder = /^\s*(?:\$\(.*\)|\$\{.*\}|\{\{.*\}\})\s*$/s;

/** Whether an env var or config key name suggests it holds a credential (not where one is, or a setting about one). */
export function looksLikeCredentialName(name: string): boolean {
  const normalized = name.replace(/[-.]/g, '_');
  return sensitiveName.test(normalized) && !referenceName.test(normalized) && !settingName.test(normalized);
}

/** Whether a value could be a credential: not empty, a path, a boolean, a short number, a variable reference or a template placeholder. */
export function couldBeCredentialValue(value: string): boolean {
  const text = value.trim();
  // a short number (a size, a count, a flag such as "1") is no credential
  return text !== '' && !placeholder.test(text) && !text.startsWith('/') && !/^(?:true|false)$/i.test(text) && !/^\d{1,5}$/.test(text);
}

// a PEM label (RFC 7468) is capitals, digits and spaces: `RSA`, `EC`, `OPENSSH`, `ENCRYPTED`, `PGP`
const isLabelCharacter = (c: string) => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === ' ';

/**
 * Whether a value holds a private key: a header `BEGIN … PRIVATE KEY`, whatever dashes frame it
 * (PEM's five, OpenPGP's ` BLOCK-----`, or the three Polaris's own test key has).
 */
export function holdsPrivateKey(value: string): boolean {
  return hasDelimitedRun(value, 'BEGIN ', isLabelCharacter, 'PRIVATE KEY');
}
