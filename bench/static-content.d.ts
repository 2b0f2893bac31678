// Types of static-content.js, for the test that holds the static reference pages to the widgets' content.
import type * as content from '../src/data/index.js';
import type { StudyTableStrings } from '../src/internal/language/strings/study-table.js';

export declare const safetyTopic: string;

export declare function escapeHtml(text: unknown): string;

export declare function staticContent(
  tag: 'mdma-faq' | 'study-table' | 'session-timeline' | 'safety-callout',
  data: typeof content,
  tableStrings: StudyTableStrings,
): string;
