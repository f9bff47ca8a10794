/** Escaping of workspace text placed inside markdown we build (hover cards, tooltips). */

/**
 * `text` with every markdown and HTML special character escaped, newlines flattened, so
 * names, descriptions and quotes from workspace files cannot inject links or markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>:$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\s+/g, ' ');
}
