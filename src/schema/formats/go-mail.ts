import { isGoIP } from './go-ip.js';
import { isStandardBase64 } from '../../resources/index.js';

/**
 * Go's `net/mail.ParseAddress` as a yes/no (the `email` format; facts from Go's net/mail): one
 * address, either a bare addr-spec (optionally followed by a `(comment)` display name) or a
 * display name and `<addr-spec>`, or a group holding exactly one such address. Each step
 * consumes input, so the parse is linear (comments nest by a counter, not by recursion).
 */
export function isMailAddress(s: string): boolean {
  const parser = new AddressParser(s);
  const count = parser.address(true);
  if (count === undefined || !parser.skipCfws() || !parser.empty()) return false;
  return count === 1;
}

class Failure extends Error {}

class AddressParser {
  private at = 0;

  constructor(private readonly s: string) {}

  empty(): boolean {
    return this.at >= this.s.length;
  }

  /** The number of addresses read (a group may hold several), or undefined on a parse error. */
  address(handleGroup: boolean): number | undefined {
    try {
      return this.parseAddress(handleGroup);
    } catch (error) {
      if (error instanceof Failure) return undefined;
      throw error;
    }
  }

  private parseAddress(handleGroup: boolean): number {
    this.skipSpace();
    if (this.empty()) throw new Failure();
    // addr-spec is the stricter grammar: try it first
    if (this.tryAddrSpec()) {
      this.skipSpace();
      if (!this.empty() && this.peek() === '(') this.displayNameComment();
      return 1;
    }
    if (this.peek() !== '<') this.phrase();
    this.skipSpace();
    if (handleGroup && this.consume(':')) return this.groupList();
    if (!this.consume('<')) throw new Failure();
    if (!this.tryAddrSpec()) throw new Failure();
    if (!this.consume('>')) throw new Failure();
    return 1;
  }

  private groupList(): number {
    this.skipSpace();
    if (this.consume(';')) {
      if (!this.skipCfws()) throw new Failure();
      return 0;
    }
    let count = 0;
    for (;;) {
      this.skipSpace();
      count += this.parseAddress(false);
      if (!this.skipCfws()) throw new Failure();
      if (this.consume(';')) {
        if (!this.skipCfws()) throw new Failure();
        return count;
      }
      if (!this.consume(',')) throw new Failure();
    }
  }

  /** local-part `@` domain; on failure nothing is consumed. */
  private tryAddrSpec(): boolean {
    const start = this.at;
    try {
      this.skipSpace();
      if (this.empty()) throw new Failure();
      if (this.peek() === '"') {
        if (this.quotedString() === '') throw new Failure();
      } else {
        this.atom(true, false);
      }
      if (!this.consume('@')) throw new Failure();
      this.skipSpace();
      if (this.empty()) throw new Failure();
      if (this.peek() === '[') this.domainLiteral();
      else this.atom(true, false);
      return true;
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      this.at = start;
      return false;
    }
  }

  /** 1*word, CFWS allowed between words; errors after the first word end the phrase quietly. */
  private phrase(): void {
    let words = 0;
    for (;;) {
      if (words > 0 && !this.skipCfws()) throw new Failure();
      this.skipSpace();
      if (this.empty()) break;
      try {
        if (this.peek() === '"') this.quotedString();
        else checkEncodedWord(this.atom(true, true));
      } catch (error) {
        if (!(error instanceof Failure)) throw error;
        if (words === 0) throw error;
        break;
      }
      words += 1;
    }
    if (words === 0) throw new Failure();
  }

  private quotedString(): string {
    let i = this.at + 1;
    let text = '';
    let escaped = false;
    for (;;) {
      const code = this.s.codePointAt(i);
      if (code === undefined) throw new Failure();
      if (code >= 0xd800 && code <= 0xdfff) throw new Failure(); // a lone surrogate is invalid UTF-8
      const r = String.fromCodePoint(code);
      if (escaped) {
        if (!isVchar(code) && !isWsp(code)) throw new Failure();
        text += r;
        escaped = false;
      } else if ((isVchar(code) && r !== '\\' && r !== '"') || isWsp(code)) {
        text += r;
      } else if (r === '"') {
        break;
      } else if (r === '\\') {
        escaped = true;
      } else {
        throw new Failure();
      }
      i += r.length;
    }
    this.at = i + 1;
    return text;
  }

