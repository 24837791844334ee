import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/load/leading-lines.ts
var nonBlank = /\S/g;
function skipBlanks(text, from) {
  nonBlank.lastIndex = from;
  return nonBlank.exec(text)?.index ?? -1;
}
function afterBlanksAndComments(text) {
  let from = 0;
  for (; ; ) {
    const at = skipBlanks(text, from);
    if (at === -1 || text[at] !== "#") return at;
    const lineEnd = text.indexOf("\n", at);
    if (lineEnd === -1) return -1;
    from = lineEnd + 1;
  }
}
function firstContentLine(text) {
  const at = afterBlanksAndComments(text);
  return at === 0 || at > 0 && text[at - 1] === "\n" ? at : -1;
}
var documentOpening = /---|%YAML|[{[]|[\w"'.-]+\s*:(?:\s|$)|- /y;
function startsLikeDocument(text) {
  const at = firstContentLine(text);
  if (at === -1) return false;
  documentOpening.lastIndex = at;
  return documentOpening.test(text);
}
function startsWithManifestKey(text) {
  let at = afterBlanksAndComments(text);
  if (at === -1) return false;
  if (text.startsWith("---", at)) {
    const after = skipBlanks(text, at + 3);
    const blanks = text.slice(at + 3, after === -1 ? text.length : after);
    if (!blanks.includes("\n") || after === -1) return false;
    at = after;
  }
  return text.startsWith("apiVersion:", at) || text.startsWith("kind:", at);
}

export {
  startsLikeDocument,
  startsWithManifestKey
};
