// Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity), exact with BigInt, so
// `500m` equals `0.5` and `1Gi` equals `1024Mi`.

import { memoByString } from './memo-by-string.js';

/** A parsed quantity: `mantissa × 10^exponent`, exact. */
export interface Quantity {
  mantissa: bigint;
  exponent: number;
}

const grammar = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
const binary: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimal: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/** Parses a quantity (`500m`, `1.5Gi`, `1e3`, or a JSON number); undefined when it is not one. */
export function parseQuantity(value: unknown): Quantity | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? parseText(String(value).replace('e+', 'e')) : undefined;
  return typeof value === 'string' ? parseText(value) : undefined;
}

// the same few quantities (`100m`, `128Mi`) appear in most containers; like the API server,
// no surrounding spaces are allowed
const parseText = memoByString((text: string): Quantity | undefined => {
  const match = grammar.exec(text);
  if (!match) return undefined;
  // the number group is not optional: it is there whenever the grammar matches
  const [, sign, number = '', suffix = ''] = match;
  const [whole, fraction = ''] = number.split('.');
  let mantissa = BigInt(`${whole}${fraction}` || '0');
  let exponent = -fraction.length;
  const binaryPower = binary[suffix];
  const decimalPower = decimal[suffix];
  if (binaryPower !== undefined) mantissa *= 2n ** BigInt(binaryPower);
  else if (decimalPower !== undefined) exponent += decimalPower;
  else exponent += Number(suffix.slice(1));
  // an absurd exponent (`1e999999`) would make the BigInt power below hang; treat it as no quantity
  if (Math.abs(exponent) > 1000) return undefined;
  if (sign === '-') mantissa = -mantissa;
  return { mantissa, exponent };
});

/** Compares two quantities: negative, zero or positive like a sort comparator. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const common = Math.min(a.exponent, b.exponent);
  const left = a.mantissa * 10n ** BigInt(a.exponent - common);
  const right = b.mantissa * 10n ** BigInt(b.exponent - common);
  return left < right ? -1 : left > right ? 1 : 0;
}

// resource.ParseQuantity's two errors for text: the shape is wrong (ErrFormatWrong), or the shape
// is right but the suffix is not one it knows (ErrSuffix, as in `1K` or `1iG`).
const formatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const suffixWrong = "unable to parse quantity's suffix";
const quantityShape = /^[+-]?[0-9]*(?:\.[0-9]*)?[eEinumkKMGTP]*[+-]?[0-9]*$/;

/**
 * Why the API server refuses `value` as a resource.Quantity, in its words, or undefined when it
 * decodes. Like Quantity.UnmarshalJSON, surrounding whitespace is ignored; a JSON number is a quantity.
 */
export function quantityError(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (parseText(text)) return undefined;
  if (text === '' || !quantityShape.test(text)) return formatWrong;
  // the shape is right: an exponent too large for drydock's exact arithmetic is still a quantity
  if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)[eE][+-]?[0-9]+$/.test(text)) return undefined;
  return suffixWrong;
}
