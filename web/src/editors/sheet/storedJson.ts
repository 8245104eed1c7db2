/** A JSON value stored in the document (or this browser's storage), or undefined when it is
 *  missing, null or unreadable: a value another version wrote must never break the sheet. */
export function parseStored<T>(json: string | null | undefined): T | undefined {
  if (json === null || json === undefined) return undefined;
  try {
    return (JSON.parse(json) as T) ?? undefined;
  } catch {
    return undefined;
  }
}
