import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { PartType, type PartInfo } from 'lit/directive.js';
import { getDirectiveClass } from 'lit/directive-helpers.js';
import { cssProperties } from './css-properties.js';

/** The `style` attributes written with setAttribute while `action` runs. */
function styleAttributesWritten(action: () => void): string[] {
  const written: string[] = [];
  const { setAttribute } = Element.prototype;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') written.push(value);
    return setAttribute.call(this, name, value);
  };
  try {
    action();
  } finally {
    Element.prototype.setAttribute = setAttribute;
  }
  return written;
}

describe('cssProperties', () => {
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
  });

  const span = () => container.querySelector('span')!;
  const show = (properties: Record<string, string>) => render(html`<span style=${cssProperties(properties)}></span>`, container);

  it('sets each custom property on the element', () => {
    show({ '--_at': '25', '--_lane': '2' });
    expect(span().style.getPropertyValue('--_at')).to.equal('25');
    expect(span().style.getPropertyValue('--_lane')).to.equal('2');
  });

  it('sets them through the CSSOM, never by writing the style attribute', () => {
    const written = styleAttributesWritten(() => {
      show({ '--_at': '25' });
      show({ '--_at': '50' });
    });
    expect(written).to.deep.equal([]);
    expect(span().style.getPropertyValue('--_at')).to.equal('50');
  });

  it('updates changed values and removes properties no longer given, leaving others set on the element alone', () => {
    show({ '--_at': '25', '--_lane': '2' });
    span().style.setProperty('color', 'red');
    show({ '--_at': '75', '--_extra': 'x' });
    expect(span().style.getPropertyValue('--_at')).to.equal('75');
    expect(span().style.getPropertyValue('--_extra')).to.equal('x');
    expect(span().style.getPropertyValue('--_lane')).to.equal('');
    expect(span().style.getPropertyValue('color')).to.equal('red');
    show({});
    expect(span().style.getPropertyValue('--_at')).to.equal('');
    expect(span().style.getPropertyValue('--_extra')).to.equal('');
  });

  it('writes the declarations as the attribute’s text for a server', () => {
    const Directive = getDirectiveClass(cssProperties({}))!;
    const partInfo = { type: PartType.ATTRIBUTE, name: 'style', tagName: 'SPAN', strings: undefined } as unknown as PartInfo;
    const directive = new Directive(partInfo);
    expect(directive.render({ '--_at': '25', '--_lane': '2' })).to.equal('--_at:25;--_lane:2');
    expect(directive.render({})).to.equal('');
  });

  it('must be the whole value of a style attribute', () => {
    expect(() => render(html`<span title=${cssProperties({ '--_at': '1' })}></span>`, container)).to.throw(/whole value of a style attribute/);
    expect(() => render(html`<span>${cssProperties({ '--_at': '1' })}</span>`, container)).to.throw(/whole value of a style attribute/);
    expect(() => render(html`<span style="${cssProperties({ '--_at': '1' })} ${'x'}"></span>`, container)).to.throw(
      /whole value of a style attribute/,
    );
    // With other text in the attribute, Lit would write the attribute after the properties were set, and remove them.
    expect(() => render(html`<span style="color: red; ${cssProperties({ '--_at': '1' })}"></span>`, container)).to.throw(
      /whole value of a style attribute/,
    );
  });
});
