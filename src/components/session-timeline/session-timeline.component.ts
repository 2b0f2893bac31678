import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sessions as bundledCourse, sessionSources } from '../../data/sessions.js';
import type { SessionPhase, SessionStep } from '../../data/types.js';
import { cssProperties } from '../../internal/render/css-properties.js';
import { onDisclosureToggle, openDisclosures, showDisclosures } from '../../internal/page/disclosure.js';
import { formatList, formatNumber, formatUnit, pluralForm } from '../../internal/language/format.js';
import { HostDataController } from '../../internal/host-content/controller.js';
import type { SessionData } from '../../internal/host-content/input.js';
import { sessionsSchema } from '../../internal/host-content/sessions.js';
import { localize } from '../../internal/language/localize.js';
import { quote, quoteList } from '../../internal/element/log.js';
import { optionOf, reflectedText, textOf } from '../../internal/element/options.js';
import { renderReviewNotice, renderSourcesFooter } from '../../internal/provenance/sources-footer.js';
import { shownReview } from '../../internal/provenance/review.js';
import { blocksMarkup, markup, staticMarkup } from '../../internal/render/static-markup.js';
import { commonStrings } from '../../internal/language/strings/common.js';
import { sessionTimelineStrings, type SessionTimelineStrings } from '../../internal/language/strings/session-timeline.js';
import { disclosureStyles } from '../../internal/render/disclosure.styles.js';
import { WidgetElement, type HeadingLevelValue } from '../../internal/element/widget-element.js';
import { axisLayout, courseOf, durationLabel, isSession, resolveCourse, sessionPhases, stepDurationLabel, weekLabel, weekRuns, type Course, type TimelineStep } from './course.js';
import styles from './session-timeline.styles.js';

export type TimelineOrientation = 'auto' | 'horizontal' | 'vertical';

const orientations: readonly TimelineOrientation[] = ['auto', 'horizontal', 'vertical'];

/** The detail of `session-timeline-toggle`. */
export interface SessionTimelineToggleDetail {
  readonly stepId: string;
  readonly open: boolean;
}

/** The events `<session-timeline>` dispatches, by type. They bubble and cross shadow roots, up to the document and the window. */
export interface SessionTimelineEventMap {
  'session-timeline-toggle': CustomEvent<SessionTimelineToggleDetail>;
}

type StepState = 'done' | 'current' | 'upcoming';

/**
 * @summary The course of MDMA-assisted therapy in the phase 3 trials, step by step: preparation, dosing and
 * integration sessions and the 18-week endpoint, with how long each session lasts and the week it falls in.
 *
 * A short summary gives the number of sessions, the time spent in them and when the main assessment was; what the
 * sessions of each kind share is said once, under "About each kind of session". A week axis (a picture, hidden from
 * assistive technology) places each session on the course; it is drawn horizontally when the element is wide and
 * vertically when it is narrow, or as `orientation` says. The ordered list below it is the accessible content: each
 * step has its name, phase, week and length, and a step with text of its own opens to show it.
 *
 * Host data (the `data` property, a `<script type="application/json">` child, or a provider's `sessions`) is a
 * list of steps in the bundled shape, or `{ items, mode, language, lastReviewed }`. `mode: "replace"` (the default)
 * shows only the host's course; `mode: "extend"` adds its steps to the bundled ones, a host step with a bundled id
 * taking that step's place. Summary and axis follow the data.
 *
 * @fires {CustomEvent<SessionTimelineToggleDetail>} session-timeline-toggle - A reader opened or closed a step
 * (`detail.stepId`, `detail.open`), one event per step, also for "Show all steps" and "Hide all steps". Bubbles and
 * crosses shadow roots, so a host can count opens with its own analytics; the element itself sends nothing anywhere.
 *
 * @csspart base - The wrapper around the whole timeline.
 * @csspart summary - The course at a glance: sessions, time in sessions and the main assessment, with the notes below it.
 * @csspart course-notes - "About each kind of session": what the sessions of each kind share, said once (a native `<details>`).
 * @csspart axis - The week axis (a picture).
 * @csspart show-all - The "Show all steps" / "Hide all steps" button.
 * @csspart steps - The ordered list of steps.
 * @csspart step - Each step; also `step-current` for the current step and `step-done` for the steps before it.
 * @csspart step-disclosure - The `<details>` under a step's summary that holds what happens in it.
 * @csspart step-toggle - Its `<summary>`, "More about this step", which opens and closes it.
 * @csspart step-panel - What happens in a step, shown when it is open.
 * @csspart phases - The list of phases in compact mode.
 * @csspart footer - Sources and the date the content was reviewed, in small print.
 * @csspart sources-toggle - "Sources (N)", which opens a list of four sources or more; shorter lists are always shown.
 *
 * @cssprop [--mdma-color-accent=#005eb8] - Upcoming sessions on the axis, step numbers, the current step (dark theme default #8cc4ff).
 * @cssprop [--mdma-color-accent-contrast=#ffffff] - Text on the accent colour: the current step's number and badge.
 * @cssprop [--mdma-color-muted=#4f5863] - Steps already done, metadata, small print (dark theme default #b5bfca).
 * @cssprop [--mdma-color-text=#1f2328] - Text colour.
 * @cssprop [--mdma-color-surface=#ffffff] - Background.
 * @cssprop [--mdma-color-surface-raised=#f2f5f7] - Background of the current step and of compact phases.
 * @cssprop [--mdma-color-border=#6b7785] - Axis lines, the line joining the steps, borders.
 * @cssprop [--mdma-color-focus=#ffd33d] - Focus ring, and the ring around the current session on the axis.
 * @cssprop [--mdma-color-focus-text=#0b0c0c] - The outer focus ring.
 * @cssprop [--mdma-radius=0.375em] - Corner radius.
 * @cssprop [--mdma-space-xs=0.25em] - Smallest spacing; also `--mdma-space-s`, `--mdma-space-m`, `--mdma-space-l`.
 * @cssprop [--mdma-font-size-small=0.875em] - Metadata, the axis and small print.
 * @cssprop [--mdma-font-family=inherit] - Font.
 */
