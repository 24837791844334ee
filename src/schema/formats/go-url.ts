/**
 * Go's `url.ParseRequestURI` as a yes/no (the `uri` format; facts from Go's net/url): an absolute
 * URI or an absolute path, no fragment split off (a `#` stays in the path), well-formed `%`
 * escapes in the path, userinfo and host, and a numeric port. One left-to-right pass per part.
 */
export function isRequestUri(raw: string): boolean {
  if (raw === '' || hasControlByte(raw)) return false;
  if (raw === '*') return true;
  const split = splitScheme(raw);
  if (!split) return false;
  const { scheme } = split;
  let rest = split.rest;
  // a lone trailing `?` forces an empty query; otherwise the query is cut at the first `?`
  const question = rest.indexOf('?');
  if (question >= 0) rest = rest.slice(0, question);
  if (!rest.startsWith('/')) return scheme !== ''; // a rootless path after a scheme is opaque, unchecked
  if (scheme !== '' && rest.startsWith('//')) {
    const authorityEnd = rest.indexOf('/', 2);
    const authority = authorityEnd < 0 ? rest.slice(2) : rest.slice(2, authorityEnd);
    if (!isAuthority(authority)) return false;
    rest = authorityEnd < 0 ? '' : rest.slice(authorityEnd);
  }
  return unescapes(rest, 'path');
}

function hasControlByte(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Go's `getScheme`: letters, then letters, digits, `+-.` up to a `:`; a leading `:` is an error. */
function splitScheme(raw: string): { scheme: string; rest: string } | undefined {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
    if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
      if (i === 0) return { scheme: '', rest: raw };
      continue;
    }
    if (c === ':') return i === 0 ? undefined : { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    return { scheme: '', rest: raw };
  }
  return { scheme: '', rest: raw };
}

function isAuthority(authority: string): boolean {
  const at = authority.lastIndexOf('@');
  if (!isHost(at < 0 ? authority : authority.slice(at + 1))) return false;
  if (at < 0) return true;
  const userinfo = authority.slice(0, at);
  for (const c of userinfo) if (!isAlphanumeric(c) && !userinfoMarks.has(c)) return false;
  const colon = userinfo.indexOf(':');
  if (colon < 0) return unescapes(userinfo, 'userinfo');
  return unescapes(userinfo.slice(0, colon), 'userinfo') && unescapes(userinfo.slice(colon + 1), 'userinfo');
}

const userinfoMarks = new Set([...`-._:~!$&'()*+,;=%@`]);

function isHost(host: string): boolean {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0 || !isOptionalPort(host.slice(close + 1))) return false;
    const zone = host.slice(0, close).indexOf('%25');
    if (zone >= 0) return unescapes(host.slice(0, zone), 'host') && unescapes(host.slice(zone, close), 'zone') && unescapes(host.slice(close), 'host');
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !isOptionalPort(host.slice(colon))) return false;
  }
  return unescapes(host, 'host');
}

function isOptionalPort(port: string): boolean {
  return port === '' || /^:[0-9]*$/.test(port);
}

type Part = 'path' | 'userinfo' | 'host' | 'zone';

/** Go's `unescape` as a yes/no: every `%` starts two hex digits; hosts take few escapes and few ASCII marks. */
function unescapes(s: string, part: Part): boolean {
  for (let i = 0; i < s.length; ) {
    const c = s.charAt(i);
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) return false;
      const byte = parseInt(s.slice(i + 1, i + 3), 16);
      // in a host only non-ASCII bytes (and %25) may be escaped
      if (part === 'host' && byte < 0x80 && s.slice(i, i + 3) !== '%25') return false;
      // a zone may escape only what it could hold unescaped (and a space)
      if (part === 'zone' && s.slice(i, i + 3) !== '%25' && byte !== 0x20 && !(byte < 0x80 && hostAllows(String.fromCharCode(byte)))) return false;
      i += 3;
      continue;
    }
    if ((part === 'host' || part === 'zone') && s.charCodeAt(i) < 0x80 && !hostAllows(c)) return false;
    i += 1;
  }
  return true;
}

function hostAllows(c: string): boolean {
  return isAlphanumeric(c) || hostMarks.has(c);
}

// unreserved marks, sub-delims, and what Go keeps in a host with its port and brackets
const hostMarks = new Set([...`-_.~!$&'()*+,;=:[]<>"`]);

function isAlphanumeric(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

function isHex(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
