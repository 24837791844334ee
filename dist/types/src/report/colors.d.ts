/** ANSI styling that can be switched off, so formatters stay pure functions of their options. */
export interface Palette {
    red(text: string): string;
    green(text: string): string;
    yellow(text: string): string;
    blue(text: string): string;
    dim(text: string): string;
    bold(text: string): string;
    underline(text: string): string;
}
/** The palette for `color: true` (a terminal) or plain text. */
export declare function paletteFor(color: boolean): Palette;
