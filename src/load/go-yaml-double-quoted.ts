/**
 * A double-quoted scalar read the way kubectl's YAML reader (go-yaml v2's scanner) reads it. The
 * escapes it knows are YAML 1.1's: `\0 \a \b \t \<TAB> \n \v \f \r \e \<space> \" \\ \N \_ \L \P
 * \xXX \uXXXX \UXXXXXXXX`, plus `\'`, which YAML never defined; YAML 1.2's `\/` is unknown to it, and
 * so are escapes of surrogates or of code points past U+10FFFF. It checks no indentation inside
 * the quotes (continuation lines may stand left of their key), and reads U+0085, U+2028 and
 * U+2029 as line breaks. js-yaml and the `yaml` library differ on each of these points.
 */
export type DoubleQuoted =
  | { value: string; end: number }
  | { problem: 'unknown-escape' | 'bad-hex' | 'bad-code-point' | 'unclosed' | 'document-marker'; at: number; end: number };

const simpleEscapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', "'": "'", '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const hexDigits: Record<string, RegExp> = { x: /^[0-9a-fA-F]{2}$/, u: /^[0-9a-fA-F]{4}$/, U: /^[0-9a-fA-F]{8}$/ };

function isBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';
}

function isSpecial(ch: string | undefined): boolean {
  return ch === '"' || ch === '\\' || isBlank(ch) || isBreak(ch);
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Where a line break starting at `i` ends, and what it reads as (CR LF, CR and NEL read as LF). */
function readBreak(text: string, i: number): [string, number] {
  const ch = text[i];
  if (ch === '\r' && text[i + 1] === '\n') return ['\n', i + 2];
  return [ch === '\u2028' || ch === '\u2029' ? ch : '\n', i + 1];
}

function isDocumentMarker(text: string, i: number): boolean {
  const three = text.slice(i, i + 3);
  if (three !== '---' && three !== '...') return false;
  const next = text[i + 3];
  return next === undefined || isBlank(next) || isBreak(next);
}

/** Reads the double-quoted scalar whose opening quote is at `start`. */
export function readDoubleQuoted(text: string, start: number): DoubleQuoted {
  let out = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return { problem: 'unclosed', at: start, end: i };
    if ((i === 0 || isBreak(text[i - 1])) && isDocumentMarker(text, i)) return { problem: 'document-marker', at: i, end: i + 3 };
    let afterBreak = false;
    while (i < text.length && !isBlank(text[i]) && !isBreak(text[i])) {
      const ch = text[i];
      if (ch === '"') return { value: out, end: i + 1 };
      if (ch !== '\\') {
        // a run of plain characters is copied at once
        let runEnd = i + 1;
        while (runEnd < text.length && !isSpecial(text[runEnd])) runEnd++;
        out += text.slice(i, runEnd);
        i = runEnd;
        continue;
      }
      const code = text[i + 1];
      if (isBreak(code)) {
        // an escaped line break joins the lines with nothing between them
        i = readBreak(text, i + 1)[1];
        afterBreak = true;
        break;
      }
      const simple = code === undefined ? undefined : simpleEscapes[code];
      if (simple !== undefined) {
        out += simple;
        i += 2;
        continue;
      }
      const hex = code === undefined ? undefined : hexDigits[code];
      if (hex === undefined) return { problem: 'unknown-escape', at: i, end: Math.min(i + 2, text.length) };
      const length = code === 'x' ? 2 : code === 'u' ? 4 : 8;
      const digits = text.slice(i + 2, i + 2 + length);
      if (!hex.test(digits)) return { problem: 'bad-hex', at: i, end: i + 2 + digits.length };
      const point = parseInt(digits, 16);
      if ((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) return { problem: 'bad-code-point', at: i, end: i + 2 + length };
      out += String.fromCodePoint(point);
      i += 2 + length;
    }
    if (i >= text.length) continue;
    if (text[i] === '"') return { value: out, end: i + 1 };
    // blanks and breaks: a run of them folds like YAML's flow scalars
    let blanks = '';
    let firstBreak = '';
    let moreBreaks = '';
    while (i < text.length && (isBlank(text[i]) || isBreak(text[i]))) {
      if (isBlank(text[i])) {
        if (!afterBreak) blanks += text[i];
        i++;
        continue;
      }
      const [read, next] = readBreak(text, i);
      if (afterBreak) moreBreaks += read;
      else {
        firstBreak = read;
        afterBreak = true;
      }
      i = next;
    }
    if (!afterBreak) out += blanks;
    else if (firstBreak === '\n') out += moreBreaks === '' ? ' ' : moreBreaks;
    else out += firstBreak + moreBreaks;
  }
}
