/** A feature's messages: Bahasa Indonesia must translate exactly the English keys. */
export function defineMessages<const K extends string>(messages: {
  en: Record<K, string>;
  id: Record<NoInfer<K>, string>;
}) {
  return messages;
}
