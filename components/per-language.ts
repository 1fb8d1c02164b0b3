/**
 * Builds a set of components once per language dictionary and returns the same set after
 * that, so the components keep their identity across renders (React would otherwise remount
 * them) while each language gets its own strings.
 */
export function perLanguage<Strings extends object, Made>(
  create: (t: Strings) => Made,
): (t: Strings) => Made {
  const made = new WeakMap<Strings, Made>()
  return (t) => {
    let set = made.get(t)
    if (!set) {
      set = create(t)
      made.set(t, set)
    }
    return set
  }
}
