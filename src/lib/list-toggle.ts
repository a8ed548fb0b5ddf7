/**
 * Adds `value` to a list of chosen values, or removes it when it is there. The result follows `order` (the
 * vocabulary's), so one choice has one address whatever order it was made in.
 */
export function toggleInList<T>(list: readonly T[] | undefined, value: T, order: readonly T[]): T[] {
  const chosen = new Set(list)
  if (chosen.has(value)) chosen.delete(value)
  else chosen.add(value)
  return order.filter((item) => chosen.has(item))
}
