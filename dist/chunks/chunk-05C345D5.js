import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RE2JS
} from "./chunk-8901CEB0.js";
import {
  estimatedProgramSize
} from "./chunk-1999B124.js";

// src/resources/go-regexp/go-regexp.ts
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

export {
  compileGoRegexp,
  compileGoPattern,
  goPatternError
};
