// Code that runs inside the benchmark pages. Each function is serialised into a page with `inPageScript`, so it may
// use only browser globals and its own arguments: no imports, no closures over this module.

/** `<script>` text that runs `fn(...args)` in the page; the arguments travel as JSON. */
export function inPageScript(fn, ...args) {
  const json = args.map((argument) => JSON.stringify(argument).replaceAll('<', '\\u003c'));
  return `<script>(${fn.toString()})(${json.join(', ')});</script>`;
}

/**
 * Runs first in the head of every render-cost page. Records layout shifts from the start and resolves
 * `window.benchProbe.done` with the page's timings, each the time of the frame painted once the page had reached
 * that point (double requestAnimationFrame):
 * - `contentComplete`: the parser has finished (every declarative shadow root is attached) and every widget in `tags`
 *   shows its content: a pre-rendered one (still `defer-hydration`) from its HTML, any other once its element is
 *   defined and has no update pending. On a static page: the parser has finished. Never earlier than the first
 *   contentful paint: Chromium times paints when the frame is presented, which can trail the frame's callbacks.
 * - `interactive`: the load event has fired (every script has run), and every widget the reader can see has hydrated
 *   (lost `defer-hydration`) and finished the update that follows. Widgets out of view hydrate later by design and are
 *   not waited for. On a static page: the load event. Never earlier than `contentComplete`.
 */
export function renderProbe(tags) {
  const probe = { layoutShift: 0, shiftCount: 0 };
  window.benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      probe.layoutShift += entry.value;
      probe.shiftCount += 1;
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const loaded = new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  // The first change of readyState is to "interactive": the parser is done, and deferred scripts have not run yet.
  const parsed = new Promise((resolve) => document.addEventListener('readystatechange', resolve, { once: true }));

  /** Characters of text a reader could get at, in the light DOM and every shadow root, whitespace collapsed. */
  const textLength = (root = document.body) => {
    let length = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (['SCRIPT', 'STYLE'].includes(node.parentElement?.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) length += walker.currentNode.data.replace(/\s+/g, ' ').trim().length;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) length += textLength(element.shadowRoot);
    return length;
  };

  // Called after the measurements, so that walking the page is not counted as the page's own work.
  probe.textLength = textLength;

  const widgets = () => (tags.length > 0 ? [...document.querySelectorAll(tags.join(','))] : []);
  const prerendered = (element) => element.hasAttribute('defer-hydration') && element.shadowRoot !== null;

  /** Resolves when `element` is defined and no update is pending (an update may schedule another). */
  const settled = async (element) => {
    await customElements.whenDefined(element.localName);
    do await element.updateComplete;
    while (element.isUpdatePending);
  };

  /** Resolves when `element` no longer carries `defer-hydration`. */
  const hydrated = (element) =>
    new Promise((resolve) => {
      if (!element.hasAttribute('defer-hydration')) return resolve();
      const observer = new MutationObserver(() => {
        if (element.hasAttribute('defer-hydration')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(element, { attributes: true, attributeFilter: ['defer-hydration'] });
    });

  /** The elements among `elements` that intersect the viewport, as an IntersectionObserver first reports them. */
  const inViewport = (elements) =>
    new Promise((resolve) => {
      if (elements.length === 0) return resolve([]);
      const seen = new Map();
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) if (!seen.has(entry.target)) seen.set(entry.target, entry.isIntersecting);
        if (seen.size < elements.length) return;
        observer.disconnect();
        resolve(elements.filter((element) => seen.get(element)));
      });
      for (const element of elements) observer.observe(element);
    });

  probe.done = (async () => {
    await parsed;
    const atParseEnd = widgets();
    const prerenderedCount = atParseEnd.filter(prerendered).length;
    await Promise.all(atParseEnd.map((element) => (prerendered(element) ? undefined : settled(element))));
    await nextPaint();
    const contentPainted = performance.now();

    await loaded;
    const elements = widgets();
    const inView = await inViewport(elements);
    await Promise.all(
      inView.map(async (element) => {
        await hydrated(element);
        await settled(element);
      }),
    );
    await nextPaint();
    const interactivePainted = performance.now();

    // Two more frames, so a shift caused by the last update is recorded before the figures are read.
    await nextPaint();
    await nextPaint();
    const navigation = performance.getEntriesByType('navigation')[0];
    const firstContentfulPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return {
      contentComplete: Math.max(contentPainted, firstContentfulPaint ?? 0),
      contentPainted,
      interactive: Math.max(interactivePainted, contentPainted, firstContentfulPaint ?? 0),
      firstContentfulPaint,
      domInteractive: navigation?.domInteractive ?? null,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? null,
      load: navigation?.loadEventEnd ?? null,
      layoutShift: probe.layoutShift,
      shiftCount: probe.shiftCount,
      elementsRendered: elements.filter((element) => (element.shadowRoot?.textContent.trim().length ?? 0) > 0).length,
      elementsExpected: elements.length,
      prerendered: prerenderedCount,
      hydratedInView: inView.length,
      waitingOutOfView: elements.filter((element) => element.hasAttribute('defer-hydration')).length,
    };
  })();
}

/**
 * Installs `window.bench` in the scaling and memory page: host data generated from the bundled items (`templates`),
 * and the measurements, each timed inside the page from the action to the next painted frame.
 */
