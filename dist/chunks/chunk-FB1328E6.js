import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  editDistance,
  formatPath,
  maxQuotedLength,
  quoteName,
  quoteValue
} from "./chunk-084AE718.js";

// src/schema/did-you-mean.ts
function didYouMean(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    const distance = closeInLength(lower, other) ? editDistance(lower, other) : Infinity;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function closeInLength(a, b) {
  return Math.abs(a.length - b.length) <= 3;
}

// src/schema/ajv-issues.ts
function issuesFromAjvErrors(errors, wording = {}) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "anyOf" || error.keyword === "oneOf" || error.keyword === "if") continue;
    const issue = issueFrom(error, wording);
    const key = `${formatPath(issue.path)}\0${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
function pathFromPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part);
}
function issueFrom(error, wording) {
  const path = pathFromPointer(error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const guess = didYouMean(field, known);
      const hint = guess ? ` (did you mean ${quoteName(guess)}?)` : "";
      return make("unknownField", [...path, field], `unknown field ${quoteName(field)}${hint}`, "key");
    }
    case "required": {
      const field = String(params.missingProperty);
      return make("missingField", [...path, field], `missing required field ${quoteName(field)}`, "key");
    }
    case "type":
      return make("wrongType", path, `expected ${listOf(params.type)}, got ${describe(error.data, wording)}`);
    case "enum":
      return make("notInEnum", path, `must be one of ${quoteList(params.allowedValues)}, got ${describe(error.data, wording)}`);
    case "const":
      return make("notConst", path, `must be ${quoteList([params.allowedValue])}, got ${describe(error.data, wording)}`);
    case "pattern":
      return make("patternMismatch", path, `${describe(error.data, wording)} does not match the pattern ${shortPattern(String(params.pattern))}`);
    case "quantity":
      return make("invalidQuantity", path, `${describe(error.data, wording)} is not a quantity: ${String(params.reason)}`);
    case "format":
      return make("badFormat", path, `${describe(error.data, wording)} is not a valid ${params.format}`);
    case "minLength":
      return make("tooShort", path, `must be at least ${params.limit} characters long`);
    case "maxLength":
      return make("tooLong", path, `must be at most ${params.limit} characters long`);
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum":
      return make("outOfRange", path, `must be ${params.comparison} ${params.limit}, got ${describe(error.data, wording)}`);
    case "minItems":
      return make("tooFewItems", path, `must have at least ${params.limit} item(s)`);
    case "maxItems":
      return make("tooManyItems", path, `must have at most ${params.limit} item(s)`);
    case "minProperties":
      return make("tooFewProperties", path, `must have at least ${params.limit} field(s)`);
    case "maxProperties":
      return make("tooManyProperties", path, `must have at most ${params.limit} field(s)`);
    case "uniqueItems":
      return make("duplicateItems", [...path, Number(params.j)], `items ${params.i} and ${params.j} are identical`);
    case "multipleOf":
      return make("notMultiple", path, `must be a multiple of ${params.multipleOf}`);
    case "not":
      return make("forbidden", path, "matches a schema it must not match", "key");
    default:
      return make(error.keyword, path, error.message ?? `fails ${error.keyword}`);
  }
}
function make(messageId, path, text, target) {
  const where = formatPath(path.map((part) => typeof part === "string" && part.length > maxQuotedLength ? `${part.slice(0, maxQuotedLength - 3)}...` : part));
  const message = where ? `${where}: ${text}` : text;
  return { ruleId: "schema", messageId, message, severity: "error", path, target };
}
function listOf(types) {
  const list = Array.isArray(types) ? types : String(types).split(",");
  return list.join(" or ");
}
var maxListed = 10;
function quoteList(values) {
  const list = Array.isArray(values) ? values : [];
  const shown = list.slice(0, maxListed).map((v) => typeof v === "string" ? quoteName(v) : shortJson(v));
  return list.length > maxListed ? `${shown.join(", ")} (and ${list.length - maxListed} more)` : shown.join(", ");
}
var maxPatternLength = 200;
function shortPattern(pattern) {
  return pattern.length > maxPatternLength ? `${pattern.slice(0, maxPatternLength - 3)}...` : pattern;
}
function shortJson(value) {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > maxQuotedLength ? `(a ${typeof value} value)` : json;
}
function describe(value, wording) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  if (type === "object") return "object";
  if (wording.sensitive) return type === "number" && Number.isInteger(value) ? "integer" : type;
  if (type === "string") return `string ${quoteValue(value)}`;
  if (type === "number") return `${Number.isInteger(value) ? "integer" : "number"} ${String(value)}`;
  return `${type} ${String(value)}`;
}

export {
  issuesFromAjvErrors
};
