/**
 * The item at `index` of a list (negative counts from the end), or a clear test failure naming the
 * index and the length when there is none — instead of a TypeError on `undefined` a line later.
 */
export function itemAt<T>(list: readonly T[], index: number): T {
  if (index >= list.length || index < -list.length) {
    throw new Error(`expected an item at index ${index}, but the list has ${list.length} item(s)`);
  }
  return list.at(index) as T;
}

type Tuple<T, N extends number, Items extends T[] = []> = Items['length'] extends N ? Items : Tuple<T, N, [...Items, T]>;

/** The first `count` items of a list, to destructure (`const [a, b] = firstItems(list, 2)`), or a clear test failure when it has fewer. */
export function firstItems<T, N extends number>(list: readonly T[], count: N): Tuple<T, N> {
  if (list.length < count) throw new Error(`expected at least ${count} item(s), but the list has ${list.length}`);
  return list.slice(0, count) as Tuple<T, N>;
}

/** `value`, or a clear test failure saying what was missing (for a record's entry or a regex group). */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what} to be defined`);
  return value;
}
