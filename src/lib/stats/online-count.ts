/**
 * The number of visitors online in a counter's JSON answer: the answer itself
 * when it is a number, else the value at `field` (`visitors`, `0.visitors`).
 * Undefined when there is no whole number there, so nothing wrong is shown.
 */
export function readOnlineCount(answer: unknown, field?: string): number | undefined {
  const value = (field ? field.split('.') : []).reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    answer,
  );
  const count = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
}
