import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateForcedColorsOrSkip, emulateMediaOrSkip, resetEmulatedMedia } from '../../../test/emulation.js';
import { pressShiftTab } from '../../../test/engine.js';
import type { SessionStep } from '../../data/types.js';
import './session-timeline.js';
import type { SessionTimeline, SessionTimelineToggleDetail } from './session-timeline.js';
import { consoleDuring } from '../../../test/console.js';

type Part = HTMLElement;

const root = (element: SessionTimeline) => element.shadowRoot!;
const query = <T extends Element = Part>(element: SessionTimeline, selector: string) => root(element).querySelector<T>(selector)!;
const queryAll = <T extends Element = Part>(element: SessionTimeline, selector: string) =>
  Array.from(root(element).querySelectorAll<T>(selector));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stepItem = (element: SessionTimeline, id: string) => query(element, `.step[data-step="${id}"]`);
const stepIds = (element: SessionTimeline) => queryAll(element, '.step').map((step) => step.dataset.step!);
const toggleOf = (step: Element) => step.querySelector<HTMLElement>('.step-toggle')!;
/** Whether a step's summary shows its panel open: its disclosure's state, as the accessibility tree reports it. */
const expandedOf = (toggle: Element) => String((toggle.parentElement as HTMLDetailsElement).open);
const panelOf = (step: Element) => step.querySelector<HTMLElement>('.step-panel')!;
/** Whether a reader can see the element: rendered, and not inside a collapsed (content-visibility: hidden) panel. */
function isShown(element: Element): boolean {
  // checkVisibility reads skipped-content state from the last layout, so lay out first.
  element.getBoundingClientRect();
  return element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
}

/** A clinic's own course: four preparation sessions of 60 minutes, two dosing sessions, two integration sessions each. */
const clinicCourse: SessionStep[] = [
  ...[0, 1, 2, 3].map((week, index) => ({
    id: `prep-${index + 1}`,
    phase: 'preparation' as const,
    name: `Getting ready ${index + 1}`,
    durationMinutes: 60,
    durationApproximate: false,
    week,
    summary: 'Meeting the team.',
    details: [{ type: 'paragraph' as const, content: ['We talk about what to expect.'] }],
    sources: [],
  })),
  ...[4, 8].flatMap((week, index) => [
    {
      id: `dose-${index + 1}`,
      phase: 'dosing' as const,
      name: `Medicine day ${index + 1}`,
      durationMinutes: 420,
      durationApproximate: true,
      week,
      summary: 'A full day at the clinic.',
      details: [{ type: 'paragraph' as const, content: ['You stay with two therapists all day.'] }],
      sources: ['maps-mapp2'],
    },
    ...[1, 2].map((offset) => ({
      id: `after-${index + 1}-${offset}`,
      phase: 'integration' as const,
      name: `Follow-up ${index + 1}.${offset}`,
      durationMinutes: 90,
      durationApproximate: false,
      week: week + offset,
      summary: 'Talking it through.',
      details: [],
      sources: [],
    })),
  ]),
  {
    id: 'review',
    phase: 'endpoint',
    name: 'Final review',
    durationMinutes: null,
    durationApproximate: false,
    week: 12,
    summary: 'We measure how you are doing.',
    details: [],
    sources: [],
  },
];

async function timeline(template = html`<session-timeline></session-timeline>`): Promise<SessionTimeline> {
  const element = await fixture<Element>(template);
  const found = (element.localName === 'session-timeline' ? element : element.querySelector('session-timeline')) as SessionTimeline;
  await found.updateComplete;
  return found;
}

