import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGoDuration,
  isStandardBase64,
  minorOf
} from "./chunk-084AE718.js";

// src/schema/formats/base64.ts
function isGovalidatorBase64(s) {
  if (s.length === 0 || s.length % 4 !== 0) return false;
  const padding = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  for (const c of s.slice(0, s.length - padding)) if (!isBase64Char(c)) return false;
  return true;
}
function isBase64Char(c) {
  return c >= "A" && c <= "Z" || c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "+" || c === "/";
}

// src/schema/formats/date-time.ts
function isDate(s) {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}
function daysIn(month, year) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function isDateTime(s) {
  if (s.length < 4) return false;
  const parts = s.replace(/[A-Z]/g, (c) => c.toLowerCase()).split("t");
  const [date, time] = parts;
  if (date === void 0 || time === void 0 || !isDate(date)) return false;
  return isTimeOfDay([...time]);
}
function isTimeOfDay(runes) {
  const digits = (from, count) => runes.slice(from, from + count).length === count && runes.slice(from, from + count).every((r) => r >= "0" && r <= "9");
  if (!digits(0, 2) || runes[2] !== ":" || !digits(3, 2) || runes[5] !== ":" || !digits(6, 2)) return false;
  const pair = (from) => runes.slice(from, from + 2).join("");
  if (pair(0) > "23" || pair(3) > "59" || pair(6) > "59") return false;
  const rest = runes.slice(8);
  const zoneLength = rest.at(-1) === "z" ? 1 : 6;
  if (rest.length < zoneLength) return false;
  const zone = rest.slice(rest.length - zoneLength);
  if (zoneLength === 6 && !/^[+-][0-9]{2}:[0-9]{2}$/.test(zone.join(""))) return false;
  const fraction = rest.slice(0, rest.length - zoneLength);
  if (fraction.length === 0) return true;
  return fraction.length >= 2 && fraction[0] !== "\n" && fraction.slice(1).every((r) => r >= "0" && r <= "9");
}

// src/schema/formats/duration.ts
function isDuration(s) {
  return isGoDuration(s) || isLenientDuration(s);
}
var maxInt64 = (1n << 63n) - 1n;
var lenientUnits = [
  ["ns", "nano"],
  ["us", "\xB5s", "micro"],
  ["ms", "milli"],
  ["s", "sec"],
  ["m", "min"],
  ["h", "hr", "hour"],
  ["d", "day"],
  ["w", "wk", "week"]
];
function isLenientDuration(s) {
  let known = false;
  let at = 0;
  while (at < s.length) {
    if (!isDigit(s[at])) {
      at += 1;
      continue;
    }
    const digitsStart = at;
    while (at < s.length && isDigit(s[at])) at += 1;
    const digitsEnd = at;
    let letters = at;
    while (letters < s.length && isGoSpace(s[letters])) letters += 1;
    const lettersStart = letters;
    while (letters < s.length && isUnitLetter(s[letters])) letters += 1;
    if (letters === lettersStart) continue;
    if (BigInt(s.slice(digitsStart, digitsEnd)) > maxInt64) return false;
    const unit = s.slice(lettersStart, letters).toLowerCase();
    known ||= lenientUnits.some((spellings) => spellings.some((spelling, i) => spelling === unit || i === spellings.length - 1 && unit.startsWith(spelling)));
    at = letters;
  }
  return known;
}
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function isGoSpace(c) {
  return c === " " || c === "	" || c === "\n" || c === "\f" || c === "\r";
}
function isUnitLetter(c) {
  return c !== void 0 && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "\xB5");
}

