/**
 * Escaping for the HTML and XML reports. Article text is never trusted:
 * every character that means something in markup is replaced, and
 * characters XML 1.0 forbids (controls, lone surrogates) become U+FFFD.
 */

const entities: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

// C0 controls except tab, line feed and carriage return; DEL and C1 controls; lone surrogates; U+FFFE/U+FFFF.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escape `& < > " '` for HTML text and attribute values, and replace characters markup cannot carry. */
export function escapeHtml(value: string): string {
  return value.replace(forbidden, '\uFFFD').replace(/[&<>"']/g, (character) => entities[character]!)
}

/** Escape text for an XML 1.0 attribute or text node (the five XML characters, and forbidden characters). */
export function escapeXml(value: string): string {
  return escapeHtml(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}
