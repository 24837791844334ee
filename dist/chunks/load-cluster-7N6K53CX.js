import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadClusterModel
} from "./chunk-SOSLJNKX.js";
import "./chunk-OVJKESQO.js";
import "./chunk-DMQH4JSB.js";
import "./chunk-OCWGEWFV.js";
import "./chunk-366W3JI3.js";
import "./chunk-JC6TFKUX.js";
import "./chunk-HANBNIMK.js";
export {
  loadClusterModel
};