export function scalingHarness(templates) {
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  /** Resolves when `element` has no update pending and the result has been painted. */
  const settled = async (element) => {
    do await element.updateComplete;
    while (element.isUpdatePending);
    await nextPaint();
  };

  const timed = async (element, action) => {
    const start = performance.now();
    action();
    await settled(element);
    return performance.now() - start;
  };

  /** The element's host-data property: the first of `candidates` the element class declares without an attribute. */
  const dataProperty = (tag, candidates) => {
    const declared = customElements.get(tag)?.elementProperties;
    return candidates.find((name) => declared?.get(name)?.attribute === false) ?? null;
  };

  /** Which of `names` the element class declares as reactive properties. */
  const declaredProperties = (tag, names) => names.filter((name) => customElements.get(tag)?.elementProperties?.has(name));

  /** `count` valid `Study` objects: the bundled studies varied in id, name, year, size, phase and outcome. */
  const studies = (count) =>
    Array.from({ length: count }, (_, index) => {
      const study = templates.studies[index % templates.studies.length];
      const number = index + 1;
      const outcome = study.outcome && {
        ...study.outcome,
        mdmaPercent: index % 11 === 0 ? null : (index * 37) % 101,
        comparatorPercent: index % 7 === 0 ? null : (index * 53) % 101,
      };
      return {
        ...study,
        id: `${study.id}-host-${number}`,
        name: `${study.name} (host row ${number})`,
        year: 1990 + ((index * 17) % 36),
        phase: 2 + (index % 2),
        participants: index % 13 === 0 ? null : 10 + ((index * 7919) % 990),
        arms: undefined,
        outcome,
      };
    });

  /** `count` valid `FaqItem` objects: the bundled questions, each copy with its own id and question text. */
  const questions = (count) =>
    Array.from({ length: count }, (_, index) => {
      const item = templates.faq[index % templates.faq.length];
      const number = index + 1;
      return { ...item, id: `${item.id}-host-${number}`, question: `${item.question} (host question ${number})` };
    });

  const create = (tag, attributes = {}) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };

  const container = document.querySelector('main');
  /** A question's toggle controls its answer; "Show all" controls no single panel. */
  const questionToggles = 'button[aria-expanded][aria-controls]';

  window.bench = {
    /**
     * `<study-table>` with `count` host rows: first render, a sort on a numeric column and its reverse, then a filter.
     * Returns `{ unavailable }` with the reason when the element cannot take the measurement.
     */
    async studyTable(count, { property, filter }) {
      const element = create('study-table');
      const rows = studies(count);
      const firstRender = await timed(element, () => {
        element[property] = rows;
        container.append(element);
      });
      const root = element.shadowRoot;
      try {
        if (!root?.querySelector('table')) return { unavailable: 'the element renders no <table>' };
        if (!root.textContent.includes('(host row 1)')) return { unavailable: 'the element did not show the host rows' };
        // Each study's row, not the rows that hold its details.
        const studyRows = 'tbody tr:not(.details-row)';
        const rowsInDocument = root.querySelectorAll(studyRows).length;
        const buttons = [...root.querySelectorAll('th button')];
        const sortButton = buttons.find((button) => /participants/i.test(button.textContent)) ?? buttons[0];
        let sort = null;
        let reverse = null;
        if (sortButton) {
          sort = await timed(element, () => sortButton.click());
          reverse = await timed(element, () => sortButton.click());
        }
        const filterTime = filter ? await timed(element, () => element.setAttribute(filter.attribute, filter.value)) : null;
        return {
          firstRender,
          sort,
          sortColumn: sortButton ? sortButton.textContent.replace(/\s+/g, ' ').trim() : null,
          reverse,
          filter: filterTime,
          rowsInDocument,
          rowsInDocumentAfterFilter: root.querySelectorAll(studyRows).length,
        };
      } finally {
        element.remove();
      }
    },

    /** `<mdma-faq searchable>` with `count` host questions: first render; the search box is then typed into by the bench. */
    async faqRender(count, { property }) {
      container.replaceChildren();
      const element = create('mdma-faq', { searchable: '' });
      const items = questions(count);
      const firstRender = await timed(element, () => {
        element[property] = items;
        container.append(element);
      });
      const root = element.shadowRoot;
      if (!root?.textContent.includes('(host question 1)')) return { unavailable: 'the element did not show the host questions' };
      const input = root.querySelector('input[type="search"], input');
      if (!input) return { firstRender, unavailable: 'the element has no search box' };
      return { firstRender, questionsInDocument: root.querySelectorAll(questionToggles).length };
    },

    /**
     * Focuses the FAQ's search box and arms a timer for the next keystroke: from the key event's own timestamp to the
     * frame painted after the element has updated. `window.bench.keystroke` resolves with the time.
     */
    armKeystroke() {
      const element = container.querySelector('mdma-faq');
      const input = element.shadowRoot.querySelector('input[type="search"], input');
      input.focus();
      let start = 0;
      input.addEventListener('keydown', (event) => (start = event.timeStamp), { once: true });
      window.bench.keystroke = new Promise((resolve) => {
        // Registered after the element's own input listener, so the element has already taken the new query.
        input.addEventListener(
          'input',
          async () => {
            await settled(element);
            const visible = [...element.shadowRoot.querySelectorAll(questionToggles)].filter((button) => button.checkVisibility()).length;
            resolve({ time: performance.now() - start, visibleQuestions: visible });
          },
          { once: true },
        );
      });
    },

    /** Creates the four widgets, waits for their render and a layout, and removes them, `count` times. */
    async createAndRemove(tags, count) {
      for (let cycle = 0; cycle < count; cycle += 1) {
        const elements = tags.map((tag) => create(tag));
        container.append(...elements);
        for (const element of elements) {
          do await element.updateComplete;
          while (element.isUpdatePending);
        }
        // Reading a size forces style and layout, as a paint would, without waiting for a frame.
        void container.offsetHeight;
        container.replaceChildren();
      }
      await nextPaint();
    },

    dataProperty,
    declaredProperties,
  };
}