// src/schema/formats/go-ip.ts
var big = 16777215;
function decimalAt(s, from) {
  let value = 0;
  let end = from;
  for (; end < s.length && s.charAt(end) >= "0" && s.charAt(end) <= "9"; end++) {
    value = value * 10 + (s.charCodeAt(end) - 48);
    if (value >= big) return void 0;
  }
  return end === from ? void 0 : { value, end };
}
function hexAt(s, from) {
  let value = 0;
  let end = from;
  for (; end < s.length; end++) {
    const digit = hexDigit(s[end]);
    if (digit < 0) break;
    value = value * 16 + digit;
    if (value >= big) return void 0;
  }
  return end === from ? void 0 : { value, end };
}
function hexDigit(c) {
  if (c === void 0) return -1;
  if (c >= "0" && c <= "9") return c.charCodeAt(0) - 48;
  if (c >= "a" && c <= "f") return c.charCodeAt(0) - 87;
  if (c >= "A" && c <= "F") return c.charCodeAt(0) - 55;
  return -1;
}
function isSloppyIPv4(s) {
  let at = 0;
  for (let field = 0; field < 4; field++) {
    if (at >= s.length) return false;
    if (field > 0) {
      if (s[at] !== ".") return false;
      at += 1;
    }
    const number = decimalAt(s, at);
    if (!number || number.value > 255) return false;
    at = number.end;
  }
  return at === s.length;
}
function isSloppyIPv6(s) {
  let rest = s;
  let ellipsis = -1;
  if (rest.startsWith("::")) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest === "") return true;
  }
  let filled = 0;
  while (filled < 16) {
    const group = hexAt(rest, 0);
    if (!group || group.value > 65535) return false;
    if (group.end < rest.length && rest[group.end] === ".") {
      if (ellipsis < 0 && filled !== 12) return false;
      if (filled + 4 > 16) return false;
      if (!isSloppyIPv4(rest)) return false;
      rest = "";
      filled += 4;
      break;
    }
    filled += 2;
    rest = rest.slice(group.end);
    if (rest === "") break;
    if (rest[0] !== ":" || rest.length === 1) return false;
    rest = rest.slice(1);
    if (rest[0] === ":") {
      if (ellipsis >= 0) return false;
      ellipsis = filled;
      rest = rest.slice(1);
      if (rest === "") break;
    }
  }
  if (rest !== "") return false;
  return filled < 16 ? ellipsis >= 0 : ellipsis < 0;
}
function isSloppyIP(s) {
  for (const c of s) {
    if (c === ".") return isSloppyIPv4(s);
    if (c === ":") return isSloppyIPv6(s);
  }
  return false;
}
function isSloppyCidr(s) {
  const slash = s.indexOf("/");
  if (slash < 0) return false;
  const address = s.slice(0, slash);
  const bits = decimalAt(s, slash + 1);
  if (!bits || bits.end !== s.length) return false;
  if (isSloppyIPv4(address)) return bits.value <= 32;
  return isSloppyIPv6(address) && bits.value <= 128;
}
function isStrictIPv4(s) {
  const fields = s.split(".");
  return fields.length === 4 && fields.every((f) => /^(?:0|[1-9][0-9]{0,2})$/.test(f) && Number(f) <= 255);
}
function isStrictIPv6(s) {
  let rest = s;
  let ellipsis = -1;
  if (rest.startsWith("::")) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest === "") return true;
  }
  let filled = 0;
  while (filled < 16) {
    let digits = 0;
    while (digits < rest.length && hexDigit(rest[digits]) >= 0) {
      digits += 1;
      if (digits > 4) return false;
    }
    if (digits === 0) return false;
    if (digits < rest.length && rest[digits] === ".") {
      if (ellipsis < 0 && filled !== 12) return false;
      if (filled + 4 > 16) return false;
      if (!isStrictIPv4(rest)) return false;
      rest = "";
      filled += 4;
      break;
    }
    filled += 2;
    rest = rest.slice(digits);
    if (rest === "") break;
    if (rest[0] !== ":" || rest.length === 1) return false;
    rest = rest.slice(1);
    if (rest[0] === ":") {
      if (ellipsis >= 0) return false;
      ellipsis = filled;
      rest = rest.slice(1);
      if (rest === "") break;
    }
  }
  if (rest !== "") return false;
  return filled < 16 ? ellipsis >= 0 : ellipsis < 0;
}
function isGoIP(s) {
  for (const c of s) {
    if (c === ".") return isStrictIPv4(s);
    if (c === ":") return isStrictIPv6(s);
    if (c === "%") return false;
  }
  return false;
}
function isGoMac(s) {
  if (s.length < 14) return false;
  const isHexPair = (at) => hexDigit(s[at]) >= 0 && hexDigit(s[at + 1]) >= 0;
  if (s[2] === ":" || s[2] === "-") {
    if ((s.length + 1) % 3 !== 0) return false;
    const octets = (s.length + 1) / 3;
    if (octets !== 6 && octets !== 8 && octets !== 20) return false;
    for (let i = 0; i < octets; i++) {
      const at = i * 3;
      if (!isHexPair(at)) return false;
      if (i < octets - 1 && s[at + 2] !== s[2]) return false;
    }
    return true;
  }
  if (s[4] === ".") {
    if ((s.length + 1) % 5 !== 0) return false;
    const octets = 2 * (s.length + 1) / 5;
    if (octets !== 6 && octets !== 8 && octets !== 20) return false;
    for (let i = 0; i < octets / 2; i++) {
      const at = i * 5;
      if (!isHexPair(at) || !isHexPair(at + 2)) return false;
      if (i < octets / 2 - 1 && s[at + 4] !== ".") return false;
    }
    return true;
  }
  return false;
}