export class SessionTimeline extends WidgetElement {
  static override styles = [WidgetElement.styles, disclosureStyles, styles];

  /** The step the reader is at (a step id, e.g. `dosing-2`): marked as current, the steps before it as done. */
  @property({ reflect: true, converter: reflectedText }) current?: string | undefined;

  /** Shows the three phases only, each with its number of sessions, their length and their weeks. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** How the week axis is drawn: `auto` (default; horizontal when the element is wide), `horizontal` or `vertical`. */
  @property({ reflect: true, converter: reflectedText }) orientation?: TimelineOrientation | undefined;

  /**
   * Heading level of the step names, to fit the host page's outline: `auto` (default), one level below the nearest
   * heading before the element (`h2` when there is none), or 2 to 6.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevelValue | undefined;

  /** The host's own course, replacing or extending the bundled one. Validated; invalid data falls back to the bundled course. */
  @property({ attribute: false }) data?: SessionData | undefined;

  /** Ids of the steps the reader has opened. */
  @state() private openSteps: ReadonlySet<string> = new Set();

  readonly #hostData = new HostDataController<SessionStep>(
    this,
    'sessions',
    sessionsSchema,
    { property: () => this.data, provider: () => this.settings?.data?.sessions },
    this.messages,
  );
  #course: Course = courseOf([], [], {});
  /** The `current` value whose step was last opened, so it opens once, also when the data arrives after the attribute. */
  #openedCurrent?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const host = this.#hostData.items;
    this.#course = resolveCourse(host, shownReview(host, [bundledCourse]));
    const current = this.#currentIndex();
    const currentId = current >= 0 ? this.#course.steps[current]!.step.id : undefined;
    if (currentId !== undefined && this.#openedCurrent !== currentId) {
      this.#openedCurrent = currentId;
      this.openSteps = new Set([...this.openSteps, currentId]);
    }
  }

  protected override adoptReaderState(): void {
    this.openSteps = openDisclosures(this.renderRoot, '.step-disclosure', 'step');
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    onDisclosureToggle(this.renderRoot, '.step-disclosure', 'step', (id, open) => this.#stepToggled(id, open));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    showDisclosures(this.renderRoot, '.step-disclosure', 'step', this.openSteps);
  }

  /** The index of the current step, or -1; a `current` that names no step is reported once. */
  #currentIndex(): number {
    const current = textOf(this.messages, 'current', this.current)?.trim();
    if (!current) return -1;
    const index = this.#course.steps.findIndex((entry) => entry.step.id === current);
    if (index < 0) {
      const known = quoteList(this.#course.steps.map((entry) => entry.step.id));
      this.messages.warn(`current=${quote(current)} names no step of the course (${known}): none is marked as current.`);
    }
    return index;
  }

  get #strings(): SessionTimelineStrings {
    return localize(sessionTimelineStrings, this.language);
  }

  get #expandableIds(): string[] {
    return this.#course.steps.filter((entry) => entry.step.details.length > 0).map((entry) => entry.step.id);
  }

  get #allOpen(): boolean {
    const ids = this.#expandableIds;
    return ids.length > 0 && ids.every((id) => this.openSteps.has(id));
  }

  #setOpen(ids: readonly string[], open: boolean): void {
    const next = new Set(this.openSteps);
    const changed = ids.filter((id) => next.has(id) !== open);
    for (const id of changed) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.openSteps = next;
    for (const stepId of changed) this.emit<SessionTimelineToggleDetail>('session-timeline-toggle', { stepId, open });
  }

  #handleToggleAll(): void {
    this.#setOpen(this.#expandableIds, !this.#allOpen);
  }

  /** A step opened or closed by the reader (a click, Enter or Space, before or after the script arrived), or by the widget. */
  #stepToggled(id: string, open: boolean): void {
    if (open !== this.openSteps.has(id)) this.#setOpen([id], open);
  }

  #pluralForm(count: number): 'one' | 'other' {
    return pluralForm(count, this.language);
  }

  #number(value: number): string {
    return formatNumber(value, this.language, 1);
  }

  /** Whole weeks as a list of runs: "4–6, 8–10 and 12–14". */
  #runList(weeks: readonly number[]): string {
    const runs = weekRuns(weeks).map(([from, to]) => (from === to ? this.#number(from) : `${this.#number(from)}–${this.#number(to)}`));
    return formatList(runs, this.language);
  }

  /** "About weeks 2–4, 6–8 and 10–12"; weeks before baseline counted back from it: "About 1–3 weeks before baseline". */
  #weeksLabel(steps: readonly SessionStep[]): string {
    const approximate = steps.some((step) => step.weekApproximate);
    const form = (weeks: readonly number[]) => (new Set(weeks).size === 1 && weeks[0] === 1 ? 'one' : 'other');
    const before = steps.filter((step) => step.week < 0).map((step) => -step.week);
    const after = steps.filter((step) => step.week >= 0).map((step) => step.week);
    const labels: string[] = [];
    if (before.length > 0) labels.push(this.#strings.weeksBeforeBaseline(this.#runList(before), form(before), approximate));
    if (after.length > 0) {
      labels.push(this.#strings.weeks(this.#runList(after), new Set(after).size === 1 ? 'one' : 'other', approximate && before.length === 0));
    }
    return formatList(labels, this.language);
  }

  /** Whether any week shown is a typical position rather than a reported or scheduled one. */
  get #approximate(): boolean {
    return this.#course.steps.some((entry) => entry.step.weekApproximate);
  }

  #stepState(index: number, currentIndex: number): StepState {
    if (currentIndex < 0 || index > currentIndex) return 'upcoming';
    return index === currentIndex ? 'current' : 'done';
  }

  /**
   * The course at a glance, as a short list to scan: the sessions, the time in them, when the main assessment was. Then,
   * once for the course, that the weeks are approximate and what the sessions of each kind share.
   */
  #renderSummary(): TemplateResult {
    const strings = this.#strings;
    const sessions = this.#course.steps.filter(isSession).map((entry) => entry.step);
    const timed = sessions.filter((step) => step.durationMinutes !== null);
    const totalMinutes = timed.reduce((sum, step) => sum + (step.durationMinutes ?? 0), 0);
    const unreported = sessions.length - timed.length;
    const time =
      timed.length > 0
        ? strings.timeInSessions(durationLabel(totalMinutes, timed.some((step) => step.durationApproximate), this.language)) +
          (unreported > 0 ? strings.unreportedLengths(this.#number(unreported), this.#pluralForm(unreported)) : '')
        : strings.timeNotReported;
    const endpoint = this.#course.steps.find((entry) => !isSession(entry))?.step;
    const facts = [strings.sessionCount(this.#number(sessions.length), this.#pluralForm(sessions.length)), time];
    if (endpoint && endpoint.week > 0) facts.push(strings.endpoint(formatUnit(endpoint.week, 'week', this.language, 1)));
    const notes = this.#course.notes;
    // All ours: the figures are worked out from the course, and the notes are the bundled course's.
    const m = markup(true);
    return m`<div class="summary" part="summary"><ul class="summary-facts">${facts.map((fact) => m`<li>${fact}</li> `)}</ul>${
      this.#approximate ? m`<p class="approximate">${strings.approximateWeeks}</p>` : ''
    }${
      notes && notes.blocks.length > 0
        ? m`<details class="disclosure course-notes" part="course-notes"><summary>${strings.courseNotes}</summary><div class="course-notes-content" lang="${notes.language}">${blocksMarkup(notes.blocks, true)}</div></details>`
        : ''
    }</div>`;
  }

  /** A phase's icon, a picture: the name beside it says the phase. */
  #phaseIcon(phase: SessionPhase): TemplateResult {
    return staticMarkup(`<span class="phase-icon" data-phase="${phase}" aria-hidden="true"></span>`);
  }

  /** Facts about a step, separated by a dot on screen and by a comma for screen readers. */
  #meta(items: ReadonlyArray<TemplateResult | string | undefined>): TemplateResult[] {
    const m = markup(true);
    const shown = items.filter((item) => item !== undefined);
    // The space between items is where a long line may wrap.
    return shown.map(
      (item, index) => m`${index > 0 ? ' ' : ''}<span class="meta-item">${item}${index < shown.length - 1 ? staticMarkup('<span class="visually-hidden">,</span>') : ''}</span>`,
    );
  }

  #renderAxis(currentIndex: number): TemplateResult {
    const strings = this.#strings;
    const layout = axisLayout(this.#course, currentIndex);
    // Three decimals place a marker to within a thousandth of the axis, and keep pre-rendered HTML short.
    const at = (value: number) => String(Math.round(value * 1000) / 1000);
    const orientation = optionOf(this.messages, 'orientation', this.orientation, orientations, 'auto');
    // A picture of the course, all ours but the host's step ids. Positions are custom properties set through the
    // CSSOM (see cssProperties), so that they hold under a strict Content-Security-Policy: those stay bindings.
    const m = markup(!this.#hostData.items);
    return m`<div class="axis" part="axis" aria-hidden="true" data-orientation="${orientation}" style=${cssProperties({
      '--_lanes': String(layout.lanes.length),
      '--_span': String(layout.span),
    })}><p class="axis-title">${strings.axisTitle(this.#approximate)}</p><div class="axis-grid"><div class="lane-labels">${layout.lanes.map(
      (phase) => m`<span class="lane-label">${this.#phaseIcon(phase)}${strings.phases[phase]}</span>`,
    )}</div><div class="plot">${layout.ticks.map((tick) => m`<span class="gridline" style=${cssProperties({ '--_at': at(tick.at) })}></span>`)}${layout.lanes.map(
      (_, lane) => m`<span class="lane-line" style=${cssProperties({ '--_lane': String(lane) })}></span>`,
    )}${
      layout.progress === undefined
        ? ''
        : layout.lanes.map((_, lane) => m`<span class="lane-progress" style=${cssProperties({ '--_lane': String(lane), '--_at': at(layout.progress!) })}></span>`)
    }${layout.endpoints.map(
      (endpoint) => m`<span class="endpoint-line" style=${cssProperties({ '--_at': at(endpoint) })}><span class="endpoint-note">${strings.phases.endpoint}</span></span>`,
    )}${layout.markers.map(
      (marker) =>
        m`<span class="axis-marker" data-phase="${marker.phase}" data-state="${this.#stepState(marker.index, currentIndex)}" data-step="${marker.stepId}" style=${cssProperties(
          { '--_at': at(marker.at), '--_lane': String(marker.lane), '--_stack': String(marker.stack) },
        )}></span>`,
    )}</div><div class="scale">${layout.ticks.map(
      (tick) =>
        m`<span class="tick"${staticMarkup(tick.endpoint ? ' data-endpoint' : '')}${staticMarkup(tick.alternate ? ' data-alternate' : '')} style=${cssProperties({ '--_at': at(tick.at) })}>${this.#number(
          tick.week,
        )}${tick.endpoint ? m`<span class="tick-note">${strings.phases.endpoint}</span>` : ''}</span>`,
    )}</div></div></div>`;
  }

  /**
   * A step: its number, its name as a heading, its phase, week and length, its summary and what happens in it behind
   * "More about this step". A bundled step is one piece of markup; a host's has its text bound, never parsed. Whether
   * its disclosure is open is set on the element (see `updated`), so that a reader's toggle leaves the markup as it is;
   * the current step is written open, as a server writes it.
   */
  #renderStep(entry: TimelineStep, index: number, currentIndex: number, level: number): TemplateResult {
    const strings = this.#strings;
    const { step, language } = entry;
    const stepState = this.#stepState(index, currentIndex);
    const trusted = bundledCourse.items.includes(step);
    const m = markup(trusted);
    const number = this.#number(index + 1);
    const lang = language ?? nothing;
    const meta = this.#meta([
      m`<span class="step-phase">${this.#phaseIcon(step.phase)}${strings.phases[step.phase]}</span>`,
      weekLabel(step, this.language),
      stepDurationLabel(step, this.language),
      stepState === 'upcoming' ? undefined : m`<span class="badge" data-state="${stepState}">${strings[stepState]}</span>`,
    ]);
    return m`<li class="step" part="step${stepState === 'upcoming' ? '' : ` step-${stepState}`}" data-step="${step.id}" data-state="${stepState}"${staticMarkup(
      stepState === 'current' ? ' aria-current="step"' : '',
    )}><span class="step-number" aria-hidden="true">${number}</span> <h${level} class="step-heading"><span class="visually-hidden">${strings.stepNumber(
      number,
    )}</span><span class="step-name" lang="${lang}">${step.name}</span></h${level}> <p class="step-meta">${meta}</p> <p class="step-summary" lang="${lang}">${step.summary}</p>${
      step.details.length > 0
        ? m`<details class="disclosure step-disclosure" part="step-disclosure"${staticMarkup(stepState === 'current' ? ' open' : '')}><summary class="step-toggle" part="step-toggle">${
            strings.moreAboutStep
          }<span class="visually-hidden" lang="${lang}"> (${step.name})</span></summary><div class="step-panel" part="step-panel" lang="${lang}">${blocksMarkup(
            step.details,
            trusted,
          )}</div></details>`
        : ''
    }</li>`;
  }

  #renderSteps(): TemplateResult {
    const strings = this.#strings;
    const currentIndex = this.#currentIndex();
    const allOpen = this.#allOpen;
    const level = this.headingLevelOf(this.headingLevel);
    return html`${this.#renderAxis(currentIndex)}
      ${this.#expandableIds.length > 0
        ? html`<div class="controls" ?inert=${this.pending}>
            <button type="button" class="show-all" part="show-all" @click=${this.#handleToggleAll}>
              ${allOpen ? strings.hideAll : strings.showAll}
            </button>
          </div>`
        : nothing}
      <ol class="steps" part="steps" aria-label=${strings.stepsLabel}>
        ${this.#course.steps.map((entry, index) => this.#renderStep(entry, index, currentIndex, level))}
      </ol>`;
  }

  /** Compact mode: each phase with its number of sessions, their length and their weeks. */
  #renderPhases(): TemplateResult {
    const strings = this.#strings;
    const sessions = this.#course.steps.filter(isSession).map((entry) => entry.step);
    const notReported = localize(commonStrings, this.language).notReported;
    const phases = sessionPhases
      .map((phase) => ({ phase, steps: sessions.filter((step) => step.phase === phase) }))
      .filter(({ steps }) => steps.length > 0);
    // All ours: counts, lengths and weeks worked out from the course.
    const m = markup(true);
    return m`<ol class="phases" part="phases" aria-label="${strings.phasesLabel}">${phases.map(({ phase, steps }) => {
      const timed = steps.filter((step) => step.durationMinutes !== null);
      const lengths = [...new Set(timed.map((step) => durationLabel(step.durationMinutes ?? 0, step.durationApproximate, this.language)))];
      const lengthList = formatList(lengths, this.language, 'disjunction');
      let length = strings.lengthNotReported(notReported);
      if (timed.length > 0) length = steps.length > 1 ? strings.each(lengthList) : lengthList;
      if (timed.length > 0 && timed.length < steps.length) length += ` (${strings.someLengthsNotReported})`;
      return m`<li class="phase"><span class="phase-name">${this.#phaseIcon(phase)}${strings.phases[phase]}</span> <span class="phase-facts"><span>${strings.sessionCount(
        this.#number(steps.length),
        this.#pluralForm(steps.length),
      )}</span> <span>${length}</span> <span>${this.#weeksLabel(steps)}</span></span></li>`;
    })}</ol>`;
  }

  override render(): TemplateResult {
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>
      ${renderReviewNotice(this.#course.review, this.language, this.renderedOn, this.messages)} ${this.#renderSummary()} ${this.compact ? this.#renderPhases() : this.#renderSteps()}
      ${renderSourcesFooter(sessionSources, this.#course.sourceIds, this.#course.review, this.language)}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap extends SessionTimelineEventMap {}
  interface DocumentEventMap extends SessionTimelineEventMap {}
  interface WindowEventMap extends SessionTimelineEventMap {}
}
