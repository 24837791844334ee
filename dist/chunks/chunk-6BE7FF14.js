import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  startsLikeDocument
} from "./chunk-BA0DC00E.js";
import {
  require_dist
} from "./chunk-84BF4BE3.js";
import {
  DrydockError,
  isInside,
  isObject,
  noneSkipped,
  offlineGitEnv,
  quoteName
} from "./chunk-084AE718.js";
import {
  __commonJS,
  __toESM
} from "./chunk-E3B0C442.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path6, { windows } = {}) => {
      const segs = path6.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/load/kustomization-file.ts
import path from "node:path";

// src/load/disk-kind.ts
import { statSync } from "node:fs";
function diskKindOf(file) {
  try {
    const stats = statSync(file);
    return stats.isFile() ? "file" : stats.isDirectory() ? "folder" : "other";
  } catch {
    return "absent";
  }
}

// src/load/kustomization-file.ts
var kustomizationFileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function findKustomizationFile(dir, kindOf = diskKindOf) {
  for (const name of kustomizationFileNames) {
    const file = path.join(dir, name);
    if (kindOf(file) === "file") return file;
  }
  return void 0;
}
function isKustomizationFileName(name) {
  return kustomizationFileNames.includes(name);
}

// src/load/root.ts
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readlinkSync, realpathSync } from "node:fs";
import path2 from "node:path";
function resolveRoot(cwd, given) {
  if (given !== void 0) {
    const real = realOrUndefined(path2.resolve(cwd, given));
    if (real === void 0) throw new DrydockError("path-not-found", `--root: no such folder: ${given}`);
    return real;
  }
  const start = realOrUndefined(cwd) ?? path2.resolve(cwd);
  const asksGit = process.env.GIT_DIR !== void 0 || process.env.GIT_WORK_TREE !== void 0;
  return realOrUndefined((asksGit ? gitTopLevel(start) : void 0) ?? folderWithGit(start) ?? start) ?? start;
}
function gitTopLevel(cwd) {
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 1e4, env: offlineGitEnv() }).trim();
    return top === "" ? void 0 : top;
  } catch {
    return void 0;
  }
}
function folderWithGit(cwd) {
  for (let dir = path2.resolve(cwd); ; dir = path2.dirname(dir)) {
    if (existsSync(path2.join(dir, ".git"))) return dir;
    if (path2.dirname(dir) === dir) return void 0;
  }
}
function confinementOf(fence, real) {
  if (!isInside(fence, real)) return "outside";
  return path2.relative(fence, real).split(path2.sep).some((part) => part.toLowerCase() === ".git") ? "git-dir" : void 0;
}
function realOrUndefined(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}
function realFolderOf(file) {
  const dir = realOrUndefined(path2.dirname(file));
  return dir === void 0 ? void 0 : path2.join(dir, path2.basename(file));
}
function pathProblem(root, file) {
  const confinement = confinementOf(root, leadsTo(file));
  if (confinement === "outside") return `it leads outside the root ${root} (use --root to widen it)`;
  if (confinement === "git-dir") return "it leads into a .git folder";
  return void 0;
}
var maxLinks = 40;
var separators = path2.sep === "/" ? "/" : /[\\/]/;
function leadsTo(file) {
  const real = realOrUndefined(file);
  if (real !== void 0) return real;
  const absolute = path2.resolve(file);
  const pending = [path2.basename(absolute)];
  let folder = path2.dirname(absolute);
  let current = realOrUndefined(folder);
  for (; current === void 0 && path2.dirname(folder) !== folder; folder = path2.dirname(folder), current = realOrUndefined(folder)) pending.unshift(path2.basename(folder));
  current ??= folder;
  for (let links = 0; pending.length > 0; ) {
    const part = pending.shift();
    if (part === "" || part === ".") continue;
    if (part === "..") {
      current = path2.dirname(current);
      continue;
    }
    const next = path2.join(current, part);
    let target;
    try {
      target = lstatSync(next).isSymbolicLink() ? readlinkSync(next) : void 0;
    } catch {
    }
    if (target === void 0) current = next;
    else if (++links > maxLinks) return absolute;
    else {
      if (path2.isAbsolute(target)) current = path2.parse(target).root;
      pending.unshift(...target.slice(path2.isAbsolute(target) ? current.length : 0).split(separators));
    }
  }
  return current;
}

// src/load/find-files.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstatSync as lstatSync2, readdirSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var manifestExtensions = /\.(ya?ml|json|md|markdown)$/i;
function isWalkedFileName(name) {
  return manifestExtensions.test(name) || isKustomizationFileName(name);
}
function ignoreMatcher(ignore, base) {
  if (!ignore?.length) return () => false;
  const matches = (0, import_picomatch.default)([...ignore], { dot: true });
  return (file) => matches(toPosix(path3.relative(base, file)));
}
var skippedDirectories = /* @__PURE__ */ new Set([".git", "node_modules"]);
function isSkippedInWalk(name) {
  return name.startsWith(".") || skippedDirectories.has(name);
}
var globCharacters = /[*?[\]{}]/;
function findInputFiles(inputs, options) {
  const isIgnored = ignoreMatcher(options.ignore, options.ignoreBase ?? options.cwd);
  const found = { entries: [], skipped: noneSkipped(), notes: [], folders: [] };
  const seen = /* @__PURE__ */ new Set();
  const add = (file, named = false, skipped = found.skipped) => {
    if (seen.has(file)) return true;
    if (isIgnored(file)) {
      if (!named) {
        skipped.ignored++;
        return false;
      }
      found.notes.push(note(displayName(file, options.cwd), "info", "ignore-overridden", "this file matches an ignore pattern of the config, but it is named on the command line, so it is checked"));
    }
    seen.add(file);
    found.entries.push(named ? { kind: "file", path: file, named } : { kind: "file", path: file });
    return true;
  };
  const outside = (link, why, skipped = found.skipped) => {
    skipped.outsideRoot++;
    const where = why === "git-dir" ? "into a .git folder" : "outside the root";
    found.notes.push(note(displayName(link, options.cwd), "warning", "outside-root", `not checked: this path is a link (or lies below one) that leads ${where}; drydock reads nothing outside the root (see --root)`));
  };
  const realCwd = realOrUndefined(options.cwd) ?? path3.resolve(options.cwd);
  for (const input of inputs) {
    if (input === "-") {
      found.entries.push({ kind: "stdin" });
      continue;
    }
    const absolute = path3.resolve(options.cwd, input);
    const fence = fenceOf(path3.resolve(realCwd, input), absolute, options.root);
    const stats = statOrUndefined(absolute);
    if (stats) {
      const why = fence === void 0 ? void 0 : confinementOf(fence, realOrUndefined(absolute) ?? absolute);
      if (why !== void 0) outside(absolute, why);
      else if (stats.isDirectory()) {
        const skipped = noneSkipped();
        const folder = { input, files: [], skipped };
        const onFile = (file) => {
          if (add(file, false, skipped)) folder.files.push(file);
        };
        const onOutside = (link, why2) => outside(link, why2, skipped);
        walk(absolute, { fence, onFile, onOutside, isIgnoredDir: isIgnored, skipped });
        addSkipped(found.skipped, skipped);
        found.folders.push(folder);
      } else add(absolute, true);
    } else if (globCharacters.test(input)) {
      const notesBefore = found.notes.length;
      const matches = expandGlob(input, options.cwd, realCwd, options.root, outside);
      if (matches.length === 0 && found.notes.length === notesBefore) throw new DrydockError("path-not-found", `no files match "${input}"`);
      matches.forEach((file) => add(file));
    } else throw new DrydockError("path-not-found", `no such file or directory: ${input}`);
  }
  return found;
}
function fenceOf(lexical, absolute, root) {
  if (root === void 0) return void 0;
  if (isInside(root, lexical)) return root;
  return realOrUndefined(absolute) ?? absolute;
}
function note(file, severity, code, message) {
  const at = { line: 1, column: 1 };
  return { ruleId: `input/${code}`, severity, message, range: { file, start: at, end: at } };
}
function walk(root, options) {
  const { fence, skipped } = options;
  const visited = /* @__PURE__ */ new Set();
  const visit5 = (dir) => {
    const real = realOrUndefined(dir);
    if (real === void 0 || visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (isSkippedInWalk(entry.name)) {
        if (skipped) countSkipped(entry, skipped);
        continue;
      }
      const full = path3.join(dir, entry.name);
      let stats = void 0;
      if (entry.isSymbolicLink()) {
        stats = statOrUndefined(full);
        const why = fence === void 0 ? void 0 : confinementOf(fence, realOrUndefined(full) ?? full);
        if (why !== void 0) {
          if (stats?.isDirectory() || isWalkedFileName(entry.name)) options.onOutside(full, why);
          continue;
        }
      }
      const isDir = entry.isDirectory() || stats?.isDirectory();
      const isFile = entry.isFile() || stats?.isFile();
      if (isDir) {
        if (!options.isIgnoredDir(full)) visit5(full);
        else if (skipped) skipped.ignored++;
      } else if (isFile && isWalkedFileName(entry.name)) options.onFile(full);
    }
  };
  visit5(root);
}
function addSkipped(total, more) {
  total.hidden += more.hidden;
  total.nodeModules += more.nodeModules;
  total.ignored += more.ignored;
  total.outsideRoot += more.outsideRoot;
}
function countSkipped(entry, skipped) {
  if (entry.name === "node_modules") skipped.nodeModules++;
  else if (entry.name !== ".git" && (!entry.isFile() || manifestExtensions.test(entry.name))) skipped.hidden++;
}
function expandGlob(pattern, cwd, realCwd, root, onOutside) {
  const posix = toPosix(pattern);
  const parts = posix.split("/");
  const fixed = [];
  for (const part of parts) {
    if (globCharacters.test(part)) break;
    fixed.push(part);
  }
  const base = path3.resolve(cwd, fixed.join("/") || ".");
  const matcher = (0, import_picomatch.default)(toPosix(path3.resolve(cwd, posix)), { dot: false });
  const found = [];
  if (statOrUndefined(base)?.isDirectory()) {
    const fence = fenceOf(path3.resolve(realCwd, fixed.join("/") || "."), base, root);
    const why = fence === void 0 ? void 0 : confinementOf(fence, realOrUndefined(base) ?? base);
    if (why !== void 0) {
      onOutside(base, why);
      return found;
    }
    walk(base, {
      fence,
      onFile: (file) => {
        if (matcher(toPosix(file))) found.push(file);
      },
      onOutside: (link, reason) => {
        if (matcher(toPosix(link))) onOutside(link, reason);
      },
      isIgnoredDir: () => false
    });
  }
  return found;
}
function displayName(file, cwd) {
  const relative = path3.relative(cwd, file);
  const isInsideCwd = relative !== "" && !relative.startsWith("..") && !path3.isAbsolute(relative);
  return (isInsideCwd ? relative : file).split(path3.sep).join("/");
}
function statOrUndefined(file) {
  try {
    return statSync2(file);
  } catch {
    return lstatOrUndefined(file);
  }
}
function lstatOrUndefined(file) {
  try {
    return lstatSync2(file);
  } catch {
    return void 0;
  }
}
function toPosix(file) {
  return file.split(path3.sep).join("/");
}

