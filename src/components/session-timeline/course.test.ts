import { expect } from '@open-wc/testing';
import type { SessionPhase, SessionStep } from '../../data/types.js';
import { axisLayout, chronological, courseOf, labelInterval, weekRuns, type TimelineStep } from './course.js';

const step = (id: string, phase: SessionPhase, week: number): TimelineStep => ({
  step: { id, phase, name: id, durationMinutes: null, durationApproximate: false, week, summary: id, details: [], sources: [id] } satisfies SessionStep,
  language: 'en',
});

describe('timeline course', () => {
  const steps = [
    step('endpoint', 'endpoint', 18),
    step('dose-1', 'dosing', 3),
    step('prep-2', 'preparation', -2),
    step('prep-1', 'preparation', -3),
    step('after-1a', 'integration', 4),
    step('after-1b', 'integration', 4),
  ];

  it('orders steps by week, keeping the order given within a week, the endpoint last', () => {
    const ordered = chronological([step('end', 'endpoint', 4), ...steps.slice(1)]);
    expect(ordered.map((entry) => entry.step.id)).to.deep.equal(['prep-1', 'prep-2', 'dose-1', 'after-1a', 'after-1b', 'end']);
  });

  it('runs the axis from the earliest step before baseline to the endpoint', () => {
    const course = courseOf(steps, ['course-source'], {}, 18);
    expect([course.firstWeek, course.lastWeek]).to.deep.equal([-3, 18]);
    expect(course.sourceIds[0]).to.equal('course-source');
    expect(courseOf([step('only', 'dosing', 0)], [], {}).lastWeek).to.equal(1);
  });

  it('writes weeks as runs', () => {
    expect(weekRuns([12, 4, 5, 6, 8, 9, 10, 14, 13, 4])).to.deep.equal([
      [4, 6],
      [8, 10],
      [12, 14],
    ]);
    expect(weekRuns([1.5, 2.5])).to.deep.equal([
      [1.5, 1.5],
      [2.5, 2.5],
    ]);
  });

  it('labels about ten weeks along the axis', () => {
    expect(labelInterval(18)).to.equal(2);
    expect(labelInterval(21)).to.equal(3);
    expect(labelInterval(200)).to.equal(20);
    expect(labelInterval(1000)).to.equal(100);
  });

  it('places markers by week and lane, side by side within a week, and the progress up to the current step', () => {
    const course = courseOf(steps, [], {}, 18);
    const layout = axisLayout(course, 2);
    expect(layout.span).to.equal(21);
    expect(layout.lanes).to.deep.equal(['preparation', 'dosing', 'integration']);
    const marker = (id: string) => layout.markers.find((entry) => entry.stepId === id)!;
    expect(marker('prep-1').at).to.equal(0);
    expect(marker('dose-1')).to.deep.include({ lane: 1, stack: 0, at: (6 / 21) * 100 });
    expect([marker('after-1a').stack, marker('after-1b').stack]).to.deep.equal([0, 1]);
    expect(layout.markers.map((entry) => entry.stepId)).to.not.include('endpoint');
    expect(layout.endpoints).to.deep.equal([100]);
    expect(layout.progress).to.equal((6 / 21) * 100);
    expect(axisLayout(course, -1).progress).to.equal(undefined);
  });

  it('labels the endpoint, drops labels too close to it, and marks every other label from the end', () => {
    const layout = axisLayout(courseOf(steps, [], {}, 18), -1);
    const weeks = layout.ticks.map((tick) => tick.week);
    expect(weeks).to.include(18);
    expect(weeks).to.not.include(17);
    expect(layout.ticks.find((tick) => tick.week === 18)!.endpoint).to.equal(true);
    expect(layout.ticks.at(-1)!.alternate).to.equal(false);
    expect(layout.ticks.at(-2)!.alternate).to.equal(true);
    expect(layout.ticks[0]!.alternate).to.equal(false);
  });
});
