/** "1 officer", "2 officers": a count with its noun in the right number (issue 11 item 4: correct plurals). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
