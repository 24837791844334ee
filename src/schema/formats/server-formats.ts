import type { KubernetesVersion } from '../../resources/index.js';
import { minorOf } from '../../resources/index.js';
import { isGovalidatorBase64 } from './base64.js';
import { isDate, isDateTime } from './date-time.js';
import { isDuration } from './duration.js';
import { isGoIP, isGoMac, isSloppyCidr, isSloppyIP } from './go-ip.js';
import { isMailAddress } from './go-mail.js';
import { isRequestUri } from './go-url.js';
import { isCreditCard, isHexColor, isIsbn10, isIsbn13, isRgbColor, isSsn } from './govalidator.js';
import { isBsonObjectId, isHostname, isK8sLongName, isK8sShortName, isUuid, isUuid3, isUuid4, isUuid5 } from './identifiers.js';


interface ServerFormat {
  /** How messages name it. */
  name: string;
  /** The first minor version of Kubernetes that checks it. */
  since: number;
  check: (value: string) => boolean;
}

/**
 * The string formats kube-apiserver checks on custom resources, by their normalised name
 * (apiextensions-apiserver's formats.go allow-list; each check is kube-openapi's strfmt).
 * Every other format, and any format on a value that is not a string, is ignored by the server.
 */
const serverFormats = new Map<string, ServerFormat>([
  ['bsonobjectid', { name: 'bsonobjectid', since: 0, check: isBsonObjectId }],
  ['uri', { name: 'uri', since: 0, check: isRequestUri }],
  ['email', { name: 'email', since: 0, check: isMailAddress }],
  ['hostname', { name: 'hostname', since: 0, check: isHostname }],
  ['ipv4', { name: 'ipv4', since: 0, check: (s) => isSloppyIP(s) && s.includes('.') }],
  ['ipv6', { name: 'ipv6', since: 0, check: (s) => isGoIP(s) && s.includes(':') }],
  ['cidr', { name: 'cidr', since: 0, check: isSloppyCidr }],
  ['mac', { name: 'mac', since: 0, check: isGoMac }],
  ['uuid', { name: 'uuid', since: 0, check: isUuid }],
  ['uuid3', { name: 'uuid3', since: 0, check: isUuid3 }],
  ['uuid4', { name: 'uuid4', since: 0, check: isUuid4 }],
  ['uuid5', { name: 'uuid5', since: 0, check: isUuid5 }],
  ['isbn', { name: 'isbn', since: 0, check: (s) => isIsbn10(s) || isIsbn13(s) }],
  ['isbn10', { name: 'isbn10', since: 0, check: isIsbn10 }],
  ['isbn13', { name: 'isbn13', since: 0, check: isIsbn13 }],
  ['creditcard', { name: 'creditcard', since: 0, check: isCreditCard }],
  ['ssn', { name: 'ssn', since: 0, check: isSsn }],
  ['hexcolor', { name: 'hexcolor', since: 0, check: isHexColor }],
  ['rgbcolor', { name: 'rgbcolor', since: 0, check: isRgbColor }],
  ['byte', { name: 'byte', since: 0, check: isGovalidatorBase64 }],
  ['password', { name: 'password', since: 0, check: () => true }],
  ['date', { name: 'date', since: 0, check: isDate }],
  ['duration', { name: 'duration', since: 0, check: isDuration }],
  ['datetime', { name: 'date-time', since: 0, check: isDateTime }],
  ['k8sshortname', { name: 'k8s-short-name', since: 34, check: isK8sShortName }],
  ['k8slongname', { name: 'k8s-long-name', since: 34, check: isK8sLongName }],
]);

/**
 * The server's check for `format` at `version`, if it has one: go-openapi normalises a format
 * name by dropping every `-` (`date-time`, `datetime` and `d-ate-time` are one format; case counts).
 */
export function serverFormat(format: string, version: KubernetesVersion): { name: string; check: (value: string) => boolean } | undefined {
  const known = serverFormats.get(format.replaceAll('-', ''));
  return known && minorOf(version) >= known.since ? known : undefined;
}
