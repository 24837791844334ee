import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validate
} from "./chunk-LNAMV7LX.js";
import "./chunk-KMFPELBZ.js";
import "./chunk-UXWQVEOJ.js";
import "./chunk-366W3JI3.js";
import "./chunk-5TLKTPGQ.js";
import "./chunk-4BYADR66.js";
import "./chunk-HANBNIMK.js";
export {
  validate
};
