import { literal, type StaticValue } from 'lit/static-html.js';

/** Heading levels a host may choose; the page's own `h1` stays the page's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const headingTags: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The static tag for a heading of `level`, for use with `html` from `lit/static-html.js`. */
export function headingTag(level: HeadingLevel): StaticValue {
  return headingTags[level];
}
