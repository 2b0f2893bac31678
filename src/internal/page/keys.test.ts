import { expect, fixture, html } from '@open-wc/testing';
import { accordionKeyTarget, moveAccordionFocus } from './keys.js';

const key = (name: string, modifiers: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...modifiers });

describe('accordionKeyTarget', () => {
  it('moves Down to the next button and Up to the previous one, wrapping round at either end', () => {
    expect(accordionKeyTarget(key('ArrowDown'), 0, 3)).to.equal(1);
    expect(accordionKeyTarget(key('ArrowDown'), 1, 3)).to.equal(2);
    expect(accordionKeyTarget(key('ArrowDown'), 2, 3)).to.equal(0);
    expect(accordionKeyTarget(key('ArrowUp'), 2, 3)).to.equal(1);
    expect(accordionKeyTarget(key('ArrowUp'), 1, 3)).to.equal(0);
    expect(accordionKeyTarget(key('ArrowUp'), 0, 3)).to.equal(2);
  });

  it('moves Home to the first button and End to the last', () => {
    expect(accordionKeyTarget(key('Home'), 2, 4)).to.equal(0);
    expect(accordionKeyTarget(key('Home'), 0, 4)).to.equal(0);
    expect(accordionKeyTarget(key('End'), 0, 4)).to.equal(3);
    expect(accordionKeyTarget(key('End'), 3, 4)).to.equal(3);
  });

  it('stays on the only button there is', () => {
    for (const name of ['ArrowDown', 'ArrowUp', 'Home', 'End']) expect(accordionKeyTarget(key(name), 0, 1), name).to.equal(0);
  });

  it('leaves other keys, and keys with a modifier, to the browser', () => {
    for (const name of ['Enter', ' ', 'Tab', 'ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Escape', 'a', 'Down', 'Up']) {
      expect(accordionKeyTarget(key(name), 1, 3), name).to.equal(undefined);
    }
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const) {
      for (const name of ['ArrowDown', 'ArrowUp', 'Home', 'End']) {
        expect(accordionKeyTarget(key(name, { [modifier]: true }), 1, 3), `${modifier} ${name}`).to.equal(undefined);
      }
    }
  });

  it('has nowhere to move among no buttons', () => {
    for (const name of ['ArrowDown', 'ArrowUp', 'Home', 'End']) expect(accordionKeyTarget(key(name), 0, 0), name).to.equal(undefined);
  });
});

describe('moveAccordionFocus', () => {
  let buttons: HTMLButtonElement[];
  let outside: HTMLButtonElement;
  let handled: boolean[];

  beforeEach(async () => {
    const list = await fixture<HTMLElement>(html`<div>
      <button>One</button><button>Two</button><button>Three</button>
      <p><button id="outside">Not in the list</button></p>
    </div>`);
    outside = list.querySelector('#outside')!;
    buttons = Array.from(list.querySelectorAll('button')).filter((button) => button !== outside);
    handled = [];
    list.addEventListener('keydown', (event) => handled.push(moveAccordionFocus(event, buttons)));
  });

  /** Presses `name` on `target`, with focus on it, and says whether the page's default action was prevented. */
  const press = (target: HTMLElement, name: string, modifiers: KeyboardEventInit = {}) => {
    target.focus();
    const event = key(name, modifiers);
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('moves focus to the button the key leads to, and keeps the key from scrolling the page', () => {
    expect(press(buttons[0]!, 'ArrowDown')).to.equal(true);
    expect(document.activeElement).to.equal(buttons[1]);
    expect(press(buttons[0]!, 'ArrowUp')).to.equal(true);
    expect(document.activeElement).to.equal(buttons[2]);
    expect(press(buttons[2]!, 'ArrowDown')).to.equal(true);
    expect(document.activeElement).to.equal(buttons[0]);
    expect(press(buttons[0]!, 'End')).to.equal(true);
    expect(document.activeElement).to.equal(buttons[2]);
    expect(press(buttons[2]!, 'Home')).to.equal(true);
    expect(document.activeElement).to.equal(buttons[0]);
    expect(handled).to.deep.equal([true, true, true, true, true]);
  });

  it('does nothing for another key, a modified key, or a key pressed on an element not in the list', () => {
    expect(press(buttons[1]!, 'Enter')).to.equal(false);
    expect(document.activeElement).to.equal(buttons[1]);
    expect(press(buttons[1]!, 'ArrowDown', { shiftKey: true })).to.equal(false);
    expect(document.activeElement).to.equal(buttons[1]);
    expect(press(outside, 'ArrowDown')).to.equal(false);
    expect(document.activeElement).to.equal(outside);
    expect(handled).to.deep.equal([false, false, false]);
  });
});
