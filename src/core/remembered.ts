/**
 * `fn` with its answers remembered: the people finder asks the same questions of the same words
 * and names millions of times in a large corpus. The memory is emptied past `limit` entries.
 */
export function remembered<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let a = answers.get(key);
    if (a === undefined) {
      if (answers.size > limit) answers.clear();
      answers.set(key, (a = fn(key)));
    }
    return a;
  };
}
