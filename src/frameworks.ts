/**
 * Types for the frameworks that write the elements in templates: React's JSX (React 19 sets properties and listens to
 * events on custom elements) and Vue's templates (checked by vue-tsc). They come with the package root and with each
 * element's module, so a TypeScript project needs no declarations of its own. Nothing here exists at run time.
 */
import type { LitElement } from 'lit';
// Brings React's and Vue's types into this package's own compilation, so the blocks below merge into them; the emitted
// declarations keep no import of either, and a project without them is not asked for them.
import type {} from 'react';
import type {} from 'vue';
import type { MdmaFaq, MdmaFaqEventMap } from './components/mdma-faq/mdma-faq.component.js';
import type { MdmaWidgetsProvider } from './components/mdma-widgets-provider/mdma-widgets-provider.component.js';
import type { SafetyCallout } from './components/safety-callout/safety-callout.component.js';
import type { SessionTimeline, SessionTimelineEventMap } from './components/session-timeline/session-timeline.component.js';
import type { StudyTable, StudyTableEventMap } from './components/study-table/study-table.component.js';

/** The elements under their default tag names. */
export interface WidgetElements {
  'mdma-faq': MdmaFaq;
  'study-table': StudyTable;
  'session-timeline': SessionTimeline;
  'safety-callout': SafetyCallout;
  'mdma-widgets-provider': MdmaWidgetsProvider;
}

/** An element that sends no events of its own. */
export type NoEvents = Record<never, never>;

/** Each element's events by type. */
export interface WidgetEventMaps {
  'mdma-faq': MdmaFaqEventMap;
  'study-table': StudyTableEventMap;
  'session-timeline': SessionTimelineEventMap;
  'safety-callout': NoEvents;
  'mdma-widgets-provider': NoEvents;
}

/** The public properties an element adds to Lit's: its attributes and JavaScript-only properties, not its methods. */
type PropertyName<Element> = {
  [Name in Exclude<keyof Element, keyof LitElement>]: Element[Name] extends (...args: never[]) => unknown ? never : Name;
}[Exclude<keyof Element, keyof LitElement>] &
  string;

/** `headingLevel` → `heading-level`: every attribute is its property's name in kebab case. */
type KebabCase<Name extends string> = Name extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${KebabCase<Rest>}`
  : Name;

/**
 * What a template may set on an element: every public property by name (`headingLevel`, `data`), and the attributes
 * whose names differ from their property's (`heading-level`), with the same values.
 */
export type WidgetProps<Tag extends keyof WidgetElements> = Partial<
  Pick<WidgetElements[Tag], PropertyName<WidgetElements[Tag]>> & {
    [Name in PropertyName<WidgetElements[Tag]> as KebabCase<Name> extends Name ? never : KebabCase<Name>]: WidgetElements[Tag][Name];
  }
>;

/** Event listeners as React 19 takes them on a custom element: `onmdma-faq-toggle` listens for `mdma-faq-toggle`. */
export type WidgetEventProps<Tag extends keyof WidgetElements> = {
  [Type in keyof WidgetEventMaps[Tag] & string as `on${Type}`]?: (event: WidgetEventMaps[Tag][Type]) => void;
};

/** React's `ref` on an element: a callback (which may return a clean-up function) or an object such as `useRef` returns. */
export type WidgetRef<Element> = ((element: Element | null) => void | (() => void)) | { current: Element | null } | null;

/**
 * An element's props in React's JSX, given JSX's intrinsic elements. React's own props (`className`, `style`, `key`,
 * `children`, ...) are those of its `<div>`, so these types name nothing of React's and hold where React's types are
 * not installed.
 */
export type WidgetJsxProps<Tag extends keyof WidgetElements, IntrinsicElements> = Omit<
  IntrinsicElements extends { div: infer DivProps } ? DivProps : unknown,
  'ref' | keyof WidgetProps<Tag>
> & { ref?: WidgetRef<WidgetElements[Tag]> } & WidgetProps<Tag> &
  WidgetEventProps<Tag>;

type UnionToIntersection<Union> = (Union extends unknown ? (member: Union) => void : never) extends (member: infer Intersection) => void
  ? Intersection
  : never;

/** `$emit` as vue-tsc reads it: one signature per event, whose payload is the event itself. */
type VueEmit<Events> = UnionToIntersection<{ [Type in keyof Events]: (type: Type, event: Events[Type]) => void }[keyof Events]>;

/**
 * An element as Vue's `GlobalComponents` holds it, given what Vue lets a template set on any element (HTML attributes,
 * `class`, `style`): its instance, and the props and events a template may use (`$props` and `$emit` are for the
 * template's type check only; the element has neither).
 */
export type WidgetVueComponent<Tag extends keyof WidgetElements, HtmlAttributes> = new () => WidgetElements[Tag] & {
  $props: HtmlAttributes & WidgetProps<Tag>;
} & (keyof WidgetEventMaps[Tag] extends never ? unknown : { $emit: VueEmit<WidgetEventMaps[Tag]> });

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mdma-faq': WidgetJsxProps<'mdma-faq', this>;
      'study-table': WidgetJsxProps<'study-table', this>;
      'session-timeline': WidgetJsxProps<'session-timeline', this>;
      'safety-callout': WidgetJsxProps<'safety-callout', this>;
      'mdma-widgets-provider': WidgetJsxProps<'mdma-widgets-provider', this>;
    }
  }
}

declare module 'vue' {
  // Empty: they merge into Vue's own. Where Vue's types are not installed, they are what the names below refer to,
  // so this block stays valid for every TypeScript user.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  export interface HTMLAttributes {}
  export interface AllowedComponentProps {}
  export interface ComponentCustomProps {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */

  interface GlobalComponents {
    'mdma-faq': WidgetVueComponent<'mdma-faq', HTMLAttributes & AllowedComponentProps & ComponentCustomProps>;
    'study-table': WidgetVueComponent<'study-table', HTMLAttributes & AllowedComponentProps & ComponentCustomProps>;
    'session-timeline': WidgetVueComponent<'session-timeline', HTMLAttributes & AllowedComponentProps & ComponentCustomProps>;
    'safety-callout': WidgetVueComponent<'safety-callout', HTMLAttributes & AllowedComponentProps & ComponentCustomProps>;
    'mdma-widgets-provider': WidgetVueComponent<
      'mdma-widgets-provider',
      HTMLAttributes & AllowedComponentProps & ComponentCustomProps
    >;
  }
}
