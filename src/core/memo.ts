/** One value per string key, computed on first use and kept for the process (for small key sets: locales, language codes). */
export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const values = new Map<string, T>()
  return (key) => {
    if (values.has(key)) return values.get(key) as T
    const value = compute(key)
    values.set(key, value)
    return value
  }
}
