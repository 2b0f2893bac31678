import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsoleMessages } from '../element/messages.js';
import type { HostDataKind } from '../element/settings-context.js';
import { JsonChildReader } from './json-child.js';
import { parseHostData, type HostDataSchema, type HostItems } from './schema.js';

export type { HostItems } from './schema.js';

/** Where a widget's host data can come from, in order of precedence. */
export interface HostDataInputs {
  /** The element's `data` property. */
  readonly property: () => unknown;
  /** The enclosing provider's data of this kind. */
  readonly provider: () => unknown;
}

/**
 * A widget's host data: from its `data` property, else its `<script type="application/json">` child, else the
 * provider's. Validated once per input (re-renders neither validate nor log again); data that cannot be used is
 * reported once, naming where it came from, and the widget shows its bundled content.
 */
export class HostDataController<Item> implements ReactiveController {
  readonly #kind: HostDataKind;
  readonly #schema: HostDataSchema<Item>;
  readonly #inputs: HostDataInputs;
  readonly #messages: ConsoleMessages;
  readonly #jsonChild: JsonChildReader;
  #last?: { readonly input: unknown; readonly items: HostItems<Item> | undefined };

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    kind: HostDataKind,
    schema: HostDataSchema<Item>,
    inputs: HostDataInputs,
    messages: ConsoleMessages,
  ) {
    this.#kind = kind;
    this.#schema = schema;
    this.#inputs = inputs;
    this.#messages = messages;
    this.#jsonChild = new JsonChildReader(
      host,
      () => host.requestUpdate(),
      (cause) =>
        messages.error('the JSON in its <script type="application/json"> child does not parse; showing the bundled content.', cause),
    );
    host.addController(this);
  }

  hostConnected(): void {
    this.#jsonChild.connect();
  }

  hostDisconnected(): void {
    this.#jsonChild.disconnect();
  }

  /** The host's items in use, validated; undefined when the bundled content is shown. */
  get items(): HostItems<Item> | undefined {
    const property = this.#inputs.property();
    const jsonChild = this.#jsonChild.value;
    const input = property ?? jsonChild ?? this.#inputs.provider();
    if (input == null) return undefined;
    if (this.#last?.input === input) return this.#last.items;
    const origin = property != null ? 'its data property' : jsonChild != null ? 'its JSON child' : `the provider's "${this.#kind}" data`;
    const result = parseHostData(this.#schema, input);
    if (!result.success) this.#messages.error(`host data from ${origin}: ${result.problems}; showing the bundled content.`);
    this.#last = { input, items: result.success ? result.output : undefined };
    return this.#last.items;
  }
}
