/**
 * Data for a script to read, embedded in the page as <script type="application/json">. The
 * JSON is escaped so no string in it can close the element or open a comment (`</script>`,
 * `<!--`): every "<" becomes \u003c, which JSON.parse reads back unchanged.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
