/** Which links a widget may render: content is shown as text, and only these become links. */

/** Whether `href` may be rendered as a link: absolute `http:` or `https:` URLs only. */
export function isSafeHref(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Phone and text-message links, allowed only for crisis contacts. */
const phoneHref = /^(tel|sms):\+?[0-9][0-9 ().-]*$/;

/** Whether a crisis contact's `href` may be rendered as a link: http(s), or a `tel:` or `sms:` number. */
export function isSafeContactHref(href: string): boolean {
  return isSafeHref(href) || phoneHref.test(href);
}
