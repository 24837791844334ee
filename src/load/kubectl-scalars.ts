/**
 * How kubectl (sigs.k8s.io/yaml over go-yaml v2) reads an untagged plain scalar. This is YAML 1.1
 * flavoured: `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0755` is octal, `1_000` is 1000,
 * `0b101` binary. Timestamps stay strings (go-yaml v2 keeps them as strings when decoding into
 * an untyped value), and there are no sexagesimal numbers.
 */
export type PlainScalar = { value: boolean | number } | undefined;

const words = new Map<string, boolean | number>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((w) => [w, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((w) => [w, false] as const),
  ...['.nan', '.NaN', '.NAN'].map((w) => [w, NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w) => [w, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((w) => [w, -Infinity] as const),
]);

// go-yaml's yamlStyleFloat
const floatPattern = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// strconv.ParseInt(s, 0, 64) after underscores are removed: sign, then a base prefix or digits
const decimalPattern = /^[-+]?(0|[1-9][0-9]*)$/;
const octalPattern = /^[-+]?0[oO]?[0-7]+$/;
const hexPattern = /^[-+]?0[xX][0-9a-fA-F]+$/;
const binaryPattern = /^[-+]?0[bB][01]+$/;

/** The boolean or number a plain scalar stands for, or undefined when it is a string. */
export function resolvePlainScalar(text: string): PlainScalar {
  const first = text.charCodeAt(0);
  // only these first characters can start a non-string (go-yaml's resolve table)
  const isDigit = first >= 48 && first <= 57;
  const isSign = first === 43 || first === 45;
  if (!isDigit && !isSign && !'yYnNtTfFoO.'.includes(text[0] ?? ' ')) return undefined;
  const word = words.get(text);
  if (word !== undefined) return { value: word };
  if (text[0] === '.') {
    return floatPattern.test(text) ? { value: Number(text) } : undefined;
  }
  if (!isDigit && !isSign) return undefined;
  const plain = text.includes('_') ? text.replace(/_/g, '') : text;
  const integer = parseGoInteger(plain);
  if (integer !== undefined) return { value: integer };
  if (floatPattern.test(plain)) return { value: Number(plain) };
  return undefined;
}

function parseGoInteger(text: string): number | undefined {
  const negative = text[0] === '-';
  const digits = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  let value: number;
  if (decimalPattern.test(text)) value = Number(digits);
  else if (hexPattern.test(text)) value = parseInt(digits.slice(2), 16);
  else if (binaryPattern.test(text)) value = parseInt(digits.slice(2), 2);
  else if (octalPattern.test(text)) value = parseInt(digits.replace(/^0[oO]?/, ''), 8);
  else return undefined;
  return negative ? -value : value;
}
