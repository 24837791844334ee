/**
 * Whether a value refers to itself. An anchor whose own content holds an alias to it
 * (`a: &x [*x]`) makes the `yaml` library build a circular value, which kubectl refuses and
 * which would send every later check round in circles. Shared (non-circular) aliases are fine.
 */
export function hasCycle(root: unknown): boolean {
  const done = new Set<object>();
  const onPath = new Set<object>();
  // an explicit stack: entering a node, then leaving it once its children are done
  const stack: { node: object; leaving: boolean }[] = [];
  if (isContainer(root)) stack.push({ node: root, leaving: false });
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
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

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
