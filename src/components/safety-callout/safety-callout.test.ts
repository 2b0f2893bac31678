import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMediaOrSkip, resetEmulatedMedia } from '../../../test/emulation.js';
import { safety, safetySources } from '../../data/safety.js';
import type { SafetyTopic, Severity } from '../../data/types.js';
import { formatDate } from '../../internal/language/format.js';
import { blocksToText } from '../../internal/render/rich-text.js';
import { citedSources } from '../../internal/provenance/bibliography.js';
import { collapsedSourceCount } from '../../internal/provenance/sources-footer.js';
import type { SafetyCallout } from './safety-callout.js';
import './safety-callout.js';
import { recordConsole } from '../../../test/console.js';

const severities: readonly Severity[] = ['information', 'warning', 'urgent'];
const themes = ['light', 'dark'] as const;

const labels: Record<Severity, { visible: string; prefix: string }> = {
  information: { visible: 'Information', prefix: 'Information: ' },
  warning: { visible: 'Important', prefix: 'Important: ' },
  urgent: { visible: 'Urgent advice', prefix: 'Urgent advice: ' },
};

const bundled = (id: string): SafetyTopic => safety.items.find((topic) => topic.id === id)!;

const callouts = (element: SafetyCallout) => Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('.callout'));
const calloutOf = (element: SafetyCallout) => callouts(element)[0];
const headingOf = (callout: HTMLElement) => callout.querySelector<HTMLElement>('.heading')!;
const rendered = (node: Element) => node.getClientRects().length > 0;

/** A crisis topic as a host in the United Kingdom would give it. */
const ukCrisisSupport = {
  id: 'crisis-support',
  severity: 'urgent',
  heading: 'If you need help now',
  body: ['If you are thinking about suicide, or are worried about someone, you can talk to Samaritans at any time, day or night.'],
  region: 'United Kingdom',
  contacts: [
    { name: 'Samaritans', action: 'Call 116 123', href: 'tel:116123' },
    { name: 'NHS 111', action: 'Call 111 and choose the mental health option', href: 'tel:111' },
    { name: 'Emergency services', action: 'Call 999', href: 'tel:999' },
  ],
};

/** Records console warnings and errors for one test. */
async function calloutWithHostData(data: unknown, topic = 'crisis-support'): Promise<SafetyCallout> {
  const element = await fixture<SafetyCallout>(html`<safety-callout topic=${topic} .data=${data}></safety-callout>`);
  await element.updateComplete;
  return element;
}

