/**
 * The formats kube-openapi takes from (a frozen copy of) asaskevich/govalidator: ISBNs, credit
 * card numbers, US social security numbers and colours. Facts from its patterns and checksums;
 * every expression here is anchored, fixed-length or on an already bounded string.
 */

/** Go's `\s`, which the ISBN sanitiser strips together with `-`. */
const goSpaceOrMinus = /[\t\n\f\r -]+/g;

export function isIsbn10(s: string): boolean {
  const digits = s.replace(goSpaceOrMinus, '');
  if (!/^(?:[0-9]{9}X|[0-9]{10})$/.test(digits)) return false;
  let checksum = 0;
  for (let i = 0; i < 9; i++) checksum += (i + 1) * (digits.charCodeAt(i) - 48);
  checksum += 10 * (digits[9] === 'X' ? 10 : digits.charCodeAt(9) - 48);
  return checksum % 11 === 0;
}

export function isIsbn13(s: string): boolean {
  const digits = s.replace(goSpaceOrMinus, '');
  if (!/^[0-9]{13}$/.test(digits)) return false;
  let checksum = 0;
  for (let i = 0; i < 12; i++) checksum += (i % 2 === 0 ? 1 : 3) * (digits.charCodeAt(i) - 48);
  return digits.charCodeAt(12) - 48 === (10 - (checksum % 10)) % 10;
}

/** Digits only (anything else is dropped first), a known issuer's prefix and length, and the Luhn sum. */
export function isCreditCard(s: string): boolean {
  const digits = s.replace(/[^0-9]+/g, '');
  if (digits.length > 19) return false;
  if (!/^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35[0-9]{3})[0-9]{11})$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit >= 10) digit = (digit % 10) + 1;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** `^\d{3}[- ]?\d{2}[- ]?\d{4}$` in exactly 11 bytes: so both separators are there. */
export function isSsn(s: string): boolean {
  return /^[0-9]{3}[- ][0-9]{2}[- ][0-9]{4}$/.test(s);
}

export function isHexColor(s: string): boolean {
  return /^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(s);
}

// a channel is 0-255 without leading zeros; Go's `\s` around each one
const channel = '[\\t\\n\\f\\r ]*(?:0|[1-9][0-9]?|1[0-9][0-9]|2[0-4][0-9]|25[0-5])[\\t\\n\\f\\r ]*';
const rgbColor = new RegExp(`^rgb\\(${channel},${channel},${channel}\\)$`);

export function isRgbColor(s: string): boolean {
  return rgbColor.test(s);
}