// src/schema/formats/go-mail.ts
function isMailAddress(s) {
  const parser = new AddressParser(s);
  const count = parser.address(true);
  if (count === void 0 || !parser.skipCfws() || !parser.empty()) return false;
  return count === 1;
}
var Failure = class extends Error {
};
var AddressParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  at = 0;
  empty() {
    return this.at >= this.s.length;
  }
  /** The number of addresses read (a group may hold several), or undefined on a parse error. */
  address(handleGroup) {
    try {
      return this.parseAddress(handleGroup);
    } catch (error) {
      if (error instanceof Failure) return void 0;
      throw error;
    }
  }
  parseAddress(handleGroup) {
    this.skipSpace();
    if (this.empty()) throw new Failure();
    if (this.tryAddrSpec()) {
      this.skipSpace();
      if (!this.empty() && this.peek() === "(") this.displayNameComment();
      return 1;
    }
    if (this.peek() !== "<") this.phrase();
    this.skipSpace();
    if (handleGroup && this.consume(":")) return this.groupList();
    if (!this.consume("<")) throw new Failure();
    if (!this.tryAddrSpec()) throw new Failure();
    if (!this.consume(">")) throw new Failure();
    return 1;
  }
  groupList() {
    this.skipSpace();
    if (this.consume(";")) {
      if (!this.skipCfws()) throw new Failure();
      return 0;
    }
    let count = 0;
    for (; ; ) {
      this.skipSpace();
      count += this.parseAddress(false);
      if (!this.skipCfws()) throw new Failure();
      if (this.consume(";")) {
        if (!this.skipCfws()) throw new Failure();
        return count;
      }
      if (!this.consume(",")) throw new Failure();
    }
  }
  /** local-part `@` domain; on failure nothing is consumed. */
  tryAddrSpec() {
    const start = this.at;
    try {
      this.skipSpace();
      if (this.empty()) throw new Failure();
      if (this.peek() === '"') {
        if (this.quotedString() === "") throw new Failure();
      } else {
        this.atom(true, false);
      }
      if (!this.consume("@")) throw new Failure();
      this.skipSpace();
      if (this.empty()) throw new Failure();
      if (this.peek() === "[") this.domainLiteral();
      else this.atom(true, false);
      return true;
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      this.at = start;
      return false;
    }
  }
  /** 1*word, CFWS allowed between words; errors after the first word end the phrase quietly. */
  phrase() {
    let words = 0;
    for (; ; ) {
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
  quotedString() {
    let i = this.at + 1;
    let text = "";
    let escaped = false;
    for (; ; ) {
      const code = this.s.codePointAt(i);
      if (code === void 0) throw new Failure();
      if (code >= 55296 && code <= 57343) throw new Failure();
      const r = String.fromCodePoint(code);
      if (escaped) {
        if (!isVchar(code) && !isWsp(code)) throw new Failure();
        text += r;
        escaped = false;
      } else if (isVchar(code) && r !== "\\" && r !== '"' || isWsp(code)) {
        text += r;
      } else if (r === '"') {
        break;
      } else if (r === "\\") {
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
  atom(dot, permissive) {
    let i = this.at;
    for (; ; ) {
      const code = this.s.codePointAt(i);
      if (code === void 0) break;
      if (code >= 55296 && code <= 57343) throw new Failure();
      if (!isAtext(code, dot)) break;
      i += code > 65535 ? 2 : 1;
    }
    if (i === this.at) throw new Failure();
    const atom = this.s.slice(this.at, i);
    this.at = i;
    if (!permissive && (atom.startsWith(".") || atom.includes("..") || atom.endsWith("."))) throw new Failure();
    return atom;
  }
  domainLiteral() {
    this.consume("[");
    let text = "";
    for (; ; ) {
      if (this.empty()) throw new Failure();
      if (this.peek() === "]") break;
      const code = this.s.codePointAt(this.at) ?? 0;
      if (code >= 55296 && code <= 57343) throw new Failure();
      if (!isDtext(code)) throw new Failure();
      const r = String.fromCodePoint(code);
      text += r;
      this.at += r.length;
    }
    this.consume("]");
    if (!isGoIP(text)) throw new Failure();
  }
  /** `(comment)` after an addr-spec: its words may be RFC 2047 encoded words. */
  displayNameComment() {
    this.consume("(");
    const comment = this.comment();
    if (comment === void 0) throw new Failure();
    for (const word of comment.split(/[ \t]+/)) if (word !== "") checkEncodedWord(word);
  }
  skipCfws() {
    this.skipSpace();
    while (this.consume("(")) {
      if (this.comment() === void 0) return false;
      this.skipSpace();
    }
    return true;
  }
  /** The text up to the matching `)` (the `(` consumed), or undefined when it never closes. */
  comment() {
    let depth = 1;
    let text = "";
    while (!this.empty() && depth > 0) {
      if (this.peek() === "\\" && this.s.length - this.at > 1) this.at += 1;
      else if (this.peek() === "(") depth += 1;
      else if (this.peek() === ")") depth -= 1;
      if (depth > 0) text += this.s[this.at];
      this.at += 1;
    }
    return depth === 0 ? text : void 0;
  }
  skipSpace() {
    while (!this.empty() && (this.peek() === " " || this.peek() === "	")) this.at += 1;
  }
  // undefined at the end: it then matches no character it is compared with
  peek() {
    return this.s[this.at];
  }
  consume(c) {
    if (this.empty() || this.peek() !== c) return false;
    this.at += 1;
    return true;
  }
};
function checkEncodedWord(word) {
  if (word.length < 8 || !word.startsWith("=?") || !word.endsWith("?=") || word.split("?").length !== 5) return;
  const [charset = "", encoding = "", text = ""] = word.slice(2, -2).split("?");
  if (charset === "" || encoding.length !== 1) return;
  const decodes = encoding === "b" || encoding === "B" ? isStandardBase64(text) : encoding === "q" || encoding === "Q" ? isQEncoded(text) : false;
  if (decodes && !nativeCharsets.has(charset.toLowerCase())) throw new Failure();
}
var nativeCharsets = /* @__PURE__ */ new Set(["utf-8", "iso-8859-1", "us-ascii"]);
function isQEncoded(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "=") {
      if (i + 2 >= text.length || !/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) return false;
      i += 2;
    } else if (c !== "_" && !(c >= " " && c <= "~") && c !== "\n" && c !== "\r" && c !== "	") {
      return false;
    }
  }
  return true;
}
function isVchar(code) {
  return code >= 33 && code <= 126 || code >= 128;
}
function isWsp(code) {
  return code === 32 || code === 9;
}
var specials = new Set([...'()<>[]:;@\\,"'].map((c) => c.charCodeAt(0)));
function isAtext(code, dot) {
  if (code === 46) return dot;
  return !specials.has(code) && isVchar(code);
}
function isDtext(code) {
  return code !== 91 && code !== 93 && code !== 92 && isVchar(code);
}

// src/schema/formats/go-url.ts
function isRequestUri(raw) {
  if (raw === "" || hasControlByte(raw)) return false;
  if (raw === "*") return true;
  const split = splitScheme(raw);
  if (!split) return false;
  const { scheme } = split;
  let rest = split.rest;
  const question = rest.indexOf("?");
  if (question >= 0) rest = rest.slice(0, question);
  if (!rest.startsWith("/")) return scheme !== "";
  if (scheme !== "" && rest.startsWith("//")) {
    const authorityEnd = rest.indexOf("/", 2);
    const authority = authorityEnd < 0 ? rest.slice(2) : rest.slice(2, authorityEnd);
    if (!isAuthority(authority)) return false;
    rest = authorityEnd < 0 ? "" : rest.slice(authorityEnd);
  }
  return unescapes(rest, "path");
}
function hasControlByte(s) {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}
function splitScheme(raw) {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (c >= "a" && c <= "z" || c >= "A" && c <= "Z") continue;
    if (c >= "0" && c <= "9" || c === "+" || c === "-" || c === ".") {
      if (i === 0) return { scheme: "", rest: raw };
      continue;
    }
    if (c === ":") return i === 0 ? void 0 : { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    return { scheme: "", rest: raw };
  }
  return { scheme: "", rest: raw };
}
function isAuthority(authority) {
  const at = authority.lastIndexOf("@");
  if (!isHost(at < 0 ? authority : authority.slice(at + 1))) return false;
  if (at < 0) return true;
  const userinfo = authority.slice(0, at);
  for (const c of userinfo) if (!isAlphanumeric(c) && !userinfoMarks.has(c)) return false;
  const colon = userinfo.indexOf(":");
  if (colon < 0) return unescapes(userinfo, "userinfo");
  return unescapes(userinfo.slice(0, colon), "userinfo") && unescapes(userinfo.slice(colon + 1), "userinfo");
}
var userinfoMarks = /* @__PURE__ */ new Set([...`-._:~!$&'()*+,;=%@`]);
function isHost(host) {
  if (host.startsWith("[")) {
    const close = host.lastIndexOf("]");
    if (close < 0 || !isOptionalPort(host.slice(close + 1))) return false;
    const zone = host.slice(0, close).indexOf("%25");
    if (zone >= 0) return unescapes(host.slice(0, zone), "host") && unescapes(host.slice(zone, close), "zone") && unescapes(host.slice(close), "host");
  } else {
    const colon = host.lastIndexOf(":");
    if (colon >= 0 && !isOptionalPort(host.slice(colon))) return false;
  }
  return unescapes(host, "host");
}
function isOptionalPort(port) {
  return port === "" || /^:[0-9]*$/.test(port);
}
function unescapes(s, part) {
  for (let i = 0; i < s.length; ) {
    const c = s.charAt(i);
    if (c === "%") {
      if (i + 2 >= s.length || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) return false;
      const byte = parseInt(s.slice(i + 1, i + 3), 16);
      if (part === "host" && byte < 128 && s.slice(i, i + 3) !== "%25") return false;
      if (part === "zone" && s.slice(i, i + 3) !== "%25" && byte !== 32 && !(byte < 128 && hostAllows(String.fromCharCode(byte)))) return false;
      i += 3;
      continue;
    }
    if ((part === "host" || part === "zone") && s.charCodeAt(i) < 128 && !hostAllows(c)) return false;
    i += 1;
  }
  return true;
}
function hostAllows(c) {
  return isAlphanumeric(c) || hostMarks.has(c);
}
var hostMarks = /* @__PURE__ */ new Set([...`-_.~!$&'()*+,;=:[]<>"`]);
function isAlphanumeric(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9";
}
function isHex(c) {
  return c >= "0" && c <= "9" || c >= "a" && c <= "f" || c >= "A" && c <= "F";
}

// src/schema/formats/govalidator.ts
var goSpaceOrMinus = /[\t\n\f\r -]+/g;
function isIsbn10(s) {
  const digits = s.replace(goSpaceOrMinus, "");
  if (!/^(?:[0-9]{9}X|[0-9]{10})$/.test(digits)) return false;
  let checksum = 0;
  for (let i = 0; i < 9; i++) checksum += (i + 1) * (digits.charCodeAt(i) - 48);
  checksum += 10 * (digits[9] === "X" ? 10 : digits.charCodeAt(9) - 48);
  return checksum % 11 === 0;
}
function isIsbn13(s) {
  const digits = s.replace(goSpaceOrMinus, "");
  if (!/^[0-9]{13}$/.test(digits)) return false;
  let checksum = 0;
  for (let i = 0; i < 12; i++) checksum += (i % 2 === 0 ? 1 : 3) * (digits.charCodeAt(i) - 48);
  return digits.charCodeAt(12) - 48 === (10 - checksum % 10) % 10;
}
function isCreditCard(s) {
  const digits = s.replace(/[^0-9]+/g, "");
  if (digits.length > 19) return false;
  if (!/^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35[0-9]{3})[0-9]{11})$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit >= 10) digit = digit % 10 + 1;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}
