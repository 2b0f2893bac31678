import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement, type ReactiveController } from 'lit';
import { ConsoleMessages } from './messages.js';

/** A host as the controller sees it, whose update state each test sets. */
class FakeHost {
  readonly localName: string;
  isUpdatePending = false;
  hasUpdated = true;
  readonly controllers: ReactiveController[] = [];

  constructor(localName: string) {
    this.localName = localName;
  }

  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }

  removeController() {}

  requestUpdate() {}

  get updateComplete() {
    return Promise.resolve(true);
  }
}

const messagesOf = (host: FakeHost) => new ConsoleMessages(host as unknown as ConstructorParameters<typeof ConsoleMessages>[0]);

/** An element that raises a warning while it renders. */
class WarnsWhileRendering extends LitElement {
  readonly messages = new ConsoleMessages(this);
  loggedDuringRender = -1;
  static logged: unknown[][] = [];

  override render() {
    this.messages.warn('raised while rendering.');
    this.loggedDuringRender = WarnsWhileRendering.logged.length;
    return html`<p>Rendered</p>`;
  }
}
customElements.define('warns-while-rendering', WarnsWhileRendering);

describe('ConsoleMessages', () => {
  const { warn: realWarn, error: realError } = console;
  let warnings: unknown[][];
  let errors: unknown[][];

  beforeEach(() => {
    warnings = [];
    errors = [];
    WarnsWhileRendering.logged = warnings;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    console.error = (...args: unknown[]) => void errors.push(args);
  });

  afterEach(() => {
    console.warn = realWarn;
    console.error = realError;
  });

  it('adds itself to its host as a controller', () => {
    const host = new FakeHost('x-host');
    const messages = messagesOf(host);
    expect(host.controllers).to.deep.equal([messages]);
  });

  it('logs a warning or an error with the library’s prefix and the element’s name, with its details', () => {
    const messages = messagesOf(new FakeHost('mdma-faq'));
    const detail = new Error('cause');
    messages.warn('theme="blue" is not one of "light", "dark"; using "light".');
    messages.error('the data could not be used.', detail);
    expect(warnings).to.deep.equal([['[mdma-therapy-widgets] <mdma-faq>: theme="blue" is not one of "light", "dark"; using "light".']]);
    expect(errors).to.have.length(1);
    expect(errors[0]![0]).to.equal('[mdma-therapy-widgets] <mdma-faq>: the data could not be used.');
    expect(errors[0]![1]).to.equal(detail);
  });

  it('logs each message once per element', () => {
    const messages = messagesOf(new FakeHost('mdma-faq'));
    for (let time = 0; time < 3; time += 1) {
      messages.warn('first.');
      messages.warn('second.');
      messages.error('first.');
    }
    expect(warnings.map(([message]) => message)).to.deep.equal([
      '[mdma-therapy-widgets] <mdma-faq>: first.',
      '[mdma-therapy-widgets] <mdma-faq>: second.',
    ]);
    // The same words as an error are another message.
    expect(errors.map(([message]) => message)).to.deep.equal(['[mdma-therapy-widgets] <mdma-faq>: first.']);
  });

  it('logs the same message again for another element', () => {
    messagesOf(new FakeHost('mdma-faq')).warn('same.');
    messagesOf(new FakeHost('mdma-faq')).warn('same.');
    messagesOf(new FakeHost('study-table')).warn('same.');
    expect(warnings.map(([message]) => message)).to.deep.equal([
      '[mdma-therapy-widgets] <mdma-faq>: same.',
      '[mdma-therapy-widgets] <mdma-faq>: same.',
      '[mdma-therapy-widgets] <study-table>: same.',
    ]);
  });

  it('logs twenty different messages, then says it stops, then logs nothing more', () => {
    const messages = messagesOf(new FakeHost('study-table'));
    for (let index = 1; index <= 30; index += 1) messages.warn(`problem ${index}.`);
    messages.error('an error after the limit.');
    messages.warn('problem 1.');
    expect(warnings).to.have.length(21);
    expect(warnings[19]![0]).to.equal('[mdma-therapy-widgets] <study-table>: problem 20.');
    expect(warnings[20]![0]).to.equal(
      '[mdma-therapy-widgets] <study-table>: more than 20 different problems were found; no more are reported for this element.',
    );
    expect(errors).to.deep.equal([]);
  });

  it('holds messages raised before the first update or while one is pending until the update is done', () => {
    const host = new FakeHost('session-timeline');
    host.hasUpdated = false;
    const messages = messagesOf(host);
    messages.warn('before the first update.');
    messages.error('an error before it.');
    expect(warnings).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    host.hasUpdated = true;
    messages.hostUpdated();
    expect(warnings.map(([message]) => message)).to.deep.equal(['[mdma-therapy-widgets] <session-timeline>: before the first update.']);
    expect(errors).to.have.length(1);

    host.isUpdatePending = true;
    messages.warn('during an update.');
    expect(warnings).to.have.length(1);
    host.isUpdatePending = false;
    messages.flush();
    expect(warnings).to.have.length(2);
    // What was logged is not logged again at the next update.
    messages.hostUpdated();
    expect(warnings).to.have.length(2);
  });

  it('holds back a message raised while its element renders until the render is done', async () => {
    const element = await fixture<WarnsWhileRendering>(fixtureHtml`<warns-while-rendering></warns-while-rendering>`);
    await element.updateComplete;
    expect(element.loggedDuringRender).to.equal(0);
    expect(warnings.map(([message]) => message)).to.deep.equal(['[mdma-therapy-widgets] <warns-while-rendering>: raised while rendering.']);
    element.requestUpdate();
    await element.updateComplete;
    expect(warnings).to.have.length(1);
  });

  it('logs a message about the page once per page, whichever element raises it first', () => {
    const first = messagesOf(new FakeHost('mdma-faq'));
    const second = messagesOf(new FakeHost('study-table'));
    second.warnOncePerPage('page-wide-test-key', 'the page has a problem.');
    first.warnOncePerPage('page-wide-test-key', 'the page has a problem.');
    second.warnOncePerPage('page-wide-test-key', 'the page has a problem.');
    first.warnOncePerPage('another-page-wide-test-key', 'the page has another problem.');
    expect(warnings.map(([message]) => message)).to.deep.equal([
      '[mdma-therapy-widgets] <study-table>: the page has a problem.',
      '[mdma-therapy-widgets] <mdma-faq>: the page has another problem.',
    ]);
  });
});
