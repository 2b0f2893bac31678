/**
 * The messages between an embed page (dist/embed/<tag>.html, in an iframe) and the page that holds the iframe. The
 * embed page posts its height to its parent when it loads and whenever its size changes; dist/embed/resize.js, on the
 * parent page, sizes the iframe it came from and asks the pages already loaded to report again.
 */

/** Embed page to parent: its height in CSS pixels (a whole number, at least 0), and the widget it shows. */
export interface HeightMessage {
  readonly type: 'mdma-widgets:height';
  readonly tag: string;
  readonly height: number;
}

export const heightType = 'mdma-widgets:height';

/** Parent to embed page: report your height now (sent by resize.js when it starts, for pages that reported before it). */
export const heightRequest = { type: 'mdma-widgets:height-request' } as const;

/** Whether `data` is a height message: anything else posted to the page is none of ours. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === heightType &&
    typeof message.tag === 'string' &&
    Number.isInteger(message.height) &&
    message.height! >= 0
  );
}