// src/load/markdown-reader.ts
var readBlocks;
async function loadMarkdownReader() {
  readBlocks ??= (await import("./markdown-blocks-F1B1D7AC.js")).markdownYamlBlocks;
}
function markdownBlocks(markdown) {
  if (!readBlocks) throw new Error("the Markdown reader is not loaded: await loadMarkdownReader() before reading Markdown");
  return readBlocks(markdown);
}

// src/load/comment-directives.ts
var directivePattern = /#\s*drydock-disable(-next-line)?(?:[ \t]+([^\n#]*))?/;
function commentDirectives(source) {
  return scanDirectives(source).perDocument;
}
function patchDirectives(source) {
  const { perDocument, spans } = scanDirectives(source);
  return perDocument.map((directives, i) => directives.map((directive) => ({ ...directive, file: source.file, ...directive.targetLine === void 0 ? { lines: spans[i] } : {} })));
}
function scanDirectives(source) {
  const text = source.text;
  if (!text.includes("drydock-disable")) return { perDocument: [], spans: [] };
  const perDocument = [];
  const spans = [];
  let current = [];
  let hasContent2 = false;
  let offset = 0;
  let first = 1;
  let last = 1;
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^---(\s|$)/.test(line) || /^\.\.\.\s*$/.test(line)) {
      if (hasContent2) {
        perDocument.push(current);
        spans.push({ first, last });
        current = [];
        first = source.positionOf(offset).line;
      }
      hasContent2 = false;
      return;
    }
    last = source.positionOf(lineStart).line;
    const trimmed = line.trim();
    if (trimmed !== "" && !trimmed.startsWith("#")) hasContent2 = true;
    const match = directivePattern.exec(line);
    if (!match) return;
    const rules = (match[2] ?? "").split(/[\s,]+/).filter(Boolean);
    const at = source.positionOf(lineStart + match.index).line;
    const isNextLine = match[1] !== void 0;
    const nextLineStart = lineStart + line.length + 1;
    const targetLine = isNextLine && index + 1 < lines.length ? source.positionOf(nextLineStart).line : void 0;
    current.push({ rules, line: at, ...isNextLine ? { targetLine: targetLine ?? at + 1 } : {} });
  });
  if (hasContent2) {
    perDocument.push(current);
    spans.push({ first, last });
  }
  return { perDocument, spans };
}

