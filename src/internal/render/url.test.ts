import { expect } from '@open-wc/testing';
import { isSafeContactHref, isSafeHref } from './url.js';

describe('isSafeHref', () => {
  it('allows absolute http and https addresses, in any case', () => {
    for (const href of [
      'https://doi.org/10.1038/s41591-023-02565-4',
      'http://example.org',
      'https://example.org/a path?q="x"&y=<z>#top',
      'HTTPS://EXAMPLE.ORG/',
      'https://user:password@example.org:8443/',
      ' https://example.org/ ',
    ]) {
      expect(isSafeHref(href), href).to.equal(true);
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/5a6f',
      'file:///etc/passwd',
      'ftp://example.org/',
      'mailto:someone@example.org',
      'tel:988',
      'sms:988',
      'about:blank',
      'httpx://example.org',
      'https.example.org',
    ]) {
      expect(isSafeHref(href), JSON.stringify(href)).to.equal(false);
    }
  });

  it('refuses relative and unparsable addresses, which would resolve against the host page', () => {
    for (const href of ['', '/path', 'path/to', '//example.org/', '#top', '?q=1', 'http://[::1', 'https://']) {
      expect(isSafeHref(href), JSON.stringify(href)).to.equal(false);
    }
  });
});

describe('isSafeContactHref', () => {
  it('allows what isSafeHref allows', () => {
    expect(isSafeContactHref('https://988lifeline.org/')).to.equal(true);
    expect(isSafeContactHref('http://example.org/')).to.equal(true);
  });

  it('allows a tel: or sms: number, with an optional + and the usual separators', () => {
    for (const href of ['tel:988', 'sms:988', 'tel:+41 800 33 66 55', 'tel:+1 (800) 273-8255', 'sms:+44.7700.900123', 'tel:1-800-273-8255']) {
      expect(isSafeContactHref(href), href).to.equal(true);
    }
  });

  it('refuses a phone link with anything but a number after the scheme', () => {
    for (const href of [
      'tel:',
      'sms:',
      'tel:+',
      'tel:++988',
      'tel: 988',
      'tel:(988)',
      'tel:988;ext=1',
      'tel:988,1',
      'sms:988?body=hello',
      'tel:988\njavascript:alert(1)',
      'tel:988<script>',
      'TEL:988',
      'tel://988',
      'callto:988',
      'javascript:tel:988',
      'javascript:alert(1)',
      'data:,988',
    ]) {
      expect(isSafeContactHref(href), JSON.stringify(href)).to.equal(false);
    }
  });
});
