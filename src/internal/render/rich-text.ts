import type { Block, RichText } from '../../data/types.js';

/** The plain text of structured content, for search and for CSV. */
export function blocksToText(blocks: readonly Block[]): string {
  const text = (content: RichText) => content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
  return blocks.map((block) => (block.type === 'list' ? block.items.map(text).join('\n') : text(block.content))).join('\n');
}
