export { serverFormat } from './server-formats.js';
export { serverFormatKeyword } from './format-keyword.js';
