// The browser's messages.json rules, applied to a bundled table: the extension can switch
// language while it runs, which browser.i18n.getMessage cannot, and its pages may not fetch
// their own files (connect-src 'none'), so the tables are imported at build time.
export interface MessageEntry { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
export type MessageTable = Record<string, MessageEntry>;

const substitute = (text: string, substitutions: readonly string[]) =>
  text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');

/**
 * A message with its placeholders filled: named placeholders ($NAME$, any case) take their
 * content, $1…$9 take the substitutions, and $$ is a dollar sign. Null when the key is unknown.
 */
export function formatMessage(table: MessageTable, key: string, substitutions: readonly string[] = []): string | null {
  const entry = table[key];
  if (!entry) return null;
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name: string | undefined, digit: string | undefined) => {
    if (whole === '$$') return '$';
    if (digit) return substitutions[Number(digit) - 1] ?? '';
    const content = named.get(name!.toLowerCase());
    return content === undefined ? whole : substitute(content, substitutions);
  });
}

/** The placeholders a message uses ($1…, $NAME$), so translations can be checked against English. */
export function placeholdersOf(entry: MessageEntry): string[] {
  const found = entry.message.match(/\$[A-Za-z0-9_@]+\$|\$\d/g) ?? [];
  return [...new Set(found.map((p) => p.toLowerCase()))].sort();
}