  /** A (dot-)atom; `permissive` allows leading, trailing and double dots. */
  private atom(dot: boolean, permissive: boolean): string {
    let i = this.at;
    for (;;) {
      const code = this.s.codePointAt(i);
      if (code === undefined) break;
      if (code >= 0xd800 && code <= 0xdfff) throw new Failure();
      if (!isAtext(code, dot)) break;
      i += code > 0xffff ? 2 : 1;
    }
    if (i === this.at) throw new Failure();
    const atom = this.s.slice(this.at, i);
    this.at = i;
    if (!permissive && (atom.startsWith('.') || atom.includes('..') || atom.endsWith('.'))) throw new Failure();
    return atom;
  }

  private domainLiteral(): void {
    this.consume('[');
    let text = '';
    for (;;) {
      if (this.empty()) throw new Failure();
      if (this.peek() === ']') break;
      const code = this.s.codePointAt(this.at) ?? 0;
      if (code >= 0xd800 && code <= 0xdfff) throw new Failure();
      if (!isDtext(code)) throw new Failure();
      const r = String.fromCodePoint(code);
      text += r;
      this.at += r.length;
    }
    this.consume(']');
    if (!isGoIP(text)) throw new Failure();
  }

  /** `(comment)` after an addr-spec: its words may be RFC 2047 encoded words. */
  private displayNameComment(): void {
    this.consume('(');
    const comment = this.comment();
    if (comment === undefined) throw new Failure();
    for (const word of comment.split(/[ \t]+/)) if (word !== '') checkEncodedWord(word);
  }

  skipCfws(): boolean {
    this.skipSpace();
    while (this.consume('(')) {
      if (this.comment() === undefined) return false;
      this.skipSpace();
    }
    return true;
  }

  /** The text up to the matching `)` (the `(` consumed), or undefined when it never closes. */
  private comment(): string | undefined {
    let depth = 1;
    let text = '';
    while (!this.empty() && depth > 0) {
      if (this.peek() === '\\' && this.s.length - this.at > 1) this.at += 1;
      else if (this.peek() === '(') depth += 1;
      else if (this.peek() === ')') depth -= 1;
      if (depth > 0) text += this.s[this.at];
      this.at += 1;
    }
    return depth === 0 ? text : undefined;
  }

  private skipSpace(): void {
    while (!this.empty() && (this.peek() === ' ' || this.peek() === '\t')) this.at += 1;
  }

  // undefined at the end: it then matches no character it is compared with
  private peek(): string | undefined {
    return this.s[this.at];
  }

  private consume(c: string): boolean {
    if (this.empty() || this.peek() !== c) return false;
    this.at += 1;
    return true;
  }
}

/**
 * Go decodes RFC 2047 words (`=?charset?q?text?=`) in display names and ignores malformed ones;
 * the one failure is a well-formed word in a charset it has no reader for.
 */
function checkEncodedWord(word: string): void {
  if (word.length < 8 || !word.startsWith('=?') || !word.endsWith('?=') || word.split('?').length !== 5) return;
  // the word has five `?`-parts, so the three inner ones are there
  const [charset = '', encoding = '', text = ''] = word.slice(2, -2).split('?');
  if (charset === '' || encoding.length !== 1) return;
  const decodes = encoding === 'b' || encoding === 'B' ? isStandardBase64(text) : encoding === 'q' || encoding === 'Q' ? isQEncoded(text) : false;
  if (decodes && !nativeCharsets.has(charset.toLowerCase())) throw new Failure();
}

const nativeCharsets = new Set(['utf-8', 'iso-8859-1', 'us-ascii']);

function isQEncoded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '=') {
      if (i + 2 >= text.length || !/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) return false;
      i += 2;
    } else if (c !== '_' && !(c >= ' ' && c <= '~') && c !== '\n' && c !== '\r' && c !== '\t') {
      return false;
    }
  }
  return true;
}

function isVchar(code: number): boolean {
  return (code >= 0x21 && code <= 0x7e) || code >= 0x80;
}

function isWsp(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

const specials = new Set([...'()<>[]:;@\\,"'].map((c) => c.charCodeAt(0)));

function isAtext(code: number, dot: boolean): boolean {
  if (code === 0x2e) return dot;
  return !specials.has(code) && isVchar(code);
}

function isDtext(code: number): boolean {
  return code !== 0x5b && code !== 0x5d && code !== 0x5c && isVchar(code);
}
