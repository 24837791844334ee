/**
 * An upper estimate of the number of instructions RE2 compiles `pattern` to, found in one pass
 * without compiling: each atom counts 1, a group its contents plus 2, and `{n,m}` multiplies the
 * atom before it by m. Compiling is what costs (re2js takes seconds and hundreds of MB for the
 * million instructions Go still accepts, e.g. `a{1000}` written a thousand times), so callers
 * check this first.
 */
export function estimatedProgramSize(pattern: string): number {
  const frames: { size: number; last: number }[] = [{ size: 0, last: 0 }];
  // the outermost frame is never popped
  const top = () => frames[frames.length - 1]!;
  const add = (atom: number): void => {
    const frame = top();
    frame.size = Math.min(frame.size + atom, cap);
    frame.last = atom;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      // \p{Greek}, \x{10FFFF}: one atom
      i = pattern[i + 2] === '{' && 'pPx'.includes(pattern.charAt(i + 1)) ? closing(pattern, i + 2, '}') : i + 1;
      add(1);
    } else if (c === '[') {
      i = classEnd(pattern, i);
      add(1);
    } else if (c === '(') {
      frames.push({ size: 0, last: 0 });
    } else if (c === ')' && frames.length > 1) {
      const group = frames.pop() as { size: number };
      add(group.size + 2);
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i, i + 24))) {
      const [min, max] = pattern.slice(i + 1, pattern.indexOf('}', i)).split(',');
      const times = max === undefined ? Number(min) : max === '' ? Number(min) + 1 : Number(max);
      const frame = top();
      frame.size = Math.min(frame.size + frame.last * Math.max(times - 1, 0) + 1, cap);
      i = pattern.indexOf('}', i);
    } else {
      add(1);
    }
  }
  return frames.reduce((sum, frame) => Math.min(sum + frame.size, cap), 0);
}

const cap = 1e12;

function closing(pattern: string, from: number, char: string): number {
  const end = pattern.indexOf(char, from);
  return end < 0 ? pattern.length - 1 : end;
}

// the index of the `]` closing a class that opens at `start` ([]a], [^]a] and [[:alpha:]] included)
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '[' && pattern[i + 1] === ':') i = closing(pattern, i + 2, ']');
    else if (pattern[i] === ']') return i;
  }
  return pattern.length - 1;
}
