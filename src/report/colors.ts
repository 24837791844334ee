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

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ansi: Palette = {
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const plain: Palette = {
  red: (t) => t,
  green: (t) => t,
  yellow: (t) => t,
  blue: (t) => t,
  dim: (t) => t,
  bold: (t) => t,
  underline: (t) => t,
};

/** The palette for `color: true` (a terminal) or plain text. */
export function paletteFor(color: boolean): Palette {
  return color ? ansi : plain;
}