function isSsn(s) {
  return /^[0-9]{3}[- ][0-9]{2}[- ][0-9]{4}$/.test(s);
}
function isHexColor(s) {
  return /^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(s);
}
var channel = "[\\t\\n\\f\\r ]*(?:0|[1-9][0-9]?|1[0-9][0-9]|2[0-4][0-9]|25[0-5])[\\t\\n\\f\\r ]*";
var rgbColor = new RegExp(`^rgb\\(${channel},${channel},${channel}\\)$`);
function isRgbColor(s) {
  return rgbColor.test(s);
}

// src/schema/formats/identifiers.ts
var isUuid = (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s);
var isUuid3 = (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s);
var isUuid4 = (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s);
var isUuid5 = (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s);
var isBsonObjectId = (s) => /^[0-9a-fA-F]{24}$/.test(s);
var hostChar = /^[a-zA-Z0-9\p{S}\p{L}]$/u;
var topLevelChar = /^[a-zA-Z\p{L}]$/u;
var utf8 = new TextEncoder();
function isHostname(s) {
  if (utf8.encode(s).length > 255) return false;
  const labels = s.split(".");
  if (labels.some((label) => utf8.encode(label).length > 63)) return false;
  if (labels.length === 1) {
    const runes = [...s];
    const [first] = runes;
    if (first === void 0 || !hostChar.test(first)) return false;
    const tail = runes[1] === "-" ? runes.slice(2) : runes.slice(1);
    return tail.length <= 62 && tail.every((r) => hostChar.test(r));
  }
  const topLevel = [...labels.at(-1) ?? ""];
  if (topLevel.length < 2 || topLevel.length > 63 || !topLevel.every((r) => topLevelChar.test(r))) return false;
  return labels.slice(0, -1).every((label) => {
    const runes = [...label];
    const [first] = runes;
    const last = runes.at(-1);
    if (first === void 0 || last === void 0 || runes.length > 63) return false;
    if (!hostChar.test(first) || !hostChar.test(last)) return false;
    return runes.every((r) => r === "-" || hostChar.test(r));
  });
}
function isK8sShortName(s) {
  return s.length <= 63 && isLowerLabel(s);
}
function isK8sLongName(s) {
  return s.length <= 253 && s.split(".").every(isLowerLabel);
}
function isLowerLabel(s) {
  return s.length > 0 && /^[a-z0-9-]*$/.test(s) && s[0] !== "-" && s[s.length - 1] !== "-";
}