// src/load/chart-template.ts
import { lstatSync as lstatSync3 } from "node:fs";
import path4 from "node:path";
var chartFolders = /* @__PURE__ */ new Map();
function isInChartTemplates(file, holdsChart = hasChartFile) {
  if (file === "<stdin>") return false;
  const parts = path4.resolve(file).split(path4.sep);
  for (let i = parts.length - 2; i > 0; i--) {
    if (parts[i] === "templates" && holdsChart(parts.slice(0, i).join(path4.sep) || path4.sep)) return true;
  }
  return false;
}
function hasChartFile(folder) {
  let known = chartFolders.get(folder);
  if (known === void 0) {
    known = isFileOrLink(path4.join(folder, "Chart.yaml"));
    chartFolders.set(folder, known);
  }
  return known;
}
function isFileOrLink(file) {
  try {
    const stats = lstatSync3(file);
    return stats.isFile() || stats.isSymbolicLink();
  } catch {
    return false;
  }
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type22(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type22;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type22 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type22) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type22 = requireType();
  str = new Type22("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type22 = requireType();
  seq = new Type22("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type22 = requireType();
  map = new Type22("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type22 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type22("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type22 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type22("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type22("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type22("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type22 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type22("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type22 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type22("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type22 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type22("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type22("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type22 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type22("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type22("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair3;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair3 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair3 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair3 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair3) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent2 = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent2;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent2 = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent2) || readBlockMapping(state, blockIndent2, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent2 = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent2 = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent2 = true;
          } else if (readAlias(state)) {
            hasContent2 = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent2 = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent2 = allowBlockCollections && readBlockSequence(state, blockIndent2);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent2;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments2(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments2(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments2(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/load/parse-stream.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/load/bad-merge-key.ts
var import_yaml = __toESM(require_dist(), 1);
function badMergeKeyOffset(doc) {
  const isMapping = (node) => (0, import_yaml.isMap)((0, import_yaml.isAlias)(node) ? node.resolve(doc) : node);
  let found;
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (!(0, import_yaml.isScalar)(pair.key) || !isMergeKey(pair.key.value)) return void 0;
      const value = (0, import_yaml.isAlias)(pair.value) ? pair.value.resolve(doc) : pair.value;
      if ((0, import_yaml.isSeq)(value) ? value.items.every(isMapping) : isMapping(value)) return void 0;
      found = pair.key.range?.[0] ?? 0;
      return import_yaml.visit.BREAK;
    }
  });
  return found;
}
function isMergeKey(value) {
  return value === "<<" || typeof value === "symbol" && value.description === "<<";
}

// src/load/final-block-scalar.ts
var import_yaml2 = __toESM(require_dist(), 1);
function mayEndInBlockScalar(text) {
  const last = text[text.length - 1];
  if (last === void 0 || last === "\n" || last === "\r" || !text.includes("|") && !text.includes(">")) return false;
  const lastLine = text.slice(Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r")) + 1);
  return lastLine.trim() !== "";
}
function trimFinalBlockScalar(doc, text) {
  let last;
  (0, import_yaml2.visit)(doc, { Scalar: (_key, node) => void (last = node) });
  if (!(0, import_yaml2.isScalar)(last) || last.type !== "BLOCK_LITERAL" && last.type !== "BLOCK_FOLDED") return;
  if (last.range?.[1] !== text.length || typeof last.value !== "string" || !last.value.endsWith("\n")) return;
  last.value = last.value.slice(0, -1);
}
function trimFinalString(value, read) {
  if (typeof value === "string") return value === read && read.endsWith("\n") ? read.slice(0, -1) : value;
  if (Array.isArray(value)) {
    if (value.length > 0) value[value.length - 1] = trimFinalString(value[value.length - 1], read);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    const key = keys[keys.length - 1];
    if (key !== void 0) value[key] = trimFinalString(value[key], read);
  }
  return value;
}

// src/load/kubectl-quoted-scalars.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/load/go-yaml-double-quoted.ts
var simpleEscapes = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "'": "'",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var hexDigits = { x: /^[0-9a-fA-F]{2}$/, u: /^[0-9a-fA-F]{4}$/, U: /^[0-9a-fA-F]{8}$/ };
function isBreak(ch) {
  return ch === "\n" || ch === "\r" || ch === "\x85" || ch === "\u2028" || ch === "\u2029";
}
function isSpecial(ch) {
  return ch === '"' || ch === "\\" || isBlank(ch) || isBreak(ch);
}
function isBlank(ch) {
  return ch === " " || ch === "	";
}
function readBreak(text, i) {
  const ch = text[i];
  if (ch === "\r" && text[i + 1] === "\n") return ["\n", i + 2];
  return [ch === "\u2028" || ch === "\u2029" ? ch : "\n", i + 1];
}
function isDocumentMarker(text, i) {
  const three = text.slice(i, i + 3);
  if (three !== "---" && three !== "...") return false;
  const next = text[i + 3];
  return next === void 0 || isBlank(next) || isBreak(next);
}
function readDoubleQuoted(text, start) {
  let out = "";
  let i = start + 1;
  for (; ; ) {
    if (i >= text.length) return { problem: "unclosed", at: start, end: i };
    if ((i === 0 || isBreak(text[i - 1])) && isDocumentMarker(text, i)) return { problem: "document-marker", at: i, end: i + 3 };
    let afterBreak = false;
    while (i < text.length && !isBlank(text[i]) && !isBreak(text[i])) {
      const ch = text[i];
      if (ch === '"') return { value: out, end: i + 1 };
      if (ch !== "\\") {
        let runEnd = i + 1;
        while (runEnd < text.length && !isSpecial(text[runEnd])) runEnd++;
        out += text.slice(i, runEnd);
        i = runEnd;
        continue;
      }
      const code = text[i + 1];
      if (isBreak(code)) {
        i = readBreak(text, i + 1)[1];
        afterBreak = true;
        break;
      }
      const simple = code === void 0 ? void 0 : simpleEscapes[code];
      if (simple !== void 0) {
        out += simple;
        i += 2;
        continue;
      }
      const hex = code === void 0 ? void 0 : hexDigits[code];
      if (hex === void 0) return { problem: "unknown-escape", at: i, end: Math.min(i + 2, text.length) };
      const length = code === "x" ? 2 : code === "u" ? 4 : 8;
      const digits = text.slice(i + 2, i + 2 + length);
      if (!hex.test(digits)) return { problem: "bad-hex", at: i, end: i + 2 + digits.length };
      const point = parseInt(digits, 16);
      if (point >= 55296 && point <= 57343 || point > 1114111) return { problem: "bad-code-point", at: i, end: i + 2 + length };
      out += String.fromCodePoint(point);
      i += 2 + length;
    }
    if (i >= text.length) continue;
    if (text[i] === '"') return { value: out, end: i + 1 };
    let blanks = "";
    let firstBreak = "";
    let moreBreaks = "";
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
    else if (firstBreak === "\n") out += moreBreaks === "" ? " " : moreBreaks;
    else out += firstBreak + moreBreaks;
  }
}

// src/load/kubectl-quoted-scalars.ts
function needsExactQuotedScalars(text) {
  return /[\u0085\u2028\u2029]|\\\r?\n[ \t]*\r?\n/.test(text);
}
function mayHaveRefusedEscape(text) {
  return text.includes("\\/") || text.includes("\\u") || text.includes("\\U");
}
function hasRefusedEscape(text, starts) {
  for (const start of starts) if ("problem" in readDoubleQuoted(text, start)) return true;
  return false;
}
var messages = {
  "unknown-escape": "a double-quoted string has an escape sequence kubectl does not know",
  "bad-hex": "a double-quoted string has an invalid escape sequence",
  "bad-code-point": "a double-quoted string escapes a surrogate or a code point past U+10FFFF, which kubectl refuses",
  unclosed: "a double-quoted string is never closed",
  "document-marker": "a document marker (--- or ...) at the start of a line ends the document inside a double-quoted string"
};
function mayReadQuotedScalarsDifferently(text) {
  return text.includes("\\") || /[\u0085\u2028\u2029]/.test(text);
}
function kubectlQuotedScalars(doc, text) {
  let refused;
  (0, import_yaml3.visit)(doc, {
    Scalar(_key, node) {
      if (!(0, import_yaml3.isScalar)(node) || node.type !== "QUOTE_DOUBLE" || !node.range) return void 0;
      const read = readDoubleQuoted(text, node.range[0]);
      if ("problem" in read) {
        const isSlash = read.problem === "unknown-escape" && text[read.at + 1] === "/";
        const message = isSlash ? "a double-quoted string has the escape \\/, which kubectl does not know (write / alone)" : messages[read.problem];
        refused = { message, at: read.at, end: read.end };
        return import_yaml3.visit.BREAK;
      }
      if (typeof node.value === "string") node.value = read.value;
      return void 0;
    }
  });
  return refused;
}

// src/load/kubectl-scalars.ts
var words = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((w) => [w, true]),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((w) => [w, false]),
  ...[".nan", ".NaN", ".NAN"].map((w) => [w, NaN]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((w) => [w, Infinity]),
  ...["-.inf", "-.Inf", "-.INF"].map((w) => [w, -Infinity])
]);
var floatPattern = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var decimalPattern = /^[-+]?(0|[1-9][0-9]*)$/;
var octalPattern = /^[-+]?0[oO]?[0-7]+$/;
var hexPattern = /^[-+]?0[xX][0-9a-fA-F]+$/;
var binaryPattern = /^[-+]?0[bB][01]+$/;
function resolvePlainScalar(text) {
  const first = text.charCodeAt(0);
  const isDigit = first >= 48 && first <= 57;
  const isSign = first === 43 || first === 45;
  if (!isDigit && !isSign && !"yYnNtTfFoO.".includes(text[0] ?? " ")) return void 0;
  const word = words.get(text);
  if (word !== void 0) return { value: word };
  if (text[0] === ".") {
    return floatPattern.test(text) ? { value: Number(text) } : void 0;
  }
  if (!isDigit && !isSign) return void 0;
  const plain = text.includes("_") ? text.replace(/_/g, "") : text;
  const integer = parseGoInteger(plain);
  if (integer !== void 0) return { value: integer };
  if (floatPattern.test(plain)) return { value: Number(plain) };
  return void 0;
}
function parseGoInteger(text) {
  const negative = text[0] === "-";
  const digits = text[0] === "-" || text[0] === "+" ? text.slice(1) : text;
  let value;
  if (decimalPattern.test(text)) value = Number(digits);
  else if (hexPattern.test(text)) value = parseInt(digits.slice(2), 16);
  else if (binaryPattern.test(text)) value = parseInt(digits.slice(2), 2);
  else if (octalPattern.test(text)) value = parseInt(digits.replace(/^0[oO]?/, ""), 8);
  else return void 0;
  return negative ? -value : value;
}

// src/load/kubectl-yaml-schema.ts
var { Type: Type2, FAILSAFE_SCHEMA: FAILSAFE_SCHEMA2 } = yaml;
var types2 = yaml.types;
var resolved = false;
var kubectlPlain = new Type2("tag:yaml.org,2002:kubectl-plain", {
  kind: "scalar",
  resolve(data) {
    if (data === null) return false;
    const result = resolvePlainScalar(data);
    if (result === void 0) return false;
    resolved = result.value;
    return true;
  },
  construct: () => resolved
});
var kubectlYamlSchema = FAILSAFE_SCHEMA2.extend({
  implicit: [types2.null, types2.merge, kubectlPlain],
  explicit: [types2.bool, types2.int, types2.float, types2.null, types2.binary, types2.omap, types2.pairs, types2.set]
});

// src/load/has-cycle.ts
function hasCycle(root) {
  const done = /* @__PURE__ */ new Set();
  const onPath = /* @__PURE__ */ new Set();
  const stack = [];
  if (isContainer(root)) stack.push({ node: root, leaving: false });
  while (stack.length > 0) {
    const { node, leaving } = stack.pop();
    if (leaving) {
      onPath.delete(node);
      done.add(node);
      continue;
    }
    if (done.has(node)) continue;
    onPath.add(node);
    stack.push({ node, leaving: true });
    for (const child of Object.values(node)) {
      if (!isContainer(child)) continue;
      if (onPath.has(child)) return true;
      if (!done.has(child)) stack.push({ node: child, leaving: false });
    }
  }
  return false;
}
function isContainer(value) {
  return typeof value === "object" && value !== null;
}

// src/load/position-index.ts
function kindCode(kind) {
  return kind === "mapping" ? 2 /* Mapping */ : kind === "sequence" ? 3 /* Sequence */ : 1 /* Scalar */;
}
var maxWalk = 32;
var PositionIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  // node ids stay below `count`, inside every array, so their reads (`!`) are never out of bounds
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  firstChild = new Int32Array(1024);
  lastChild = new Int32Array(1024);
  nextSibling = new Int32Array(1024);
  kinds = new Uint8Array(1024);
  scalars = [];
  openStack = [];
  count = 1;
  // node 0 means "none"
  childTables = /* @__PURE__ */ new Map();
  /** The first scalar that closed at the end of the text: where it opened, and its value. */
  scalarAtEnd;
  /** The root node of each document, in stream order. */
  roots = [];
  /** The js-yaml listener that fills the index. */
  listener = (event, state) => {
    if (event === "open") {
      this.openStack.push(this.allocate(state.position));
      return;
    }
    const node = this.openStack.pop();
    if (state.kind === "scalar" && state.position >= this.text.length) this.scalarAtEnd ??= { start: this.starts[node], value: state.result };
    this.close(node, state);
    const parent = this.openStack[this.openStack.length - 1];
    if (parent === void 0) this.roots.push(node);
    else this.appendChild(parent, node);
  };
  /** Whether some mapping key is itself a mapping or a sequence (kubectl refuses such a key). */
  hasCollectionKey() {
    for (let node = 1; node < this.count; node++) {
      if (this.kinds[node] !== 2 /* Mapping */) continue;
      for (let key = this.firstChild[node]; key; key = this.nextSibling[this.nextSibling[key]]) {
        if (this.kinds[key] !== 1 /* Scalar */) return true;
      }
    }
    return false;
  }
  /** Where each double-quoted scalar starts (a node js-yaml composed twice may be listed twice). */
  *doubleQuotedStarts() {
    for (let node = 1; node < this.count; node++) {
      if (this.kinds[node] !== 1 /* Scalar */) continue;
      const start = this.startOf(node);
      if (this.text.charCodeAt(start) === 34) yield start;
    }
  }
  /** Rewrites the strings the index keeps (keys read from a stand-in text, quote-escape-stand-in.ts). */
  mapStrings(map2) {
    for (let node = 1; node < this.count; node++) {
      const value = this.scalars[node];
      if (typeof value === "string") this.scalars[node] = map2(value);
    }
  }
  /** What the last node read, if it is a block scalar (`|`, `>`) that runs to the end of the text. */
  finalBlockScalar() {
    if (!this.scalarAtEnd) return void 0;
    const { start, value } = this.scalarAtEnd;
    const indicator = this.text[skipInsignificant(this.text, start)];
    return (indicator === "|" || indicator === ">") && typeof value === "string" ? value : void 0;
  }
  /** The offsets of the field at `path` under `root`, with yamlNodeRange's rules. */
  range(root, path6, target) {
    let node = root;
    let key = 0;
    let isComplete = true;
    for (const step of path6) {
      const next = this.childOf(node, step);
      if (!next) {
        isComplete = false;
        break;
      }
      [node, key] = next;
    }
    const keyRange = key ? this.offsets(key) : void 0;
    const isScalar6 = this.kinds[node] === 1 /* Scalar */;
    const value = this.offsets(node);
    if (isComplete && target !== "key" && isScalar6 && value.end > value.start) return value;
    return keyRange ?? value;
  }
  childOf(node, step) {
    const kind = this.kinds[node];
    if (kind !== 2 /* Mapping */ && !(kind === 3 /* Sequence */ && typeof step === "number")) return void 0;
    const table = this.childTables.get(node);
    if (table) return kind === 2 /* Mapping */ ? table.byKey.get(String(step)) : table.byIndex[step];
    let steps = 0;
    if (kind === 2 /* Mapping */) {
      const wanted = String(step);
      for (let k = this.firstChild[node]; k; k = this.nextSibling[this.nextSibling[k]]) {
        if (++steps > maxWalk) return this.buildTable(node, kind).byKey.get(wanted);
        const value = this.nextSibling[k];
        if (!value) return void 0;
        if (String(this.scalars[k]) === wanted) return [value, k];
      }
      return void 0;
    }
    let child = this.firstChild[node];
    for (let i = 0; i < step && child; i++) {
      if (++steps > maxWalk) return this.buildTable(node, kind).byIndex[step];
      child = this.nextSibling[child];
    }
    return child ? [child, 0] : void 0;
  }
  buildTable(node, kind) {
    const table = {};
    if (kind === 2 /* Mapping */) {
      table.byKey = /* @__PURE__ */ new Map();
      for (let k = this.firstChild[node]; k; k = this.nextSibling[this.nextSibling[k]]) {
        const value = this.nextSibling[k];
        if (!value) break;
        const name = String(this.scalars[k]);
        if (!table.byKey.has(name)) table.byKey.set(name, [value, k]);
      }
    } else {
      table.byIndex = [];
      for (let child = this.firstChild[node]; child; child = this.nextSibling[child]) table.byIndex.push([child, 0]);
    }
    this.childTables.set(node, table);
    return table;
  }
  offsets(node) {
    const start = this.startOf(node);
    return { start, end: trimEnd(this.text, start, this.ends[node]), multiline: this.kinds[node] !== 1 /* Scalar */ };
  }
  allocate(position) {
    if (this.count === this.starts.length) this.grow();
    const node = this.count++;
    this.starts[node] = position;
    return node;
  }
  // Offsets are stored raw (js-yaml's) and adjusted only when a range is asked for.
  close(node, state) {
    const child = this.firstChild[node];
    if (child && child === this.lastChild[node] && this.startsTogether(child, node)) {
      this.copy(child, node);
      return;
    }
    const kind = kindCode(state.kind);
    this.kinds[node] = kind;
    this.ends[node] = state.position;
    if (kind === 1 /* Scalar */) this.scalars[node] = state.result;
  }
  // equal raw offsets need no scan past spaces and comments (this runs for most nodes)
  startsTogether(a, b) {
    return this.starts[a] === this.starts[b] || this.startOf(a) === this.startOf(b);
  }
  /** Where a node's content starts (past blanks, comments and its tag or anchor). */
  startOf(node) {
    return skipInsignificant(this.text, this.starts[node]);
  }
  copy(from, to) {
    this.starts[to] = this.starts[from];
    this.ends[to] = this.ends[from];
    this.kinds[to] = this.kinds[from];
    this.scalars[to] = this.scalars[from];
    this.firstChild[to] = this.firstChild[from];
    this.lastChild[to] = this.lastChild[from];
  }
  appendChild(parent, child) {
    const last = this.lastChild[parent];
    if (last) this.nextSibling[last] = child;
    else this.firstChild[parent] = child;
    this.lastChild[parent] = child;
  }
  grow() {
    const size = this.starts.length * 2;
    const resize = (array, make) => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.starts = resize(this.starts, (n) => new Int32Array(n));
    this.ends = resize(this.ends, (n) => new Int32Array(n));
    this.firstChild = resize(this.firstChild, (n) => new Int32Array(n));
    this.lastChild = resize(this.lastChild, (n) => new Int32Array(n));
    this.nextSibling = resize(this.nextSibling, (n) => new Int32Array(n));
    this.kinds = resize(this.kinds, (n) => new Uint8Array(n));
  }
};
function skipInsignificant(text, from) {
  let i = from;
  for (; ; ) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) i++;
    else if (ch === 33 || ch === 38) {
      while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    } else if (ch === 35 && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      const newline = text.indexOf("\n", i);
      i = newline === -1 ? text.length : newline;
    } else if (ch === 45 && text.startsWith("---", i) && (i === 0 || text.charCodeAt(i - 1) === 10) && isSpaceOrEnd(text, i + 3)) i += 3;
    else return i;
  }
}
function trimEnd(text, start, end) {
  let i = Math.min(end, text.length);
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
function isSpace(ch) {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}
function isSpaceOrEnd(text, i) {
  return i >= text.length || isSpace(text.charCodeAt(i));
}

// src/load/quote-escape-stand-in.ts
var standIns = [
  ["a", "\x07", /\\(?:a|x07|u0007|U00000007)/i],
  ["e", "\x1B", /\\(?:e|x1b|u001b|U0000001b)/i],
  ["v", "\v", /\\(?:v|x0b|u000b|U0000000b)/i],
  ["f", "\f", /\\(?:f|x0c|u000c|U0000000c)/i]
];
function quoteEscapes(text) {
  const at = [];
  for (let i = text.indexOf("\\'"); i !== -1; i = text.indexOf("\\'", i + 2)) {
    let run = 1;
    while (i - run >= 0 && text[i - run] === "\\") run++;
    if (run % 2 === 1) at.push(i);
  }
  return at;
}
function quoteEscapeStandIn(text, at) {
  const fit = standIns.find(([, char2, escapes]) => !text.includes(char2) && !escapes.test(text));
  if (!fit) return void 0;
  const [letter, char] = fit;
  let out = "";
  let copied = 0;
  for (const i of at) {
    out += `${text.slice(copied, i)}\\${letter}`;
    copied = i + 2;
  }
  return { text: out + text.slice(copied), at, char };
}
function inDoubleQuotes(standIn, starts) {
  const spans = [];
  for (const start of starts) {
    const read = readDoubleQuoted(standIn.text, start);
    if (!("problem" in read)) spans.push([start, read.end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const inside = [];
  let span = 0;
  for (const offset of standIn.at) {
    while (span < spans.length && spans[span][1] <= offset) span++;
    const current = spans[span];
    if (current && current[0] <= offset) inside.push(offset);
  }
  return inside;
}
function withQuotesRestored(value, char) {
  if (typeof value === "string") return value.includes(char) ? value.replaceAll(char, "'") : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = withQuotesRestored(value[i], char);
    return value;
  }
  if (value === null || typeof value !== "object") return value;
  const object = value;
  const keys = Object.keys(object);
  if (!keys.some((key) => key.includes(char))) {
    for (const key of keys) object[key] = withQuotesRestored(object[key], char);
    return object;
  }
  return Object.fromEntries(keys.map((key) => [key.replaceAll(char, "'"), withQuotesRestored(object[key], char)]));
}

// src/load/go-yaml-tabs.ts
var candidateLine = /^[ ]*(?:[-?][ ]+)*(?:[-?][ ]*)?\t/m;
function mayHaveRefusedTab(text) {
  return text.includes("	") && candidateLine.test(text);
}
var TabChecker = class {
  constructor(text) {
    this.text = text;
  }
  text;
  opened = [];
  scalars = [];
  flows = [];
  // a collection's children all ask for its column: each is worked out once
  columns = /* @__PURE__ */ new Map();
  blockIndents = /* @__PURE__ */ new Map();
  /** The js-yaml listener; run beside the position index's. */
  listener = (event, state) => {
    if (event === "open") {
      this.opened.push(state.position);
      return;
    }
    const raw = this.opened.pop();
    if (state.kind !== "scalar" && state.kind !== "mapping" && state.kind !== "sequence") return;
    const start = skipInsignificant(this.text, raw);
    const first = this.text[start];
    if (state.kind !== "scalar") {
      if (first === "[" || first === "{") this.flows.push({ start, end: state.position, style: 3 /* Flow */, parentColumn: -1 });
      return;
    }
    const style = first === '"' || first === "'" ? 1 /* Quoted */ : first === "|" || first === ">" ? 2 /* Block */ : 0 /* Plain */;
    this.scalars.push({ start, end: state.position, style, parentColumn: style === 0 /* Plain */ ? this.parentColumn(start) : -1 });
  };
  // the innermost open node that does not start where the scalar does (js-yaml opens a node
  // twice while it looks for a mapping key)
  parentColumn(start) {
    for (let i = this.opened.length - 1; i >= 0; i--) {
      const raw = this.opened[i];
      let column = this.columns.get(raw);
      if (column === void 0) {
        const parent = skipInsignificant(this.text, raw);
        column = parent === start ? -2 : parent - (this.text.lastIndexOf("\n", parent - 1) + 1);
        if (parent !== start) this.columns.set(raw, column);
      }
      if (column !== -2) return column;
    }
    return -1;
  }
  /** The offset of the first tab kubectl would refuse, if there is one. */
  firstRefusedTab() {
    const scalars = [...this.scalars].sort((a, b) => a.start - b.start);
    const flows = outermost([...this.flows].sort((a, b) => a.start - b.start || b.end - a.end));
    const text = this.text;
    let lastSignificant = -1;
    let scanned = 0;
    for (let lineStart = 0; lineStart < text.length; ) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const tab = candidateTab(text, lineStart, lineEnd);
      if (tab !== void 0) {
        for (; scanned < lineStart; scanned++) if (!isWhite(text.charCodeAt(scanned))) lastSignificant = scanned;
        if (this.isRefused(tab, lineStart, lineEnd, lastSignificant, scalars, flows)) return tab.at;
      }
      lineStart = lineEnd + 1;
    }
    return void 0;
  }
  isRefused(tab, lineStart, lineEnd, lastSignificant, scalars, flows) {
    if (containing(flows, tab.at)) return false;
    const inside = containing(scalars, tab.at);
    if (inside && (inside.style === 1 /* Quoted */ || tab.afterIndicator)) return false;
    if (tab.afterIndicator) return true;
    const rest = this.text.slice(tab.at, lineEnd).trimStart();
    if (rest !== "" && !rest.startsWith("#")) return false;
    const before = inside ?? (lastSignificant >= 0 ? containing(scalars, lastSignificant) : void 0);
    const column = tab.at - lineStart;
    if (before?.style === 0 /* Plain */) return column <= before.parentColumn;
    if (before?.style === 2 /* Block */) {
      if (!this.blockIndents.has(before)) this.blockIndents.set(before, blockIndent(this.text, before));
      const indent = this.blockIndents.get(before);
      return indent !== void 0 && column < indent;
    }
    return true;
  }
};
function candidateTab(text, lineStart, lineEnd) {
  let i = lineStart;
  while (i < lineEnd && text[i] === " ") i++;
  if (text[i] === "	") return { at: i, afterIndicator: false };
  while ((text[i] === "-" || text[i] === "?") && (i + 1 >= lineEnd || text[i + 1] === " " || text[i + 1] === "	")) {
    i++;
    while (i < lineEnd && text[i] === " ") i++;
    if (text[i] === "	") return { at: i, afterIndicator: true };
  }
  return void 0;
}
function outermost(sorted) {
  const kept = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
function containing(spans, offset) {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = low + high >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const span = spans[found];
  return span && span.end > offset ? span : void 0;
}
function blockIndent(text, span) {
  const headerEnd = text.indexOf("\n", span.start);
  if (headerEnd === -1 || /[1-9]/.test(text.slice(span.start, headerEnd).split("#")[0])) return void 0;
  for (let lineStart = headerEnd + 1; lineStart < span.end; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let i = lineStart;
    while (i < lineEnd && text[i] === " ") i++;
    if (i < lineEnd && text[i] !== "\r") return i - lineStart;
    lineStart = lineEnd + 1;
  }
  return 1;
}
function isWhite(ch) {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

// src/load/unreadable-crd-of.ts
function unreadableCrdOf(doc, text) {
  const [start, , end] = doc.range ?? [0, 0, text.length];
  if (!mentionsCrd(text.slice(start, end))) return void 0;
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return {};
  }
  return crdNamesOf(value);
}
function unreadableCrdOfValue(value, documentText) {
  return mentionsCrd(documentText) ? crdNamesOf(value) : void 0;
}
function mentionsCrd(documentText) {
  return documentText.includes("CustomResourceDefinition");
}
function crdNamesOf(value) {
  if (!isObject(value)) return {};
  if (value.kind !== void 0 && value.kind !== "CustomResourceDefinition") return void 0;
  const spec = isObject(value.spec) ? value.spec : {};
  const names = isObject(spec.names) ? spec.names : {};
  return {
    group: typeof spec.group === "string" ? spec.group : void 0,
    kind: typeof names.kind === "string" ? names.kind : void 0
  };
}

// src/load/source-text.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/load/line-index.ts
var LineIndex = class {
  starts;
  constructor(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }
  /** The position of `offset`; a `\r` before a line break is not counted as a column. */
  positionOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
};

// src/load/yaml-node-range.ts
var import_yaml4 = __toESM(require_dist(), 1);
function yamlNodeRange(doc, path6, target) {
  let node = doc.contents;
  let pair;
  let complete = true;
  for (const step of path6) {
    const next = childOf(node, step);
    if (!next) {
      complete = false;
      break;
    }
    node = next.node;
    pair = next.pair;
  }
  const key = pair ? rangeOfNode(pair.key) : void 0;
  const value = rangeOfNode(node);
  const wantsValue = complete && target !== "key" && (0, import_yaml4.isScalar)(node) && value && value.end > value.start;
  if (wantsValue) return value;
  return key ?? value;
}
var maxWalk2 = 32;
var keyTables = /* @__PURE__ */ new WeakMap();
function pairsByKey(map2) {
  let table = keyTables.get(map2);
  if (!table) {
    table = /* @__PURE__ */ new Map();
    for (const pair of map2.items) {
      const key = (0, import_yaml4.isScalar)(pair.key) ? pair.key.value : pair.key;
      if (key !== null && key !== void 0) table.set(String(key), pair);
    }
    keyTables.set(map2, table);
  }
  return table;
}
function childOf(node, step) {
  if ((0, import_yaml4.isMap)(node)) {
    if (node.items.length > maxWalk2) {
      const pair = pairsByKey(node).get(String(step));
      return pair ? { node: pair.value, pair } : void 0;
    }
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i];
      const key = (0, import_yaml4.isScalar)(pair.key) ? pair.key.value : pair.key;
      if (key !== null && key !== void 0 && String(key) === String(step)) return { node: pair.value, pair };
    }
    return void 0;
  }
  if ((0, import_yaml4.isSeq)(node) && typeof step === "number") {
    const item = node.items[step];
    if (item === void 0) return void 0;
    return (0, import_yaml4.isPair)(item) ? { node: item.value, pair: item } : { node: item };
  }
  return void 0;
}
function rangeOfNode(node) {
  const range = node?.range;
  if (!range) return void 0;
  return { start: range[0], end: range[1], multiline: (0, import_yaml4.isCollection)(node) };
}

// src/load/source-text.ts
function kubectlTags(tags) {
  return tags.filter((tag) => typeof tag === "string" || tag.tag !== "tag:yaml.org,2002:timestamp" && tag.format !== "TIME");
}
var exactParseOptions = {
  version: "1.1",
  customTags: kubectlTags,
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  keepSourceTokens: false,
  // a collection used as a key (`? [a, b]`) would print a process warning on stderr
  logLevel: "error"
};
var SourceText = class {
  constructor(file, text, lineMap) {
    this.file = file;
    this.text = text;
    this.lineMap = lineMap;
  }
  file;
  text;
  lineMap;
  lineIndex;
  documents;
  index;
  /** The file position of a character offset in this text. */
  positionOf(offset) {
    this.lineIndex ??= new LineIndex(this.text);
    const local = this.lineIndex.positionOf(Math.min(Math.max(offset, 0), this.text.length));
    if (!this.lineMap) return local;
    const index = local.line - 1;
    return {
      line: this.lineMap.lines[index] ?? this.lineMap.lines[this.lineMap.lines.length - 1] ?? local.line,
      column: local.column + (this.lineMap.columnShift[index] ?? 0)
    };
  }
  /** The range from `start` to `end`; a span over several lines is cut at the end of its first line. */
  rangeOf(start, end, clipToLine = false) {
    let stop = end;
    if (clipToLine) {
      const newline = this.text.indexOf("\n", start);
      if (newline !== -1 && newline < stop) stop = this.text[newline - 1] === "\r" ? newline - 1 : newline;
    }
    return { file: this.file, start: this.positionOf(start), end: this.positionOf(Math.max(stop, start)) };
  }
  /** Keeps the node offsets the fast parser recorded; `roots` are the non-empty documents' nodes. */
  adoptIndex(positions, roots) {
    this.index = { positions, roots };
  }
  /** The offsets of the field at `path` in the `documentIndex`-th non-empty document. */
  fieldOffsets(documentIndex, path6, target) {
    if (this.index) {
      const root = this.index.roots[documentIndex];
      return root === void 0 ? void 0 : this.index.positions.range(root, path6, target);
    }
    const doc = this.exactDocuments()[documentIndex];
    return doc ? yamlNodeRange(doc, path6, target) : void 0;
  }
  /** Keeps Documents the exact parser already built, so positions need no second parse. */
  adoptDocuments(documents) {
    this.documents = documents;
  }
  /** The non-empty `yaml` Documents of this text, in order (parsed once, on first use). */
  exactDocuments() {
    this.documents ??= (0, import_yaml5.parseAllDocuments)(this.text, exactParseOptions).filter(hasContent);
    return this.documents;
  }
};
function hasContent(doc) {
  const contents = doc.contents;
  if (contents === null) return false;
  return !((0, import_yaml5.isScalar)(contents) && contents.value === null && !contents.anchor);
}

// src/load/yaml-codes.ts
var fromLibraryCode = {
  DUPLICATE_KEY: "duplicate-key",
  TAB_AS_INDENT: "tab-indent",
  BAD_INDENT: "bad-indent",
  BAD_ALIAS: "unknown-alias"
};
function yamlCodeOf(libraryCode) {
  return fromLibraryCode[libraryCode] ?? "syntax";
}

// src/load/yaml-messages.ts
var wordingByLibraryCode = {
  ALIAS_PROPS: "an alias cannot have a tag or an anchor of its own",
  BAD_ALIAS: "an alias refers to an anchor that is not defined before it",
  BAD_COLLECTION_TYPE: "a tag names a collection type that does not match the collection it is on",
  BAD_DIRECTIVE: "a % directive line is malformed or unknown",
  BAD_DQ_ESCAPE: "a double-quoted string has an invalid escape sequence",
  BAD_INDENT: "the indentation here does not match the rest of the collection",
  BAD_PROP_ORDER: "an anchor and tag must come before the value they belong to",
  BAD_SCALAR_START: "a plain value cannot start with this character; quote the value",
  BLOCK_AS_IMPLICIT_KEY: "a mapping or list cannot start on the same line as a key (check the indentation)",
  BLOCK_IN_FLOW: "a block collection cannot stand inside a flow collection ({} or [])",
  DUPLICATE_KEY: "a mapping key must be unique",
  KEY_OVER_1024_CHARS: "a mapping key longer than 1024 characters must be an explicit (?) key",
  MISSING_CHAR: "a character is missing here: an unclosed quote or bracket, or a key without its colon",
  MULTILINE_IMPLICIT_KEY: "a mapping key must be on a single line (is a colon or indentation missing?)",
  MULTIPLE_ANCHORS: "a value can have only one anchor",
  MULTIPLE_DOCS: "a second document starts without a --- separator",
  MULTIPLE_TAGS: "a value can have only one tag",
  NON_STRING_KEY: "a mapping key must be a string",
  RESOURCE_EXHAUSTION: "aliases expand to too many nodes",
  TAB_AS_INDENT: "tabs are not allowed for indentation in YAML",
  TAG_RESOLVE_FAILED: "an unknown tag, or a value its tag cannot read (kubectl knows only the standard YAML tags)",
  UNEXPECTED_TOKEN: "unexpected text here: it belongs to no key or list item"
};
var missingCharCases = [
  [/^Missing closing "quote/, "a double-quoted string is never closed"],
  [/^Missing closing 'quote/, "a single-quoted string is never closed"],
  [/flow (?:map|sequence|collection)/i, "a flow collection ({} or []) is never closed, or is not indented past its key"]
];
var unexpectedTokenCases = [
  [/^Block scalar header/, "a block scalar header (| or >) may only be followed by an indentation digit and a chomping sign (+ or -)"],
  [/^Unexpected ,/, "an unexpected comma in a flow collection ({} or [])"]
];
function yamlErrorMessage(error, code) {
  if (code === "duplicate-key") return "a mapping key appears twice; kubectl would silently keep only the last value";
  if (error.code === "MISSING_CHAR" || error.code === "BAD_INDENT") {
    for (const [pattern, wording] of missingCharCases) if (pattern.test(error.message)) return wording;
  }
  if (error.code === "UNEXPECTED_TOKEN") {
    for (const [pattern, wording] of unexpectedTokenCases) if (pattern.test(error.message)) return wording;
  }
  return wordingByLibraryCode[error.code] ?? "this is not valid YAML";
}

// src/load/parse-stream.ts
var maxDepth = 256;
var maxYamlErrors = 100;
var maxAliasCount = 100;
var fastLoadOptions = { schema: kubectlYamlSchema, maxDepth };
function parseStream(source, options = {}) {
  if (options.exact || mayHaveAliases(source.text) || needsExactQuotedScalars(source.text)) return parseExact(source);
  const escapes = source.text.includes("\\'") ? quoteEscapes(source.text) : [];
  try {
    return (escapes.length === 0 ? parseFast(source, void 0) : parseWithStandIns(source, escapes)) ?? parseExact(source);
  } catch (error) {
    if (isDepthError(error)) return tooDeep(source, error);
    return parseExact(source);
  }
}
function parseWithStandIns(source, escapes) {
  let at = escapes;
  for (let attempt = 0; attempt < 2; attempt++) {
    const standIn = quoteEscapeStandIn(source.text, at);
    if (!standIn) return void 0;
    let result;
    try {
      result = parseFast(source, standIn);
    } catch (error) {
      if (attempt > 0 || isDepthError(error)) throw error;
      result = [];
    }
    if (!Array.isArray(result)) return result;
    at = result;
  }
  return void 0;
}
function parseFast(source, standIn) {
  const text = standIn?.text ?? source.text;
  const index = new PositionIndex(text);
  const tabs = mayHaveRefusedTab(text) ? new TabChecker(text) : void 0;
  const listener = tabs ? (event, state) => (index.listener(event, state), tabs.listener(event, state)) : index.listener;
  const documents = yaml.loadAll(text, null, { ...fastLoadOptions, listener });
  if (standIn) {
    const inside = inDoubleQuotes(standIn, index.doubleQuotedStarts());
    if (inside.length < standIn.at.length) return inside;
    documents.forEach((value, i) => documents[i] = withQuotesRestored(value, standIn.char));
    index.mapStrings((value) => withQuotesRestored(value, standIn.char));
  }
  const values = [];
  const roots = [];
  documents.forEach((value, i) => {
    if (value === null || value === void 0) return;
    values.push(value);
    roots.push(index.roots[i]);
  });
  if (source.text.includes("&") && values.some(hasCycle)) return void 0;
  if (mayHaveCollectionKey(source.text) && index.hasCollectionKey()) return void 0;
  if (mayHaveRefusedEscape(source.text) && hasRefusedEscape(source.text, index.doubleQuotedStarts())) return void 0;
  const finalBlock = mayEndInBlockScalar(source.text) ? index.finalBlockScalar() : void 0;
  if (finalBlock !== void 0 && values.length > 0) values[values.length - 1] = trimFinalString(values[values.length - 1], finalBlock);
  if (index.roots.length === documents.length) source.adoptIndex(index, roots);
  const tab = tabs?.firstRefusedTab();
  if (tab !== void 0) return refusedTab(source, values, roots.map((root) => index.startOf(root)), tab);
  return { values, diagnostics: [] };
}
function parseExact(source) {
  let documents;
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    documents = (0, import_yaml6.parseAllDocuments)(source.text, exactParseOptions).filter(hasContent);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(source, error);
    throw error;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  source.adoptDocuments(documents);
  const lastDocument = documents.at(-1);
  if (lastDocument && mayEndInBlockScalar(source.text)) trimFinalBlockScalar(lastDocument, source.text);
  const diagnostics = [];
  let errorCount = 0;
  const starts = documents.map((doc, i) => i === 0 ? 0 : doc.range?.[0] ?? 0);
  const spans = starts.map((start, i) => [start, starts[i + 1] ?? source.text.length]);
  const readsQuotedScalars = mayReadQuotedScalarsDifferently(source.text);
  const values = documents.map((doc) => {
    let isBroken = false;
    for (const error of doc.errors) {
      if (error.code === "BAD_DQ_ESCAPE" && source.text.startsWith("\\'", error.pos[0])) continue;
      const code = yamlCodeOf(error.code);
      if (code !== "duplicate-key") isBroken = true;
      if (++errorCount > maxYamlErrors) continue;
      diagnostics.push(yamlDiagnostic(source, code, describeError(error, code, source.text), error.pos));
    }
    if (isBroken) return void 0;
    const refused = readsQuotedScalars ? kubectlQuotedScalars(doc, source.text) : void 0;
    if (refused) {
      diagnostics.push(yamlDiagnostic(source, "syntax", refused.message, [refused.at, refused.end]));
      return void 0;
    }
    const collectionKey = collectionKeyOffset(doc);
    if (collectionKey !== void 0) {
      const message = "a mapping key here is itself a mapping or a list; kubectl cannot turn such a key into JSON and refuses the document";
      diagnostics.push(yamlDiagnostic(source, "syntax", message, [collectionKey, collectionKey + 1]));
      return void 0;
    }
    try {
      const value = doc.toJS({ maxAliasCount });
      if (!hasCycle(value)) return value;
      const start = doc.contents?.range?.[0] ?? 0;
      diagnostics.push(yamlDiagnostic(source, "alias-limit", "an alias refers to the anchor that contains it, so the value would be infinite", [start, start]));
      return void 0;
    } catch (error) {
      const start = doc.contents?.range?.[0] ?? 0;
      const unknownAlias = error instanceof ReferenceError ? unresolvedAliasOffset(doc) : void 0;
      if (unknownAlias !== void 0) {
        diagnostics.push(yamlDiagnostic(source, "unknown-alias", "an alias (*name) refers to an anchor (&name) that is not defined before it", [unknownAlias, unknownAlias + 1]));
      } else if (error instanceof ReferenceError) {
        diagnostics.push(yamlDiagnostic(source, "alias-limit", `aliases expand to too many nodes (more than ${maxAliasCount}); refusing a possible alias bomb`, [start, start]));
      } else if (error instanceof RangeError) {
        diagnostics.push(yamlDiagnostic(source, "too-deep", `the document is nested too deeply`, [start, start]));
      } else {
        const mergeAt = badMergeKeyOffset(doc);
        if (mergeAt === void 0) throw error;
        diagnostics.push(yamlDiagnostic(source, "syntax", "a merge key (<<) takes a mapping or a list of mappings; kubectl refuses anything else", [mergeAt, mergeAt + 2]));
      }
      return void 0;
    }
  });
  if (errorCount > maxYamlErrors) {
    const end = source.text.length;
    diagnostics.push(yamlDiagnostic(source, "syntax", `${errorCount - maxYamlErrors} more YAML problems in this file are not shown`, [end, end], "info"));
  }
  const unreadableCrds = [];
  values.forEach((value, i) => {
    const crd = value === void 0 ? unreadableCrdOf(documents[i], source.text) : void 0;
    if (crd) unreadableCrds.push(crd);
  });
  return { values, diagnostics, spans, ...unreadableCrds.length > 0 ? { unreadableCrds } : {} };
}
function unresolvedAliasOffset(doc) {
  let found;
  (0, import_yaml6.visit)(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== void 0) return void 0;
      found = node.range?.[0] ?? 0;
      return import_yaml6.visit.BREAK;
    }
  });
  return found;
}
function collectionKeyOffset(doc) {
  let found;
  (0, import_yaml6.visit)(doc, {
    Pair(_key, pair) {
      if (!(0, import_yaml6.isPair)(pair) || !((0, import_yaml6.isCollection)(pair.key) || (0, import_yaml6.isAlias)(pair.key) && (0, import_yaml6.isCollection)(pair.key.resolve(doc)))) return void 0;
      found = pair.key.range?.[0] ?? 0;
      return import_yaml6.visit.BREAK;
    }
  });
  return found;
}
function yamlDiagnostic(source, code, message, pos, severity = "error") {
  return { ruleId: `yaml/${code}`, messageId: code, severity, message, range: source.rangeOf(pos[0], pos[1], true) };
}
function describeError(error, code, text) {
  if (code === "duplicate-key") {
    const lineEnd = text.indexOf("\n", error.pos[0]);
    const line = text.slice(error.pos[0], Math.min(lineEnd === -1 ? text.length : lineEnd, error.pos[0] + 256));
    const key = /^(?:"([^"\\]*)"|'([^']*)'|([^:\n]+?))\s*:/.exec(line);
    const name = key?.[1] ?? key?.[2] ?? key?.[3];
    const which = name === void 0 ? "a mapping key" : `key ${quoteName(name)}`;
    return `duplicate ${which}: a mapping key must be unique (kubectl would silently keep only the last value)`;
  }
  return yamlErrorMessage(error, code);
}
function refusedTab(source, values, starts, at) {
  let broken = 0;
  starts.forEach((start, i) => {
    if (start <= at) broken = i;
  });
  const message = "a tab where kubectl (go-yaml v2) allows only spaces: at the start of a line (blank and comment lines too) or right after a list dash";
  const parsed = { values: values.map((value, i) => i === broken ? void 0 : value), diagnostics: [yamlDiagnostic(source, "tab-indent", message, [at, at + 1])] };
  const crd = broken < values.length ? unreadableCrdOfValue(values[broken], source.text.slice(starts[broken] ?? 0, starts[broken + 1] ?? source.text.length)) : void 0;
  if (crd) parsed.unreadableCrds = [crd];
  return parsed;
}
function tooDeep(source, error) {
  const mark = error.mark;
  const at = mark?.position ?? 0;
  return {
    values: [],
    diagnostics: [yamlDiagnostic(source, "too-deep", `the document is nested more than ${maxDepth} levels deep`, [at, at])]
  };
}
function isDepthError(error) {
  return error instanceof RangeError || error instanceof Error && error.message.includes("maxDepth");
}
var anchorPattern = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|[[{,][ \t]*)&[^\s,[\]{}&][^\s,[\]{}]*(?=[\s,\]}]|$)/m;
var collectionKeyStart = /\{[ \t]*[{[]|^[ \t-]*\?(?:[ \t]|$)/m;
function mayHaveCollectionKey(text) {
  return (text.includes("{") || text.includes("?")) && collectionKeyStart.test(text);
}
function mayHaveAliases(text) {
  return text.includes("&") && anchorPattern.test(text);
}

// src/load/parse-json.ts
function parseJson(source) {
  try {
    const value = JSON.parse(source.text);
    return { values: value === null ? [] : [value], diagnostics: [] };
  } catch (error) {
    const parsed = parseStream(source);
    if (parsed.diagnostics.some((d) => d.severity === "error")) return parsed;
    const at = Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
    const message = "invalid JSON: the text reads as YAML but breaks a JSON rule (a bare word, a trailing comma, a single quote or a comment)";
    return { values: [], diagnostics: [yamlDiagnostic(source, "syntax", message, [at, at])] };
  }
}

// src/load/template-marks.ts
function hasTemplateActionOutsideComments(text) {
  let at = text.indexOf("{{");
  while (at !== -1) {
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const lineEnd = text.indexOf("\n", at);
    if (at < commentStart(text, lineStart, lineEnd === -1 ? text.length : lineEnd)) return true;
    if (lineEnd === -1) return false;
    at = text.indexOf("{{", lineEnd);
  }
  return false;
}
function commentStart(text, lineStart, lineEnd) {
  let quote = "";
  for (let i = lineStart; i < lineEnd; i++) {
    const char = text[i];
    if (quote) {
      if (char === "\\" && quote === '"') i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "#" && (i === lineStart || text[i - 1] === " " || text[i - 1] === "	")) {
      return i;
    }
  }
  return lineEnd;
}

// src/load/not-a-manifest.ts
function notAManifestReason(value, fileName) {
  const apiVersion = typeof value.apiVersion === "string" ? value.apiVersion : "";
  if (apiVersion.startsWith("kind.x-k8s.io/")) return "a kind cluster configuration";
  if (apiVersion.startsWith("kustomize.config.k8s.io/")) return "a kustomization file";
  if (apiVersion.startsWith("helm.sh/")) return "a Helm chart file";
  if (typeof value.apiVersion === "string" && typeof value.kind === "string") return void 0;
  if (/^kustomization\.ya?ml$/i.test(fileName)) return "a kustomization file";
  if (/^(Chart|values)(\.[\w-]+)?\.ya?ml$/.test(fileName)) return "a Helm chart file";
  const isUntyped = value.apiVersion === void 0 && value.kind === void 0;
  if (!isUntyped) return void 0;
  if ("services" in value && (/compose/i.test(fileName) || "version" in value || "volumes" in value)) return "a Compose file";
  if ("jobs" in value && ("on" in value || "true" in value)) return "a GitHub Actions workflow";
  if (!("metadata" in value) && !("spec" in value) && !("data" in value)) return "not a Kubernetes object (no apiVersion or kind)";
  return void 0;
}

// src/load/to-resources.ts
function toResources(source, values, fileName, keepNonManifests = false) {
  const resources = [];
  const diagnostics = [];
  values.forEach((value, documentIndex) => {
    if (value === void 0) return;
    if (!isObject(value)) {
      const range = rangeFor(source, documentIndex, [], void 0);
      diagnostics.push({ ruleId: "yaml/not-an-object", messageId: "not-an-object", severity: "error", message: `this document is ${Array.isArray(value) ? "a list" : "a scalar"}, not a Kubernetes object`, range });
      return;
    }
    const reason = keepNonManifests ? void 0 : notAManifestReason(value, fileName);
    if (reason) {
      const messageId = value.apiVersion === void 0 && value.kind === void 0 ? "untyped" : "not-a-manifest";
      diagnostics.push({ ruleId: "input/not-a-manifest", messageId, severity: "info", message: `skipped: ${reason}`, range: rangeFor(source, documentIndex, [], void 0) });
      return;
    }
    if (isList(value)) {
      value.items.forEach((item, itemIndex) => {
        if (isObject(item)) resources.push(makeResource(source, item, documentIndex, itemIndex));
      });
      return;
    }
    resources.push(makeResource(source, value, documentIndex, void 0));
  });
  return { resources, diagnostics };
}
function isList(value) {
  return typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items);
}
function makeResource(source, object, documentIndex, itemIndex) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? metadata.generateName : "";
  return {
    apiVersion: typeof object.apiVersion === "string" ? object.apiVersion : "",
    kind: typeof object.kind === "string" ? object.kind : "",
    name,
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : void 0,
    object,
    source: itemIndex === void 0 ? { file: source.file, documentIndex } : { file: source.file, documentIndex, itemIndex },
    rangeOf: (path6, target) => rangeFor(source, documentIndex, path6, itemIndex, target)
  };
}
function rangeFor(source, documentIndex, path6, itemIndex, target) {
  const fullPath = itemIndex === void 0 ? path6 : ["items", itemIndex, ...path6];
  const offsets = source.fieldOffsets(documentIndex, fullPath, target);
  if (!offsets) return source.rangeOf(0, 0);
  return source.rangeOf(offsets.start, offsets.end, offsets.multiline);
}

// src/load/load-text.ts
function loadText(text, file, format = formatOf(file, text), options = {}) {
  const baseName = file.split(/[\\/]/).pop() ?? file;
  if (format === "markdown") {
    if (text.length > maxMarkdownChars || hasLineLongerThan(text, maxMarkdownLine)) return { resources: [], diagnostics: [markdownTooLarge(file)] };
    const out = { resources: [], diagnostics: [] };
    let blocks;
    try {
      blocks = markdownBlocks(text);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return { resources: [], diagnostics: [{ ...yamlDiagnostic(new SourceText(file, ""), "too-deep", "skipped: the Markdown is nested too deeply to scan for YAML code blocks", [0, 0], "info") }] };
    }
    for (const block of blocks) {
      const loaded = loadStream(new SourceText(file, block.text, block.lineMap), baseName, "yaml", options);
      for (const item of loaded.resources) out.resources.push(item);
      for (const item of loaded.diagnostics) out.diagnostics.push(item);
      if (loaded.unreadableCrds) (out.unreadableCrds ??= []).push(...loaded.unreadableCrds);
    }
    return out;
  }
  return loadStream(new SourceText(file, text), baseName, format, options);
}
var maxMarkdownChars = 4 * 1024 * 1024;
var maxMarkdownLine = 64 * 1024;
function hasLineLongerThan(text, limit) {
  if (text.length <= limit) return false;
  let lineStart = 0;
  for (let newline = text.indexOf("\n"); ; newline = text.indexOf("\n", lineStart)) {
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > limit) return true;
    if (newline === -1) return false;
    lineStart = newline + 1;
  }
}
function markdownTooLarge(file) {
  const message = `skipped: Markdown over ${maxMarkdownChars / (1024 * 1024)} MiB or with a line over ${maxMarkdownLine / 1024} KiB is not scanned for YAML code blocks`;
  return { ...yamlDiagnostic(new SourceText(file, ""), "too-large", message, [0, 0], "info") };
}
function loadStream(source, baseName, format, options) {
  const hasBraces = source.text.includes("{{");
  if (hasBraces && isInChartTemplates(options.path ?? source.file, options.holdsChart)) return { resources: [], diagnostics: [templateNote(source, 0)] };
  const mayBeTemplate = hasBraces && format === "yaml" && hasTemplateActionOutsideComments(source.text);
  const parsed = format === "json" ? parseJson(source) : withoutTemplates(source, parseStream(source, { exact: mayBeTemplate }));
  const made = toResources(source, parsed.values, baseName, options.keepNonManifests === true);
  const directives = commentDirectives(source);
  if (directives.length > 0) {
    for (const resource of made.resources) {
      const found = directives[resource.source.documentIndex];
      if (found?.length) resource.directives = found;
    }
  }
  const loaded = { resources: made.resources, diagnostics: [...parsed.diagnostics, ...made.diagnostics] };
  if (parsed.unreadableCrds) loaded.unreadableCrds = parsed.unreadableCrds;
  return loaded;
}
function withoutTemplates(source, parsed) {
  const spans = parsed.spans;
  if (!spans) return parsed;
  const templateLines = [];
  let noteAt;
  parsed.values.forEach((value, i) => {
    const [start, end] = spans[i];
    if (value !== void 0 || !hasTemplateActionOutsideComments(source.text.slice(start, end))) return;
    const range = source.rangeOf(start, Math.max(start, end - 1));
    templateLines.push([range.start.line, range.end.line]);
    noteAt ??= start;
  });
  if (noteAt === void 0) return parsed;
  const inTemplate = (d) => templateLines.some(([first, last]) => d.range.start.line >= first && d.range.start.line <= last);
  return { ...parsed, diagnostics: [templateNote(source, noteAt), ...parsed.diagnostics.filter((d) => !inTemplate(d))] };
}
var templateMessage = "skipped: a Go/Helm template, not YAML until it is rendered (run `helm template` and check the output)";
function isTemplateNote(diagnostic) {
  return diagnostic.ruleId === "input/not-a-manifest" && diagnostic.message === templateMessage;
}
function templateNote(source, at) {
  const diagnostic = yamlDiagnostic(source, "syntax", templateMessage, [at, at], "info");
  return { ...diagnostic, ruleId: "input/not-a-manifest", messageId: "not-a-manifest" };
}
var markdownFence = /^[ \t>]*(?:```|~~~)/m;
var markdownHeading = /^#{1,6} \S/m;
var topLevelManifestKey = /^(?:apiVersion|kind):/m;
function isMarkdownName(file) {
  return /\.(md|markdown|mdx)$/i.test(file);
}
function formatOf(file, text) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (isMarkdownName(lower)) return "markdown";
  if (/\.ya?ml$/.test(lower)) return "yaml";
  const isNotes = markdownFence.test(text) || markdownHeading.test(text) && !topLevelManifestKey.test(text);
  if (!startsLikeDocument(text) || isNotes) return "markdown";
  return text.trimStart().startsWith("{") ? "json" : "yaml";
}

// src/load/load-inputs.ts
import { openSync, readSync, closeSync, fstatSync } from "node:fs";

// src/load/decode-text.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return { ok: false, code: "binary", message: "this is a binary file, not YAML or JSON text", offset: 0, text: "" };
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const offset = Math.max(0, lenient.indexOf("\uFFFD"));
    return { ok: false, code: "not-utf8", message: "the file is not valid UTF-8 text", offset, text: lenient };
  }
}

// src/load/load-inputs.ts
var defaultMaxFileBytes = 32 * 1024 * 1024;
async function loadInputs(inputs, options) {
  const found = findInputFiles(inputs, options);
  const result = { resources: [], diagnostics: [...found.notes], files: [], skipped: found.skipped, unreadableCrds: [] };
  for (const entry of found.entries) {
    if (entry.kind === "stdin") {
      addLoaded(result, "<stdin>", await loadStdin(options.readStdin, options.maxFileBytes));
      continue;
    }
    const name = displayName(entry.path, options.cwd);
    addLoaded(result, name, await loadFile(entry.path, name, options));
  }
  return result;
}
async function loadStdin(readStdin, maxBytes = defaultMaxFileBytes) {
  const read = readStdin ? await readStdin(maxBytes) : "";
  const bytes = typeof read === "string" ? Buffer.from(read, "utf8") : read;
  if (bytes.length > maxBytes) {
    return { resources: [], diagnostics: [fileDiagnostic("<stdin>", "too-large", `standard input is over the ${formatBytes(maxBytes)} limit for one manifest file`)] };
  }
  const text = textOf(bytes, "<stdin>");
  if (!text.ok) return { resources: [], diagnostics: text.diagnostics };
  return loadText(text.text, "<stdin>", text.text.trimStart().startsWith("{") ? "json" : "yaml");
}
async function loadFile(file, name, options = {}) {
  const text = textOfRead(readFileBounded(file, options.maxFileBytes ?? defaultMaxFileBytes), name);
  if (!text.ok) return { resources: [], diagnostics: text.diagnostics };
  const format = formatOf(name, text.text);
  if (format === "markdown") await loadMarkdownReader();
  return loadText(text.text, name, format, { keepNonManifests: options.keepNonManifests, path: file });
}
function textOfRead(read, name) {
  if (!read.ok) return { ok: false, diagnostics: [fileDiagnostic(name, read.code, read.message)] };
  return textOf(read.bytes, name);
}
function textOf(bytes, name) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const at = new SourceText(name, decoded.text);
    return { ok: false, diagnostics: [yamlDiagnostic(at, decoded.code, decoded.message, [decoded.offset, decoded.offset])] };
  }
  return { ok: true, text: decoded.text };
}
function addLoaded(result, name, loaded) {
  result.files.push(name);
  for (const resource of loaded.resources) result.resources.push(resource);
  for (const diagnostic of loaded.diagnostics) result.diagnostics.push(diagnostic);
  for (const crd of loaded.unreadableCrds ?? []) result.unreadableCrds.push(crd);
}
function readFileBounded(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, "r");
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, code: "unreadable", message: "this is a directory" };
    if (stats.isFile() && stats.size > maxBytes) {
      return { ok: false, code: "too-large", message: `the file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for one manifest file` };
    }
    return readAll(fd, maxBytes, stats.isFile() ? stats.size : 1 << 16);
  } catch (error) {
    const code = error.code ?? "EIO";
    return { ok: false, code: "unreadable", message: `the file cannot be read (${code})` };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function readAll(fd, maxBytes, expectedSize) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(Math.max(expectedSize + 1, 1 << 12));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    total += count;
    if (total > maxBytes) return { ok: false, code: "too-large", message: `the input is over the ${formatBytes(maxBytes)} limit for one manifest file` };
    chunks.push(chunk.subarray(0, count));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}
function fileDiagnostic(file, code, message) {
  return yamlDiagnostic(new SourceText(file, ""), code, message, [0, 0]);
}
function formatBytes(bytes) {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
function loadFileSync(files, file, options = {}) {
  const name = files.displayName(file);
  const text = textOfRead(files.read(file, options.maxFileBytes ?? defaultMaxFileBytes), name);
  if (!text.ok) return { resources: [], diagnostics: text.diagnostics };
  const format = formatOf(name, text.text);
  return loadText(text.text, name, format === "markdown" ? "yaml" : format);
}

// src/load/disk-files.ts
import { readdirSync as readdirSync2 } from "node:fs";
import path5 from "node:path";
var DiskFiles = class {
  constructor(root, cwd) {
    this.root = root;
    this.cwd = cwd;
  }
  root;
  cwd;
  refusal(file) {
    return confinementOf(this.root, leadsTo(file));
  }
  kindOf(file) {
    return diskKindOf(file);
  }
  read(file, maxBytes) {
    return readFileBounded(file, maxBytes);
  }
  realPath(file) {
    return realOrUndefined(file);
  }
  subfolders(dir) {
    const listed = [];
    try {
      for (const entry of readdirSync2(dir, { withFileTypes: true })) if (entry.isDirectory() && !isSkippedInWalk(entry.name)) listed.push(path5.join(dir, entry.name));
    } catch {
    }
    return listed.sort();
  }
  displayName(file) {
    return displayName(file, this.cwd);
  }
};

// src/load/load-documents.ts
function loadDocuments(files, file, maxBytes = defaultMaxFileBytes) {
  const name = files.displayName(file);
  const read = textOfRead(files.read(file, maxBytes), name);
  if (!read.ok) return { documents: [], diagnostics: read.diagnostics, text: "" };
  return parseDocuments(read.text, name, name.toLowerCase().endsWith(".json"));
}
function parseDocuments(text, name, isJson = false, lineMap) {
  const source = new SourceText(name, text, lineMap);
  const parsed = isJson ? parseJson(source) : parseStream(source);
  const documents = [];
  const directives = isJson ? [] : patchDirectives(source);
  parsed.values.forEach((value, documentIndex) => {
    if (value === void 0) return;
    const document = {
      value,
      rangeOf(path6, target) {
        const offsets = source.fieldOffsets(documentIndex, path6, target);
        return offsets ? source.rangeOf(offsets.start, offsets.end, offsets.multiline) : source.rangeOf(0, 0);
      }
    };
    const own = directives[documentIndex];
    if (own?.length) document.directives = own;
    documents.push(document);
  });
  return { documents, diagnostics: parsed.diagnostics, text };
}

export {
  decodeText,
  require_picomatch2 as require_picomatch,
  kustomizationFileNames,
  findKustomizationFile,
  isKustomizationFileName,
  resolveRoot,
  confinementOf,
  realOrUndefined,
  realFolderOf,
  pathProblem,
  manifestExtensions,
  isWalkedFileName,
  ignoreMatcher,
  isSkippedInWalk,
  findInputFiles,
  displayName,
  loadMarkdownReader,
  loadText,
  isTemplateNote,
  isMarkdownName,
  formatOf,
  defaultMaxFileBytes,
  loadInputs,
  loadStdin,
  loadFile,
  textOfRead,
  readFileBounded,
  formatBytes,
  loadFileSync,
  DiskFiles,
  loadDocuments,
  parseDocuments
};