describe('<safety-callout>', () => {
  let recorded: ReturnType<typeof recordConsole> | undefined;
  afterEach(async () => {
    recorded?.restore();
    recorded = undefined;
    await resetEmulatedMedia();
  });

  describe('topics', () => {
    it('shows the clinical-setting warning by default, as a note labelled by its heading', async () => {
      const element = await fixture<SafetyCallout>(html`<safety-callout></safety-callout>`);
      const only = callouts(element);
      expect(only).to.have.length(1);
      const [callout] = only;
      expect(callout.dataset.topic).to.equal('clinical-setting');
      const note = callout.querySelector('[role="note"]')!;
      const heading = headingOf(callout);
      expect(note.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(note.contains(heading)).to.equal(true);
      expect(note.querySelector('.content')!.textContent).to.include(blocksToText(bundled('clinical-setting').body).split('\n')[0]);
      expect(heading.textContent).to.equal(`Important: ${bundled('clinical-setting').heading}`);
      expect(element.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    for (const topic of safety.items) {
      it(`shows the bundled "${topic.id}" message with its level, sources and review date`, async () => {
        const element = await fixture<SafetyCallout>(html`<safety-callout topic=${topic.id}></safety-callout>`);
        const callout = calloutOf(element);
        expect(callout.dataset.severity).to.equal(topic.severity);
        expect(headingOf(callout).textContent).to.equal(`${labels[topic.severity].prefix}${topic.heading}`);
        const body = callout.querySelector<HTMLElement>('.content')!;
        expect(body.getAttribute('lang')).to.equal('en');
        expect(body.textContent!.replace(/\s+/g, ' ')).to.include(blocksToText(topic.body).split('\n')[0]);
        const citations = callout.querySelectorAll('.footer .sources li');
        expect(citedSources(safetySources, topic.sources).length).to.be.greaterThan(0);
        expect(citations).to.have.length(citedSources(safetySources, topic.sources).length);
        const reviewed = (topic.review ?? safety).lastReviewed!;
        expect(callout.querySelector('.footer time')!.getAttribute('datetime')).to.equal(reviewed);
        expect(callout.querySelector('.footer')!.textContent).to.include(`Reviewed ${formatDate(reviewed, 'en')}`);
        // Provenance shows in the citations, and the date once, in the footer.
        expect(callout.textContent).to.not.include('Added content');
        expect(callout.querySelectorAll('time')).to.have.length(callout.querySelectorAll('.footer time').length);
      });

      for (const theme of themes) {
        it(`passes axe for the "${topic.id}" topic in the ${theme} theme`, async () => {
          const element = await fixture<SafetyCallout>(html`<safety-callout topic=${topic.id} theme=${theme}></safety-callout>`);
          await expect(element).to.be.accessible();
        });
      }
    }

    it('shows a short list of sources in full and closes a long one behind "Sources (N)", each callout on its own', async () => {
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="clinical-setting health-risks"></safety-callout>`);
      const [short, long] = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.callout')];
      const shortCount = citedSources(safetySources, bundled('clinical-setting').sources).length;
      const longCount = citedSources(safetySources, bundled('health-risks').sources).length;
      expect(shortCount).to.be.below(collapsedSourceCount);
      expect(longCount).to.be.at.least(collapsedSourceCount);
      expect(short!.querySelector('.footer-title')!.textContent!.trim()).to.equal('Sources');
      expect(short!.querySelector('.sources-toggle')).to.equal(null);
      expect(short!.querySelector<HTMLElement>('.footer .sources')!.checkVisibility()).to.equal(true);
      const toggle = long!.querySelector<HTMLElement>('.sources-toggle')!;
      expect(toggle.textContent!.trim()).to.equal(`Sources (${longCount})`);
      const list = long!.querySelector<HTMLElement>('.footer .sources')!;
      expect(list.checkVisibility()).to.equal(false);
      expect(long!.querySelector<HTMLElement>('.footer .reviewed')!.checkVisibility()).to.equal(true);
      // A native disclosure: it opens at a click, with the script or without.
      expect(toggle.localName).to.equal('summary');
      expect(list.parentElement).to.equal(toggle.parentElement);
      toggle.click();
      expect(list.checkVisibility()).to.equal(true);
      // The ids within the element stay unique.
      const ids = [...element.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size).to.equal(ids.length);
      await expect(element).to.be.accessible();
    });

    it('shows at most about 60 words always, and the rest behind "More about …", which opens with a click, Enter or Space', async () => {
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="health-risks"></safety-callout>`);
      const callout = calloutOf(element);
      const more = callout.querySelector<HTMLDetailsElement>('details.more')!;
      const summary = more.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('More about the health risks');
      expect(more.open).to.equal(false);
      const visibleWords = callout.querySelector('.content')!.textContent!.trim().split(/\s+/).length;
      expect(visibleWords).to.be.at.most(60);
      expect(more.querySelector<HTMLElement>('.more-content')!.checkVisibility()).to.equal(false);
      summary.click();
      expect(more.open).to.equal(true);
      expect(more.querySelector<HTMLElement>('.more-content')!.checkVisibility()).to.equal(true);
      expect(more.textContent).to.include('torsade de pointes');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !more.open, 'Enter closes it');
      await sendKeys({ press: ' ' });
      await waitUntil(() => more.open, 'Space opens it');
      await expect(element).to.be.accessible();
    });

    it('gives no date in the text of the regulatory status: the footer says once when it was checked', async () => {
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="regulatory-status"></safety-callout>`);
      const callout = calloutOf(element);
      expect(callout.querySelector('.as-of')).to.equal(null);
      expect(callout.querySelector('.note')!.textContent).to.not.include('7 December 2026');
      expect(callout.querySelector('.footer .reviewed')!.textContent!.trim()).to.equal('Reviewed 7 December 2026');
    });

    it('links the US crisis contacts: call or text 988, and 911 in an emergency', async () => {
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="crisis-support"></safety-callout>`);
      const contacts = calloutOf(element).querySelector('.contacts')!;
      expect(contacts.textContent).to.include('Where to get help').and.include('United States');
      const links = Array.from(contacts.querySelectorAll('a'), (link) => [link.textContent, link.getAttribute('href')]);
      expect(links).to.deep.include.members([
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
        ['Call 911', 'tel:911'],
      ]);
      // Contacts of one service are grouped under its name once.
      expect(contacts.querySelectorAll('li')).to.have.length(2);
      // Which country the numbers serve comes first, before the numbers themselves.
      const note = calloutOf(element).querySelector('.region-note')!;
      expect(note.textContent).to.equal('These numbers are for the United States; elsewhere, call your local crisis line or emergency number.');
      expect(note.compareDocumentPosition(contacts) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('says in Spanish, on a Spanish page, which country the crisis numbers are for', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="es"><safety-callout topic="crisis-support"></safety-callout></div>`);
      const element = page.querySelector('safety-callout')!;
      await element.updateComplete;
      const callout = calloutOf(element);
      const note = callout.querySelector('.region-note')!;
      expect(note.textContent).to.equal('Estos números son de Estados Unidos; en otros países, llame a su línea de crisis local o al número de emergencias.');
      // In the page's language, not marked as English like the bundled content.
      expect(note.closest('[lang]')).to.equal(null);
      const title = callout.querySelector('.contacts-title')!;
      expect(title.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Dónde pedir ayuda (Estados Unidos)');
      expect(title.querySelector('[lang="en"]')).to.equal(null);
      expect(callout.querySelector('.label')!.textContent!.trim()).to.equal('Aviso urgente');
      await expect(page).to.be.accessible();
    });

    it('stacks several topics as separate callouts, in the order given', async () => {
      const element = await fixture<SafetyCallout>(
        html`<safety-callout topic="crisis-support, adulteration clinical-setting"></safety-callout>`,
      );
      const shown = callouts(element);
      expect(shown.map((callout) => callout.dataset.topic)).to.deep.equal(['crisis-support', 'adulteration', 'clinical-setting']);
      expect(shown.map((callout) => callout.dataset.severity)).to.deep.equal(['urgent', 'warning', 'warning']);
      const headingIds = shown.map((callout) => headingOf(callout).id);
      expect(new Set(headingIds).size).to.equal(3);
      await expect(element).to.be.accessible();
    });

    it('leaves out an unknown topic with one warning naming the element and the attribute', async () => {
      recorded = recordConsole();
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="adulteration side-effects"></safety-callout>`);
      element.requestUpdate();
      await element.updateComplete;
      expect(callouts(element).map((callout) => callout.dataset.topic)).to.deep.equal(['adulteration']);
      expect(recorded.warnings).to.have.length(1);
      expect(recorded.warnings[0]).to.include('<safety-callout>').and.include('topic="adulteration side-effects"').and.include('"side-effects"');
    });

    it('shows the clinical-setting warning when no topic named is known', async () => {
      recorded = recordConsole();
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="nonsense"></safety-callout>`);
      expect(callouts(element).map((callout) => callout.dataset.topic)).to.deep.equal(['clinical-setting']);
      expect(recorded.warnings).to.have.length(1);
      expect(recorded.warnings[0]).to.include('showing "clinical-setting" instead');
    });
  });

  describe('severity', () => {
    for (const severity of severities) {
      it(`shows the "${severity}" level in visible words and as a hidden prefix to the heading`, async () => {
        const element = await fixture<SafetyCallout>(html`<safety-callout severity=${severity}></safety-callout>`);
        const callout = calloutOf(element);
        expect(callout.dataset.severity).to.equal(severity);
        const label = callout.querySelector<HTMLElement>('.label')!;
        expect(label.textContent!.trim()).to.equal(labels[severity].visible);
        expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
        expect(label.querySelector('svg.icon')).not.to.equal(null);
        const prefix = headingOf(callout).querySelector<HTMLElement>('.visually-hidden')!;
        expect(prefix.textContent).to.equal(labels[severity].prefix);
        expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
      });

      for (const theme of themes) {
        it(`passes axe for the "${severity}" level in the ${theme} theme`, async () => {
          const element = await fixture<SafetyCallout>(
            html`<safety-callout topic="regulatory-status crisis-support" severity=${severity} theme=${theme}></safety-callout>`,
          );
          await expect(element).to.be.accessible();
        });
      }
    }

    it('gives each level its own colour, icon shape and border weight', async () => {
      const elements = await Promise.all(
        severities.map((severity) => fixture<SafetyCallout>(html`<safety-callout severity=${severity}></safety-callout>`)),
      );
      const looks = elements.map((element) => {
        const callout = calloutOf(element);
        const style = getComputedStyle(callout);
        return {
          colour: getComputedStyle(callout.querySelector('.label')!).color,
          border: style.borderInlineStartColor,
          weight: style.borderInlineStartWidth,
          icon: callout.querySelector('svg.icon')!.innerHTML.replace(/<!--[^>]*-->/g, ''),
        };
      });
      for (const aspect of ['colour', 'border', 'weight', 'icon'] as const) {
        expect(new Set(looks.map((look) => look[aspect])).size, aspect).to.equal(3);
      }
    });

    it('lowers a topic’s own level when asked', async () => {
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="crisis-support" severity="information"></safety-callout>`);
      expect(calloutOf(element).dataset.severity).to.equal('information');
      expect(headingOf(calloutOf(element)).textContent).to.match(/^Information: /);
    });

    it('keeps each topic’s own level, with one warning, for an unknown severity', async () => {
      recorded = recordConsole();
      const element = await fixture<SafetyCallout>(
        html`<safety-callout topic="regulatory-status crisis-support" severity="Loud"></safety-callout>`,
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(callouts(element).map((callout) => callout.dataset.severity)).to.deep.equal(['information', 'urgent']);
      expect(recorded.warnings).to.have.length(1);
      expect(recorded.warnings[0]).to.include('<safety-callout>').and.include('severity="Loud"');
    });
  });

  describe('heading level', () => {
    it('goes one level below the heading before it unless the host sets a level, h2 with none before it', async () => {
      const alone = await fixture<SafetyCallout>(html`<safety-callout></safety-callout>`);
      expect(headingOf(calloutOf(alone)).localName).to.equal('h2');
      const section = await fixture<HTMLElement>(html`<section><h2>Safety</h2><p>Read this first.</p><safety-callout></safety-callout></section>`);
      const element = section.querySelector<SafetyCallout>('safety-callout')!;
      await element.updateComplete;
      expect(headingOf(calloutOf(element)).localName).to.equal('h3');
      await expect(section).to.be.accessible();
    });

    for (const level of ['2', '4', '6']) {
      it(`uses an h${level} for heading-level="${level}"`, async () => {
        const element = await fixture<SafetyCallout>(
          html`<safety-callout topic="clinical-setting crisis-support" heading-level=${level}></safety-callout>`,
        );
        expect(callouts(element).map((callout) => headingOf(callout).localName)).to.deep.equal([`h${level}`, `h${level}`]);
        await expect(element).to.be.accessible();
      });
    }

    it('falls back to "auto" with a warning for a level outside 2 to 6', async () => {
      recorded = recordConsole();
      const section = await fixture<HTMLElement>(html`<section><h3>Risks</h3><safety-callout heading-level="1"></safety-callout></section>`);
      const element = section.querySelector<SafetyCallout>('safety-callout')!;
      await element.updateComplete;
      expect(headingOf(calloutOf(element)).localName).to.equal('h4');
      expect(recorded.warnings).to.have.length(1);
      expect(recorded.warnings[0]).to.include('heading-level="1"');
    });
  });

  describe('slots', () => {
    it('replaces the bundled body with the host’s, keeping the heading and the callout', async () => {
      const element = await fixture<SafetyCallout>(html`
        <safety-callout topic="crisis-support">
          <div slot="body"><p>Call the Riverside Clinic duty team on 020 7946 0000.</p></div>
        </safety-callout>
      `);
      const callout = calloutOf(element);
      const replacement = element.querySelector('[slot="body"]')!;
      expect(callout.querySelector<HTMLSlotElement>('slot[name="body"]')!.assignedElements()).to.deep.equal([replacement]);
      expect(rendered(replacement)).to.equal(true);
      expect(rendered(callout.querySelector('.content')!)).to.equal(false);
      expect(rendered(callout.querySelector('.contacts')!)).to.equal(false);
      expect(headingOf(callout).textContent).to.include(bundled('crisis-support').heading);
      const box = callout.getBoundingClientRect();
      const inner = replacement.getBoundingClientRect();
      expect(inner.top).to.be.greaterThan(box.top);
      expect(inner.bottom).to.be.lessThan(box.bottom);
      await expect(element).to.be.accessible();
    });

    it('adds the host’s own content after the bundled body and before the sources', async () => {
      const element = await fixture<SafetyCallout>(html`
        <safety-callout topic="crisis-support"><p>Riverside Clinic patients: call our duty team on 020 7946 0000.</p></safety-callout>
      `);
      const callout = calloutOf(element);
      const added = element.querySelector('p')!;
      const contacts = callout.querySelector('.contacts')!;
      expect(rendered(contacts)).to.equal(true);
      expect(added.getBoundingClientRect().top).to.be.at.least(contacts.getBoundingClientRect().bottom);
      expect(added.getBoundingClientRect().bottom).to.be.at.most(callout.querySelector('.footer')!.getBoundingClientRect().top);
      await expect(element).to.be.accessible();
    });

    it('puts slotted content in the first of several callouts', async () => {
      const element = await fixture<SafetyCallout>(html`
        <safety-callout topic="crisis-support clinical-setting"><p>Our clinic line: 020 7946 0000.</p></safety-callout>
      `);
      const [first, second] = callouts(element);
      const added = element.querySelector('p')!.getBoundingClientRect();
      expect(added.bottom).to.be.at.most(first.getBoundingClientRect().bottom);
      expect(added.bottom).to.be.lessThan(second.getBoundingClientRect().top);
    });
  });

  describe('host data', () => {
    it('swaps the crisis numbers for a host outside the US, from a JSON child', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('safety-callout');
      element.setAttribute('topic', 'crisis-support');
      const json = document.createElement('script');
      json.type = 'application/json';
      json.textContent = JSON.stringify({ language: 'en-GB', lastReviewed: '2026-10-01', items: [ukCrisisSupport] });
      element.append(json);
      host.append(element);
      await element.updateComplete;

      const callout = calloutOf(element);
      expect(callout.dataset.severity).to.equal('urgent');
      expect(headingOf(callout).textContent).to.equal('Urgent advice: If you need help now');
      expect(callout.querySelector('.content')!.getAttribute('lang')).to.equal('en-GB');
      const hrefs = Array.from(callout.querySelectorAll('.contacts a'), (link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:116123', 'tel:111', 'tel:999']);
      expect(callout.querySelector('.contacts')!.textContent).to.include('United Kingdom');
      expect(element.shadowRoot!.textContent).not.to.include('988');
      expect(element.shadowRoot!.textContent).not.to.include('911');
      expect(callout.querySelector('.footer time')!.getAttribute('datetime')).to.equal('2026-10-01');
      await expect(element).to.be.accessible();
    });

    it('keeps the other bundled topics when a host extends them with its own crisis support', async () => {
      const element = await calloutWithHostData({ mode: 'extend', items: [ukCrisisSupport] }, 'clinical-setting crisis-support');
      expect(callouts(element).map((callout) => headingOf(callout).textContent)).to.deep.equal([
        `Important: ${bundled('clinical-setting').heading}`,
        'Urgent advice: If you need help now',
      ]);
    });

    it('shows only the host’s topics when its data replaces ours, and says so for a bundled topic it names', async () => {
      recorded = recordConsole();
      const element = await calloutWithHostData([ukCrisisSupport], 'clinical-setting');
      expect(callouts(element).map((callout) => headingOf(callout).textContent)).to.deep.equal(['Urgent advice: If you need help now']);
      expect(recorded.warnings).to.have.length(1);
      expect(recorded.warnings[0]).to.include('"clinical-setting" is not one of "crisis-support"; showing "crisis-support" instead');
    });

    it('puts a host topic with a bundled id in its place with mode "extend", in the host’s language', async () => {
      const localLine = {
        id: 'crisis-support',
        severity: 'urgent',
        heading: 'Línea local',
        body: ['Si vive en el condado de Travis, puede llamar a la línea de crisis local.'],
        contacts: [{ name: 'Línea de crisis del condado', action: 'Llamar al 512 472 4357', href: 'tel:5124724357' }],
      };
      const element = await calloutWithHostData({ mode: 'extend', language: 'es', items: [localLine] }, 'crisis-support');
      const callout = calloutOf(element);
      expect(headingOf(callout).textContent).to.include('Línea local');
      const hrefs = Array.from(callout.querySelectorAll('.contacts a'), (link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:5124724357']);
      expect(callout.querySelector('.content')!.getAttribute('lang')).to.equal('es');
      await expect(element).to.be.accessible();
    });

    it('shows a topic of the host’s own when named in topic', async () => {
      const clinicTopic = { id: 'clinic-screening', severity: 'information', heading: 'Screening comes first', body: ['Every patient is screened.'] };
      const element = await calloutWithHostData({ mode: 'extend', items: [clinicTopic] }, 'clinic-screening');
      expect(headingOf(calloutOf(element)).textContent).to.equal('Information: Screening comes first');
    });

    it('puts a host topic’s "more" behind its own "More about …" disclosure, as text', async () => {
      const clinicTopic = {
        id: 'clinic-screening',
        severity: 'information',
        heading: 'Screening comes first',
        body: ['Every patient is screened.'],
        moreLabel: 'More about <b>screening</b>',
        more: ['It takes <i>two</i> visits.'],
      };
      const element = await calloutWithHostData({ mode: 'extend', items: [clinicTopic] }, 'clinic-screening');
      const more = calloutOf(element).querySelector<HTMLDetailsElement>('details.more')!;
      expect(more.querySelector('summary')!.textContent!.trim()).to.equal('More about <b>screening</b>');
      expect(more.querySelector('.more-content')!.textContent!.trim()).to.equal('It takes <i>two</i> visits.');
      expect(more.querySelector('b, i')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('renders markup in host data as inert text', async () => {
      const markup = '<img src=x onerror=alert(1)>';
      const element = await calloutWithHostData([{ ...ukCrisisSupport, heading: markup, body: [markup] }]);
      const callout = calloutOf(element);
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      expect(headingOf(callout).textContent).to.include(markup);
      expect(callout.querySelector('.content')!.textContent).to.include(markup);
    });

    it('refuses javascript: links, with one error naming the field, and shows the bundled message', async () => {
      recorded = recordConsole();
      const element = await calloutWithHostData([
        { ...ukCrisisSupport, contacts: [{ name: 'Samaritans', action: 'Call', href: 'javascript:alert(1)' }] },
      ]);
      element.requestUpdate();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(headingOf(calloutOf(element)).textContent).to.include(bundled('crisis-support').heading);
      expect(recorded.errors).to.have.length(1);
      expect(recorded.errors[0]).to.include('<safety-callout>').and.include('contacts[0].href');
    });
  });

  describe('themes and languages', () => {
    for (const theme of ['light', 'dark', 'auto'] as const) {
      it(`applies the ${theme} theme and passes axe`, async () => {
        const element = await fixture<SafetyCallout>(html`<safety-callout topic="crisis-support" theme=${theme}></safety-callout>`);
        expect(element.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme')).to.equal(theme);
        await expect(element).to.be.accessible();
      });
    }

    it('uses dark colours in the dark theme, and in auto when the reader prefers dark', async function () {
      const colours = async (theme: string) => {
        const element = await fixture<SafetyCallout>(html`<safety-callout theme=${theme}></safety-callout>`);
        const style = getComputedStyle(calloutOf(element));
        return `${style.color} ${style.backgroundColor}`;
      };
      const light = await colours('light');
      const dark = await colours('dark');
      expect(dark).not.to.equal(light);
      expect(await colours('auto')).to.equal(light);
      // Skipped in Firefox and WebKit: a dark preference is emulated over the DevTools Protocol, which their drivers lack.
      await emulateMediaOrSkip(this, { colorScheme: 'dark' });
      expect(await colours('auto')).to.equal(dark);
    });

    it('shows Spanish interface strings on a Spanish page, with the English content marked lang="en"', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="es"><safety-callout topic="regulatory-status clinical-setting"></safety-callout></div>`,
      );
      const element = page.querySelector('safety-callout')!;
      await element.updateComplete;
      const [regulatory, clinical] = callouts(element);
      expect(regulatory.querySelector('.label')!.textContent!.trim()).to.equal('Información');
      expect(clinical.querySelector('.label')!.textContent!.trim()).to.equal('Importante');
      expect(headingOf(clinical).querySelector('.visually-hidden')!.textContent).to.equal('Importante: ');
      expect(headingOf(clinical).querySelector('[lang="en"]')!.textContent).to.equal(bundled('clinical-setting').heading);
      expect(regulatory.querySelector('.footer')!.textContent).to.include('Fuentes').and.include('Revisado el 7 de diciembre de 2026');
      expect(clinical.querySelector('.footer')!.textContent).to.include('Revisado el 28 de noviembre de 2026');
      expect(regulatory.querySelector('.more')!.getAttribute('lang')).to.equal('en');
      expect(regulatory.querySelector('.content')!.getAttribute('lang')).to.equal('en');
      await expect(page).to.be.accessible();
    });
  });

  describe('layout, print and forced colours', () => {
    it('fits a 320px sidebar without overflowing', async () => {
      const sidebar = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><safety-callout topic="crisis-support health-risks regulatory-status"></safety-callout></div>`,
      );
      const element = sidebar.querySelector('safety-callout')!;
      await element.updateComplete;
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      const base = element.shadowRoot!.querySelector<HTMLElement>('.widget')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(sidebar.scrollWidth).to.be.at.most(320);
    });

    it('wraps the crisis line’s web address after its dot, not inside its name', async () => {
      // A column where "988lifeline.org" does not fit a line but "988lifeline.o" does: a break made only to fit would cut
      // the name there ("988lifeline.o" and "rg").
      const column = await fixture<HTMLDivElement>(
        html`<div style="width: 232px; font: 32px/1.5 Arial, 'Liberation Sans', sans-serif"><safety-callout topic="crisis-support"></safety-callout></div>`,
      );
      const element = column.querySelector<SafetyCallout>('safety-callout')!;
      await element.updateComplete;
      const link = element.shadowRoot!.querySelector('.content a[href="https://988lifeline.org/"]')!;
      const lines: string[] = [];
      let lastTop: number | undefined;
      for (const node of link.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        for (let index = 0; index < node.textContent!.length; index++) {
          const character = document.createRange();
          character.setStart(node, index);
          character.setEnd(node, index + 1);
          const { top, height } = [...character.getClientRects()].filter((rect) => rect.width > 0).at(-1)!;
          if (lastTop === undefined || top > lastTop + height / 2) lines.push('');
          lines[lines.length - 1] += node.textContent![index];
          lastTop = top;
        }
      }
      expect(lines).to.deep.equal(['988lifeline.', 'org']);
    });

    it('prints in black and white: no background, borders in the text colour, levels told apart by border weight', async function () {
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="regulatory-status adulteration crisis-support"></safety-callout>`);
      // Skipped in Firefox and WebKit: print media is emulated over the DevTools Protocol, which their drivers lack.
      await emulateMediaOrSkip(this, { media: 'print' });
      const printed = callouts(element).map((callout) => getComputedStyle(callout));
      for (const style of printed) {
        expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(style.backgroundImage).to.equal('none');
        expect(style.borderInlineStartColor).to.equal(style.color);
        expect(style.borderTopColor).to.equal(style.color);
        expect(style.borderTopStyle).to.equal('solid');
      }
      expect(new Set(printed.map((style) => style.borderInlineStartWidth)).size).to.equal(3);
      const labelColour = getComputedStyle(callouts(element)[2].querySelector('.label')!).color;
      expect(labelColour).to.equal(printed[2].color);
      expect(calloutOf(element).querySelector('.footer .reviewed')!.getClientRects().length).to.be.greaterThan(0);
      // Nothing can be opened on paper: what is behind "More about …" prints under its label.
      const more = calloutOf(element).querySelector<HTMLDetailsElement>('details.more')!;
      expect(more.open).to.equal(false);
      expect(more.querySelector<HTMLElement>('.more-content')!.checkVisibility()).to.equal(true);
    });

    it('draws every boundary as a solid border, which forced colours keep, and recolours it with system colours', async () => {
      const element = await fixture<SafetyCallout>(html`<safety-callout topic="regulatory-status crisis-support"></safety-callout>`);
      for (const callout of callouts(element)) {
        const style = getComputedStyle(callout);
        for (const side of ['top', 'right', 'bottom', 'left']) {
          expect(parseFloat(style.getPropertyValue(`border-${side}-width`)), side).to.be.greaterThan(0);
          expect(style.getPropertyValue(`border-${side}-style`), side).to.equal('solid');
        }
      }
      expect(getComputedStyle(element.shadowRoot!.querySelector('.contact-action')!).borderTopStyle).to.equal('solid');
      // The test browser cannot emulate forced colours, so read the rule the browser would apply.
      const forcedRules = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) =>
        Array.from(sheet.cssRules).filter(
          (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
        ),
      );
      const calloutRule = forcedRules
        .flatMap((rule) => Array.from(rule.cssRules) as CSSStyleRule[])
        .find((rule) => rule.selectorText === '.callout[data-severity]');
      expect(calloutRule?.style.borderColor).to.equal('canvastext');
    });
  });

  describe('crisis contacts outside the United States', () => {
    async function warningsFor(markup: ReturnType<typeof html>): Promise<string[]> {
      recorded = recordConsole();
      const element = await fixture<HTMLElement>(markup);
      const callout = (element.localName === 'safety-callout' ? element : element.querySelector('safety-callout')!) as SafetyCallout;
      await callout.updateComplete;
      const warnings = recorded.warnings.filter((warning) => warning.includes('crisis contacts'));
      recorded.restore();
      recorded = undefined;
      return warnings;
    }

    it('tells the site owner once to supply local contacts on a page in another language or region', async () => {
      for (const lang of ['es', 'en-GB', 'fr-CA', 'de']) {
        const warnings = await warningsFor(html`<div lang=${lang}><safety-callout topic="crisis-support"></safety-callout></div>`);
        expect(warnings, lang).to.have.length(1);
        expect(warnings[0]).to.include('<safety-callout>').and.include('"crisis-support"').and.include('United States');
        expect(warnings[0]).to.include(`"${lang}"`).and.include('README');
      }
    });

    it('says nothing on a US or English page, or where the page gave contacts of its own', async () => {
      for (const lang of ['en', 'en-US', 'es-US']) {
        expect(await warningsFor(html`<div lang=${lang}><safety-callout topic="crisis-support"></safety-callout></div>`), lang).to.deep.equal([]);
      }
      const local = { ...bundled('crisis-support'), region: 'España', contacts: [{ name: 'Línea 024', action: 'Llama al 024', href: 'tel:024' }] };
      expect(await warningsFor(html`<safety-callout lang="es" topic="crisis-support" .data=${[local]}></safety-callout>`)).to.deep.equal([]);
      expect(
        await warningsFor(html`<safety-callout lang="es" topic="crisis-support" .data=${{ mode: 'extend', items: [local] }}></safety-callout>`),
      ).to.deep.equal([]);
      expect(
        await warningsFor(html`<safety-callout lang="es" topic="crisis-support"><p>Línea 024: llama al <a href="tel:024">024</a>.</p></safety-callout>`),
      ).to.deep.equal([]);
      expect(await warningsFor(html`<safety-callout lang="es" topic="adulteration"></safety-callout>`)).to.deep.equal([]);
    });
  });
});
