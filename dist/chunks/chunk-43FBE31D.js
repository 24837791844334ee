import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/workflow-command-escape.ts
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;
function escapeControlCharacters(text) {
  return text.replace(controlCharacters, (c) => named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
var commandLineStart = /(^|[\n\r])((?:[^\S\n\r]|\u0085)*):(?=:)/g;
var legacyCommand = /##\[/g;
function inertToWorkflowCommands(output) {
  return output.replace(commandLineStart, "$1$2\\x3a").replace(legacyCommand, "#\\x23[").replace(/\r/g, "\\r");
}

// src/report/markdown-escape.ts
var mention = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g;
function escapeMarkdown(text) {
  return text.split(/\r\n|\r|\n/).map(
    (line) => escapeControlCharacters(line).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~$]/g, "\\$&").replace(mention, "@\u200D")
  ).join("<br>");
}
function codeSpan(text) {
  const flat = inertToWorkflowCommands(escapeControlCharacters(text.replace(/\r\n|\r|\n/g, " ")));
  const longestRun = longestBacktickRun(flat);
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function linkDestination(url) {
  return url.replace(/[\s()|<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}

// src/report/colors.ts
var wrap = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var ansi = {
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24)
};
var plain = {
  red: (t) => t,
  green: (t) => t,
  yellow: (t) => t,
  blue: (t) => t,
  dim: (t) => t,
  bold: (t) => t,
  underline: (t) => t
};
function paletteFor(color) {
  return color ? ansi : plain;
}

// src/report/column-width.ts
function columnWidth(rows, column) {
  let width = 0;
  for (const row of rows) width = Math.max(width, row[column]?.length ?? 0);
  return width;
}

export {
  escapeCommandData,
  escapeCommandProperty,
  escapeControlCharacters,
  inertToWorkflowCommands,
  escapeMarkdown,
  codeSpan,
  linkDestination,
  longestBacktickRun,
  paletteFor,
  columnWidth
};
