import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RE2JS
} from "./chunk-Y6JE36NK.js";
import {
  estimatedProgramSize
} from "./chunk-6GIETJWD.js";

// src/schema/crd/go-regexp.ts
var GoPattern = class {
  constructor(source, regexp) {
    this.source = source;
    this.regexp = regexp;
    this.size = regexp ? regexp.matcher("").programSize() : 0;
  }
  source;
  regexp;
  size;
  test(text) {
    if (!this.regexp || this.size * text.length > maxMatchWork) return true;
    return this.regexp.test(text);
  }
  toString() {
    return `re2:${this.source}`;
  }
};
var cacheLimit = 2e3;
var cache = /* @__PURE__ */ new Map();
function compileGoRegexp(pattern) {
  let compiled = cache.get(pattern);
  if (compiled) {
    cache.delete(pattern);
  } else {
    compiled = compile(pattern);
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value);
  }
  cache.set(pattern, compiled);
  return compiled;
}
function compileGoPattern(pattern) {
  return compileGoRegexp(pattern).matcher ?? new GoPattern(pattern, void 0);
}
function goPatternError(pattern) {
  return compileGoRegexp(pattern).error;
}
var maxProgramSize = 5e4;
var maxMatchWork = 4e8;
function compile(pattern) {
  if (estimatedProgramSize(pattern) > maxProgramSize) return { matcher: new GoPattern(pattern, void 0) };
  try {
    const regexp = RE2JS.compile(pattern);
    return { matcher: new GoPattern(pattern, regexp) };
  } catch (error) {
    return { error: describe(error) };
  }
}
function describe(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/:\s*`[\s\S]*`\s*$/, "");
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
  compileGoRegexp,
  compileGoPattern,
  goPatternError,
  firstDuplicate
};
