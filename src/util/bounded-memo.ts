/**
 * A memo of a pure function of one string, holding at most `limit` answers (all dropped at once when full, so memory
 * stays bounded on an archive of any size). For a test repeated on the same text: the knowledge stage asks of each
 * sentence once per figure in it, and an article's sentences come back in its near-copies (docs/decisions/089).
 * Only for functions whose answer depends on the string alone.
 */
export function boundedMemo<T>(fn: (key: string) => T, limit = 4096): (key: string) => T {
  let memo = new Map<string, T>();
  return (key: string): T => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as T;
    const value = fn(key);
    if (memo.size >= limit) memo = new Map();
    memo.set(key, value);
    return value;
  };
}