describe('<session-timeline>', () => {
  afterEach(resetEmulatedMedia);

  describe('the bundled course', () => {
    it('sums up the 15 sessions, the time spent in them and the main assessment as a list to scan, and says once that weeks are approximate', async () => {
      const element = await timeline();
      expect(queryAll(element, '.summary-facts li').map(text)).to.deep.equal([
        '15 sessions',
        'Time in sessions: about 37.5 hours (the length of 3 sessions is not reported)',
        'Main assessment: 18 weeks after baseline',
      ]);
      expect(text(query(element, '.summary .approximate'))).to.equal(
        'Weeks are approximate: the trials report the order and spacing of the sessions, not the week each fell on.',
      );
      // The course is not "15 sessions over 18 weeks": 18 weeks runs from baseline to the endpoint.
      expect(text(query(element, '.summary'))).not.to.match(/sessions over \d+ weeks/);
    });

    it('says what the sessions of each kind share once, behind "About each kind of session", which opens without the script', async () => {
      const element = await timeline();
      const notes = query<HTMLDetailsElement>(element, 'details.course-notes');
      expect(text(notes.querySelector('summary'))).to.equal('About each kind of session');
      expect(notes.open).to.equal(false);
      notes.querySelector('summary')!.click();
      expect(notes.open).to.equal(true);
      const said = text(notes.querySelector('.course-notes-content'));
      expect(said).to.include('80 mg or 120 mg').and.include('about 45 minutes').and.include('about 4 weeks apart');
      expect(said).to.include('three sessions of 90 minutes after each dosing session');
      expect(notes.querySelector('.course-notes-content')!.getAttribute('lang')).to.equal('en');
      // No step repeats it: only dosing sessions and the endpoint have text of their own to open.
      expect(queryAll(element, '.step-toggle').map((toggle) => toggle.closest<HTMLElement>('.step')!.dataset.step)).to.deep.equal([
        'dosing-1',
        'dosing-2',
        'dosing-3',
        'primary-endpoint',
      ]);
      expect(text(query(element, '.steps'))).to.not.include('typical position');
      await expect(element).to.be.accessible();
    });

    it('lists the 15 sessions and the endpoint in the order the course runs', async () => {
      const element = await timeline();
      expect(stepIds(element)).to.deep.equal([
        'preparation-1',
        'preparation-2',
        'preparation-3',
        'dosing-1',
        'integration-1-1',
        'integration-1-2',
        'integration-1-3',
        'dosing-2',
        'integration-2-1',
        'integration-2-2',
        'integration-2-3',
        'dosing-3',
        'integration-3-1',
        'integration-3-2',
        'integration-3-3',
        'primary-endpoint',
      ]);
      expect(query(element, '.steps').localName).to.equal('ol');
      expect(query(element, '.steps').getAttribute('aria-label')).to.equal('Steps of the treatment course');
    });

    it('gives each step its name, phase, week and length, with a visually hidden "Step N"', async () => {
      const element = await timeline();
      const dosing = stepItem(element, 'dosing-1');
      expect(text(dosing.querySelector('.step-heading'))).to.equal('Step 4: Dosing session 1');
      expect(text(toggleOf(dosing))).to.equal('More about this step (Dosing session 1)');
      // A step with nothing of its own to add has nothing to open.
      expect(toggleOf(stepItem(element, 'preparation-1'))).to.equal(null);
      expect(text(stepItem(element, 'preparation-1').querySelector('.step-heading'))).to.equal('Step 1: Preparation session 1');
      expect(dosing.querySelector('.visually-hidden')!.textContent).to.equal('Step 4: ');
      expect(text(dosing.querySelector('.step-meta'))).to.equal('Dosing, About week 1, about 8 hours');
      expect(text(stepItem(element, 'integration-2-1').querySelector('.step-meta'))).to.equal('Integration, About week 6, 90 minutes');
      expect(text(stepItem(element, 'preparation-1').querySelector('.step-meta'))).to.equal(
        'Preparation, About 3 weeks before baseline, Length: Not reported',
      );
      expect(text(stepItem(element, 'preparation-3').querySelector('.step-meta'))).to.equal(
        'Preparation, About 1 week before baseline, Length: Not reported',
      );
      // The endpoint's week is reported, so it is not "about".
      expect(text(stepItem(element, 'primary-endpoint').querySelector('.step-meta'))).to.equal('Endpoint, Week 18');
      // No heading before it on this page: the steps are the first level under the page's title.
      expect(dosing.querySelector('h2.step-heading')).to.not.equal(null);
    });

    it('opens a dosing session to say what is its own: its dose', async () => {
      const element = await timeline();
      const dosing = stepItem(element, 'dosing-2');
      const toggle = toggleOf(dosing);
      const panel = panelOf(dosing);
      expect(expandedOf(toggle)).to.equal('false');
      // Its name says which step it opens, and starts with what it shows.
      expect(text(toggle)).to.equal('More about this step (Dosing session 2)');
      expect(isShown(panel.querySelector('p')!)).to.equal(false);

      toggle.click();
      await element.updateComplete;
      expect(expandedOf(toggle)).to.equal('true');
      expect(isShown(panel.querySelector('p')!)).to.equal(true);
      expect(text(panel)).to.equal('In MAPP1 the second dosing session used 120 mg, with an optional 60 mg half-dose.');
      await expect(element).to.be.accessible();
    });

    it('places every session on a week axis from before baseline to week 18 that assistive technology skips', async () => {
      const element = await timeline();
      const axis = query(element, '.axis');
      expect(axis.getAttribute('aria-hidden')).to.equal('true');
      const markers = queryAll(element, '.axis-marker');
      expect(markers).to.have.length(15);
      const position = (id: string) => Number(markers.find((marker) => marker.dataset.step === id)!.style.getPropertyValue('--_at'));
      // Weeks -3 to 18: the preparation sessions come before baseline.
      expect(position('preparation-1')).to.equal(0);
      expect(position('dosing-2')).to.be.closeTo((8 / 21) * 100, 0.001);
      expect(position('integration-3-3')).to.be.closeTo((15 / 21) * 100, 0.001);
      expect(queryAll(element, '.tick').map(text)).to.deep.equal(['-3', '0', '3', '6', '9', '12', '15', '18Endpoint']);
      expect(text(query(element, '.axis-title'))).to.equal('Weeks from baseline (approximate)');
      expect(queryAll(element, '.lane-label').map(text)).to.deep.equal(['Preparation', 'Dosing', 'Integration']);
    });

    it('cites its sources behind "Sources (N)" and shows the review date under the timeline', async () => {
      const element = await timeline();
      const footer = query(element, '.footer');
      const list = footer.querySelector<HTMLElement>('.sources')!;
      const count = list.querySelectorAll('li').length;
      expect(count, 'a long list, so it starts closed').to.be.at.least(4);
      const toggle = footer.querySelector<HTMLElement>('summary.sources-toggle')!;
      const disclosure = toggle.parentElement as HTMLDetailsElement;
      expect(text(toggle)).to.equal(`Sources (${count})`);
      expect(disclosure.open).to.equal(false);
      expect(list.parentElement).to.equal(disclosure);
      expect(list.checkVisibility()).to.equal(false);
      // The review dates stay in view.
      expect(text(footer.querySelector('.reviewed'))).to.equal('Reviewed 28 November 2026');
      expect(footer.querySelector<HTMLElement>('.reviewed')!.checkVisibility()).to.equal(true);
      toggle.click();
      expect(disclosure.open).to.equal(true);
      expect(list.checkVisibility()).to.equal(true);
      expect(text(list)).to.include('MAPP1').and.include('Nature Medicine');
      await expect(element).to.be.accessible();
      expect(footer.compareDocumentPosition(query(element, '.steps')) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    });
  });

  describe('current', () => {
    it('marks the current step with aria-current="step", opens it, and shows the steps before it as done', async () => {
      const element = await timeline(html`<session-timeline current="dosing-2"></session-timeline>`);
      const steps = queryAll(element, '.step');
      const current = stepItem(element, 'dosing-2');
      expect(steps.filter((step) => step.hasAttribute('aria-current'))).to.deep.equal([current]);
      expect(current.getAttribute('aria-current')).to.equal('step');
      expect(text(current.querySelector('.badge'))).to.equal('Current step');
      expect(expandedOf(toggleOf(current))).to.equal('true');

      const index = steps.indexOf(current);
      expect(steps.slice(0, index).map((step) => step.dataset.state)).to.deep.equal(Array(7).fill('done'));
      expect(steps.slice(0, index).every((step) => text(step.querySelector('.badge')) === 'Done')).to.equal(true);
      expect(steps.slice(index + 1).every((step) => step.dataset.state === 'upcoming' && !step.querySelector('.badge'))).to.equal(true);

      const markerStates = queryAll(element, '.axis-marker').map((marker) => marker.dataset.state);
      expect(markerStates.slice(0, 8)).to.deep.equal([...Array(7).fill('done'), 'current']);
      expect(new Set(markerStates.slice(8))).to.deep.equal(new Set(['upcoming']));
      await expect(element).to.be.accessible();
    });

    it('follows a portal that moves the patient on', async () => {
      const element = await timeline(html`<session-timeline current="preparation-2"></session-timeline>`);
      element.current = 'dosing-2';
      await element.updateComplete;
      expect(stepItem(element, 'preparation-2').dataset.state).to.equal('done');
      expect(stepItem(element, 'dosing-2').getAttribute('aria-current')).to.equal('step');
      expect(expandedOf(toggleOf(stepItem(element, 'dosing-2')))).to.equal('true');
    });

    it('warns once, naming the element and attribute, when current names no step', async () => {
      let element!: SessionTimeline;
      const { warnings } = await consoleDuring(async () => {
        element = await timeline(html`<session-timeline current="dosing-9"></session-timeline>`);
        element.compact = true;
        await element.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<session-timeline>').and.include('current="dosing-9"');
      element.compact = false;
      await element.updateComplete;
      expect(queryAll(element, '[aria-current]')).to.have.length(0);
    });
  });

  describe('compact', () => {
    it('shows the three phases only, each with its sessions, their length and their weeks', async () => {
      const element = await timeline(html`<session-timeline compact></session-timeline>`);
      expect(root(element).querySelector('.steps')).to.equal(null);
      expect(root(element).querySelector('.axis')).to.equal(null);
      expect(root(element).querySelector('.show-all')).to.equal(null);
      expect(query(element, '.phases').getAttribute('aria-label')).to.equal('Phases of the treatment course');
      expect(queryAll(element, '.phase').map(text)).to.deep.equal([
        'Preparation 3 sessions Length: Not reported About 1–3 weeks before baseline',
        'Dosing 3 sessions about 8 hours each About weeks 1, 5, and 9',
        'Integration 9 sessions 90 minutes each About weeks 2–4, 6–8, and 10–12',
      ]);
      expect(text(query(element, '.summary'))).to.include('15 sessions').and.include('Weeks are approximate');
      await expect(element).to.be.accessible();
    });
  });

  describe('layout', () => {
    /** Two sessions in the same lane, weeks apart: which way the axis runs shows in where the later one sits. */
    function axisDirection(element: SessionTimeline): 'horizontal' | 'vertical' {
      const marker = (id: string) => query(element, `.axis-marker[data-step="${id}"]`).getBoundingClientRect();
      const early = marker('integration-1-1');
      const late = marker('integration-3-3');
      if (late.left - early.left > 50 && Math.abs(late.top - early.top) < 1) return 'horizontal';
      if (late.top - early.top > 50 && Math.abs(late.left - early.left) < 1) return 'vertical';
      throw new Error(`the axis runs neither way: ${JSON.stringify({ early, late })}`);
    }

    it('draws the axis horizontally when the element is wide', async () => {
      const element = await timeline(html`<div style="width: 760px"><session-timeline></session-timeline></div>`);
      expect(axisDirection(element)).to.equal('horizontal');
      await expect(element).to.be.accessible();
    });

    it('draws the axis vertically in a 320px sidebar, without overflowing it', async () => {
      const element = await timeline(html`<div style="width: 320px"><session-timeline></session-timeline></div>`);
      expect(axisDirection(element)).to.equal('vertical');
      const widget = query(element, '.widget');
      expect(element.getBoundingClientRect().width).to.equal(320);
      expect(widget.scrollWidth).to.be.at.most(widget.clientWidth);
      for (const part of queryAll(element, '.axis *, .step, .footer')) {
        expect(part.getBoundingClientRect().right, part.className).to.be.at.most(element.getBoundingClientRect().right + 0.5);
      }
      await expect(element).to.be.accessible();
    });

    it('keeps a readable width where the host page sizes it by its content', async () => {
      const element = await timeline(
        html`<div style="display: flex; width: 760px"><session-timeline compact></session-timeline><p>Beside it</p></div>`,
      );
      expect(element.getBoundingClientRect().width).to.be.at.least(300);
    });

    it('switches layout when its container is resized', async () => {
      const element = await timeline(html`<div style="width: 760px"><session-timeline></session-timeline></div>`);
      expect(axisDirection(element)).to.equal('horizontal');
      element.parentElement!.style.width = '320px';
      await new Promise(requestAnimationFrame);
      expect(axisDirection(element)).to.equal('vertical');
    });

    it('keeps a horizontal axis in a narrow element when orientation="horizontal"', async () => {
      const element = await timeline(
        html`<div style="width: 320px"><session-timeline orientation="horizontal"></session-timeline></div>`,
      );
      expect(axisDirection(element)).to.equal('horizontal');
      const widget = query(element, '.widget');
      expect(widget.scrollWidth).to.be.at.most(widget.clientWidth);
      await expect(element).to.be.accessible();
    });

    it('keeps a vertical axis in a wide element when orientation="vertical"', async () => {
      const element = await timeline(html`<div style="width: 760px"><session-timeline orientation="vertical"></session-timeline></div>`);
      expect(axisDirection(element)).to.equal('vertical');
      await expect(element).to.be.accessible();
    });

    it('warns about an unknown orientation and lays out by width', async () => {
      let element!: SessionTimeline;
      const { warnings } = await consoleDuring(async () => {
        element = await timeline(html`<div style="width: 320px"><session-timeline orientation="diagonal"></session-timeline></div>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<session-timeline>').and.include('orientation="diagonal"');
      expect(axisDirection(element)).to.equal('vertical');
    });

    it('uses the heading level the host asks for, and warns about one it cannot use', async () => {
      const element = await timeline(html`<session-timeline heading-level="4"></session-timeline>`);
      expect(queryAll(element, 'h4.step-heading')).to.have.length(16);
      expect(queryAll(element, 'h2, h3')).to.have.length(0);

      let fallback!: SessionTimeline;
      const { warnings } = await consoleDuring(async () => {
        const page = await fixture<HTMLElement>(html`<article><h1>Treatment</h1><session-timeline heading-level="9"></session-timeline></article>`);
        fallback = page.querySelector('session-timeline')!;
        await fallback.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('heading-level="9"');
      // "auto": one level below the page's h1.
      expect(queryAll(fallback, 'h2.step-heading')).to.have.length(16);
    });
  });

  describe('opening steps', () => {
    it('opens and closes steps and all steps from the keyboard', async () => {
      const element = await timeline();
      const showAll = query<HTMLButtonElement>(element, '.show-all');
      expect(text(showAll)).to.equal('Show all steps');
      // Its label says what it does; an expanded state as well would be read "Hide all steps, expanded".
      expect(showAll.hasAttribute('aria-expanded')).to.equal(false);
      showAll.focus();

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(queryAll(element, '.step-toggle').every((toggle) => expandedOf(toggle) === 'true')).to.equal(true);
      expect(text(showAll)).to.equal('Hide all steps');
      expect(showAll.hasAttribute('aria-expanded')).to.equal(false);
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      const first = toggleOf(stepItem(element, 'dosing-1'));
      expect(root(element).activeElement).to.equal(first);
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(expandedOf(first)).to.equal('false');
      expect(text(showAll)).to.equal('Show all steps');

      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement).to.equal(toggleOf(stepItem(element, 'dosing-2')));
      await pressShiftTab();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(expandedOf(first)).to.equal('true');

      showAll.focus();
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(queryAll(element, '.step-toggle').every((toggle) => expandedOf(toggle) === 'false')).to.equal(true);
    });

    it('leaves the arrow keys to the page: the steps are a list, not an accordion', async () => {
      const element = await timeline();
      const stepToggles = queryAll<HTMLElement>(element, '.step-toggle');
      stepToggles[0]!.focus();
      const keydown = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
      stepToggles[0]!.dispatchEvent(keydown);
      expect(keydown.defaultPrevented, 'Down scrolls the page as usual').to.equal(false);
      expect(root(element).activeElement).to.equal(stepToggles[0]);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(expandedOf(stepToggles[0]!)).to.equal('true');
    });

    it('tells the host page which step a reader opened or closed', async () => {
      const element = await timeline(html`<div><session-timeline></session-timeline></div>`);
      const opened = oneEvent(element.parentElement!, 'session-timeline-toggle');
      toggleOf(stepItem(element, 'dosing-1')).click();
      expect(((await opened) as CustomEvent<SessionTimelineToggleDetail>).detail).to.deep.equal({ stepId: 'dosing-1', open: true });

      const details: SessionTimelineToggleDetail[] = [];
      element.addEventListener('session-timeline-toggle', (event) => details.push((event as CustomEvent).detail));
      query<HTMLButtonElement>(element, '.show-all').click();
      await element.updateComplete;
      // The other dosing sessions and the endpoint open; dosing-1 was open already.
      expect(details).to.have.length(3);
      expect(details.every((detail) => detail.open)).to.equal(true);
      expect(details.map((detail) => detail.stepId)).to.not.include('dosing-1');
    });

    it("keeps a step open that the browser opened (find-in-page opens a closed step's disclosure)", async () => {
      const element = await timeline();
      const disclosure = toggleOf(stepItem(element, 'dosing-3')).parentElement as HTMLDetailsElement;
      const opened = oneEvent(element, 'session-timeline-toggle');
      disclosure.open = true;
      expect(((await opened) as CustomEvent<SessionTimelineToggleDetail>).detail).to.deep.equal({ stepId: 'dosing-3', open: true });
      await element.updateComplete;
      expect(text(query(element, '.show-all'))).to.equal('Show all steps');
      // Rendering again keeps it open.
      element.requestUpdate();
      await element.updateComplete;
      expect(disclosure.open).to.equal(true);
    });

    it('prints every step open, without the buttons that open them', async function () {
      const element = await timeline();
      // Skipped in Firefox and WebKit: print media is emulated over the DevTools Protocol, which their drivers lack.
      await emulateMediaOrSkip(this, { media: 'print' });
      for (const panel of queryAll(element, '.step-panel')) {
        expect((panel.parentElement as HTMLDetailsElement).open).to.equal(false);
        expect(isShown(panel.querySelector('p')!)).to.equal(true);
      }
      expect(queryAll(element, '.step-toggle').some(isShown)).to.equal(false);
      expect(isShown(query(element, '.show-all'))).to.equal(false);
      expect(isShown(query(element, '.course-notes-content p'))).to.equal(true);
      await emulateMediaOrSkip(this, { media: 'screen' });
      expect(isShown(query(element, '.course-notes-content p'))).to.equal(false);
      expect(isShown(panelOf(stepItem(element, 'dosing-1')).querySelector('p')!)).to.equal(false);
    });
  });

  describe('a clinic’s own schedule', () => {
    it('shows a course with four preparation and two dosing sessions, with summary and axis to match', async () => {
      const element = await timeline();
      element.data = clinicCourse;
      await element.updateComplete;
      // A clinic's schedule is its own: its weeks are shown as given, not as approximate.
      expect(text(query(element, '.summary'))).to.equal('10 sessions Time in sessions: about 24 hours Main assessment: 12 weeks after baseline');
      // The bundled course's notes describe the trials' sessions, not a clinic's own.
      expect(root(element).querySelector('.course-notes')).to.equal(null);
      expect(text(query(element, '.axis-title'))).to.equal('Weeks from baseline');
      expect(text(stepItem(element, 'dose-2').querySelector('.step-meta'))).to.include('Week 8').and.not.include('About');
      expect(stepIds(element)).to.deep.equal([
        'prep-1',
        'prep-2',
        'prep-3',
        'prep-4',
        'dose-1',
        'after-1-1',
        'after-1-2',
        'dose-2',
        'after-2-1',
        'after-2-2',
        'review',
      ]);
      expect(queryAll(element, '.axis-marker')).to.have.length(10);
      expect(Number(query(element, '.axis-marker[data-step="dose-2"]').style.getPropertyValue('--_at'))).to.be.closeTo((8 / 12) * 100, 0.001);
      expect(text(queryAll(element, '.tick').at(-1))).to.equal('12Endpoint');
      // Steps without details have nothing to open.
      expect(stepItem(element, 'after-1-1').querySelector('button')).to.equal(null);
      expect(text(stepItem(element, 'after-1-1').querySelector('.step-heading'))).to.equal('Step 6: Follow-up 1.1');
      // The clinic's course replaces ours and gives no review date: ours is not shown under it.
      expect(element.shadowRoot!.querySelector('.reviewed')).to.equal(null);
      expect(text(query(element, '.sources'))).to.include('MAPP2').and.not.include('MAPP1');

      element.compact = true;
      await element.updateComplete;
      expect(queryAll(element, '.phase').map(text)).to.deep.equal([
        'Preparation 4 sessions 60 minutes each Weeks 0–3',
        'Dosing 2 sessions about 7 hours each Weeks 4 and 8',
        'Integration 4 sessions 90 minutes each Weeks 5–6 and 9–10',
      ]);
      await expect(element).to.be.accessible();
    });

    it('reads the schedule from a JSON child, with its language and review date', async () => {
      const data = JSON.stringify({ items: clinicCourse, language: 'nl', lastReviewed: '2026-10-01' });
      const element = await timeline(html`<session-timeline>
        <script type="application/json">
          ${data}
        </script>
      </session-timeline>`);
      expect(stepIds(element)[0]).to.equal('prep-1');
      expect(stepItem(element, 'prep-1').querySelector('.step-name')!.getAttribute('lang')).to.equal('nl');
      expect(stepItem(element, 'prep-1').querySelector('.step-summary')!.getAttribute('lang')).to.equal('nl');
      expect(text(query(element, '.reviewed'))).to.equal('Reviewed 1 October 2026');
    });

    it('adds a clinic’s steps to the bundled course in extend mode, in week order', async () => {
      const followUp: SessionStep = { ...clinicCourse[0], id: 'follow-up', phase: 'integration', name: 'Six-month check-in', week: 26 };
      const element = await timeline();
      element.data = { items: [followUp], mode: 'extend' };
      await element.updateComplete;
      expect(stepIds(element)).to.have.length(17);
      expect(stepIds(element).at(-1)).to.equal('follow-up');
      expect(text(query(element, '.summary-facts li'))).to.equal('16 sessions');
      expect(Number(query(element, '.axis-marker[data-step="follow-up"]').style.getPropertyValue('--_at'))).to.equal(100);
    });

    it('reports invalid host data, naming the field, and shows the bundled course', async () => {
      const element = await timeline();
      const { errors } = await consoleDuring(async () => {
        element.data = [{ ...clinicCourse[0]!, week: Number.NaN }];
        await element.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<session-timeline>').and.include('"week"');
      expect(stepIds(element)).to.have.length(16);
    });

    it('renders markup in host data as text and refuses javascript: links', async () => {
      const element = await timeline();
      element.data = [
        {
          ...clinicCourse[0],
          name: '<img src=x onerror=alert(1)>',
          summary: '<b>bold</b>',
          details: [{ type: 'paragraph', content: ['See ', { text: 'our page', href: 'https://clinic.example/course' }] }],
        },
      ];
      await element.updateComplete;
      expect(text(query(element, '.step-name'))).to.equal('<img src=x onerror=alert(1)>');
      expect(text(query(element, '.step-summary'))).to.equal('<b>bold</b>');
      expect(root(element).querySelector('img, b')).to.equal(null);
      expect(query<HTMLAnchorElement>(element, '.step-panel a').href).to.equal('https://clinic.example/course');

      const { errors } = await consoleDuring(async () => {
        element.data = [
          { ...clinicCourse[0], details: [{ type: 'paragraph', content: [{ text: 'click', href: 'javascript:alert(1)' }] }] },
        ];
        await element.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('href');
      expect(root(element).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(stepIds(element)).to.have.length(16);
    });
  });

  describe('themes and languages', () => {
    for (const theme of ['light', 'dark', 'auto'] as const) {
      it(`passes an accessibility check in the ${theme} theme`, async function () {
        // In auto, the widget follows a reader whose system is set to dark; skipped in Firefox and WebKit, whose drivers cannot emulate that.
        if (theme === 'auto') await emulateMediaOrSkip(this, { colorScheme: 'dark' });
        const element = await timeline(html`<session-timeline theme=${theme} current="integration-2-1"></session-timeline>`);
        const widget = query(element, '.widget');
        expect(widget.dataset.theme).to.equal(theme);
        const dark = theme !== 'light';
        expect(getComputedStyle(widget).backgroundColor).to.equal(dark ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)');
        query<HTMLButtonElement>(element, '.show-all').click();
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    }

    it('speaks Spanish on a Spanish page and marks the bundled content as English', async () => {
      const element = await timeline(html`<div lang="es"><session-timeline current="dosing-1"></session-timeline></div>`);
      expect(queryAll(element, '.summary-facts li').map(text)).to.deep.equal([
        '15 sesiones',
        'Tiempo en sesiones: aproximadamente 37,5 horas (no se informa la duración de 3 sesiones)',
        'Evaluación principal: 18 semanas después de la evaluación basal',
      ]);
      expect(text(query(element, '.course-notes summary'))).to.equal('Sobre cada tipo de sesión');
      expect(text(query(element, '.show-all'))).to.equal('Mostrar todos los pasos');
      const dosing = stepItem(element, 'dosing-1');
      expect(text(dosing.querySelector('.step-heading'))).to.equal('Paso 4: Dosing session 1');
      expect(text(toggleOf(dosing))).to.equal('Más sobre este paso (Dosing session 1)');
      expect(text(dosing.querySelector('.step-meta'))).to.equal('Sesiones con MDMA, Hacia la semana 1, aproximadamente 8 horas, Paso actual');
      expect(text(stepItem(element, 'preparation-2').querySelector('.step-meta'))).to.include(
        'Aproximadamente 2 semanas antes de la evaluación basal',
      );
      expect(text(stepItem(element, 'preparation-1').querySelector('.badge'))).to.equal('Completado');
      expect(dosing.querySelector('.step-name')!.getAttribute('lang')).to.equal('en');
      expect(panelOf(dosing).getAttribute('lang')).to.equal('en');
      expect(query(element, '.steps').getAttribute('aria-label')).to.equal('Pasos del tratamiento');
      expect(text(query(element, '.reviewed'))).to.equal('Revisado el 28 de noviembre de 2026');
      await expect(element).to.be.accessible();

      element.compact = true;
      await element.updateComplete;
      expect(text(queryAll(element, '.phase')[1])).to.equal('Sesiones con MDMA 3 sesiones aproximadamente 8 horas cada una Hacia las semanas 1, 5 y 9');
    });

    it('keeps done, current and upcoming sessions distinct in forced colours', async function () {
      const element = await timeline(html`<session-timeline current="dosing-2"></session-timeline>`);
      // Skipped in Firefox and WebKit: forced colours are emulated over the DevTools Protocol, which their drivers lack.
      await emulateForcedColorsOrSkip(this, true);
      const style = (selector: string) => getComputedStyle(query(element, selector));
      const done = style('.axis-marker[data-step="dosing-1"]');
      const current = style('.axis-marker[data-step="dosing-2"]');
      const upcoming = style('.axis-marker[data-step="dosing-3"]');
      expect(done.backgroundColor).to.not.equal(upcoming.backgroundColor);
      expect(current.outlineStyle).to.equal('solid');
      expect(upcoming.outlineStyle).to.equal('none');
      const number = (id: string) => getComputedStyle(stepItem(element, id).querySelector('.step-number')!).backgroundColor;
      expect(new Set([number('dosing-1'), number('dosing-2'), number('dosing-3')]).size).to.equal(3);
    });
  });
});