// src/schema/formats/server-formats.ts
var serverFormats = /* @__PURE__ */ new Map([
  ["bsonobjectid", { name: "bsonobjectid", since: 0, check: isBsonObjectId }],
  ["uri", { name: "uri", since: 0, check: isRequestUri }],
  ["email", { name: "email", since: 0, check: isMailAddress }],
  ["hostname", { name: "hostname", since: 0, check: isHostname }],
  ["ipv4", { name: "ipv4", since: 0, check: (s) => isSloppyIP(s) && s.includes(".") }],
  ["ipv6", { name: "ipv6", since: 0, check: (s) => isGoIP(s) && s.includes(":") }],
  ["cidr", { name: "cidr", since: 0, check: isSloppyCidr }],
  ["mac", { name: "mac", since: 0, check: isGoMac }],
  ["uuid", { name: "uuid", since: 0, check: isUuid }],
  ["uuid3", { name: "uuid3", since: 0, check: isUuid3 }],
  ["uuid4", { name: "uuid4", since: 0, check: isUuid4 }],
  ["uuid5", { name: "uuid5", since: 0, check: isUuid5 }],
  ["isbn", { name: "isbn", since: 0, check: (s) => isIsbn10(s) || isIsbn13(s) }],
  ["isbn10", { name: "isbn10", since: 0, check: isIsbn10 }],
  ["isbn13", { name: "isbn13", since: 0, check: isIsbn13 }],
  ["creditcard", { name: "creditcard", since: 0, check: isCreditCard }],
  ["ssn", { name: "ssn", since: 0, check: isSsn }],
  ["hexcolor", { name: "hexcolor", since: 0, check: isHexColor }],
  ["rgbcolor", { name: "rgbcolor", since: 0, check: isRgbColor }],
  ["byte", { name: "byte", since: 0, check: isGovalidatorBase64 }],
  ["password", { name: "password", since: 0, check: () => true }],
  ["date", { name: "date", since: 0, check: isDate }],
  ["duration", { name: "duration", since: 0, check: isDuration }],
  ["datetime", { name: "date-time", since: 0, check: isDateTime }],
  ["k8sshortname", { name: "k8s-short-name", since: 34, check: isK8sShortName }],
  ["k8slongname", { name: "k8s-long-name", since: 34, check: isK8sLongName }]
]);
function serverFormat(format, version) {
  const known = serverFormats.get(format.replaceAll("-", ""));
  return known && minorOf(version) >= known.since ? known : void 0;
}

// src/schema/formats/format-keyword.ts
function serverFormatKeyword(ajv, version) {
  ajv.removeKeyword("format");
  ajv.addKeyword({
    keyword: "format",
    type: "string",
    schemaType: "string",
    errors: true,
    compile(format) {
      const known = serverFormat(format, version);
      if (!known) return () => true;
      const validate = Object.assign((data) => {
        const ok = known.check(data);
        validate.errors = ok ? void 0 : [{ keyword: "format", params: { format: known.name }, message: `must match format "${known.name}"` }];
        return ok;
      }, { errors: void 0 });
      return validate;
    }
  });
  return ajv;
}

// src/schema/first-duplicate.ts
function firstDuplicate(list) {
  const seen = /* @__PURE__ */ new Map();
  for (let i = list.length - 1; i >= 0; i--) {
    const key = canonical(list[i]);
    const later = seen.get(key);
    if (later !== void 0) return { earlier: i, later };
    seen.set(key, i);
  }
  return void 0;
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value;
    return `{${Object.keys(record).sort().map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

export {
  serverFormatKeyword,
  firstDuplicate
};
