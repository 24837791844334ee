import type { YamlCode } from './yaml-codes.js';
/** Text decoded from a file's bytes, or the reason it is not text. */
export type DecodedText = {
    ok: true;
    text: string;
} | {
    ok: false;
    code: YamlCode;
    message: string;
    offset: number;
    text: string;
};
/**
 * Decodes a manifest file: UTF-8 (a BOM is dropped), or UTF-16 when a BOM says so. Binary files
 * and invalid UTF-8 are refused with a reason, since kubectl would refuse them too.
 */
export declare function decodeText(bytes: Uint8Array): DecodedText;
