/**
 * dist/embed/resize.js, for a page that holds embed pages in iframes and allows a script: sizes each of its iframes to
 * the height its embed page reports (see messages.ts), so the widget shows whole, without a scroll bar of its own.
 *
 *   <script defer src="/mdma-therapy-widgets/embed/resize.js"></script>
 */
import { heightRequest, isHeightMessage } from './messages.js';

const frames = () => document.getElementsByTagName('iframe');

addEventListener('message', ({ source, data }) => {
  // Only a message of the right shape, and only from the window of one of this page's own iframes.
  if (!isHeightMessage(data) || source === null) return;
  for (const frame of frames()) {
    if (frame.contentWindow !== source) continue;
    // The height is the page's own: a border or padding the host gives the iframe goes outside it.
    frame.style.boxSizing = 'content-box';
    frame.style.height = `${data.height}px`;
  }
});

// Pages that loaded before this script report again.
for (const frame of frames()) frame.contentWindow?.postMessage(heightRequest, '*');
