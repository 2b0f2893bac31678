import { expect } from '@open-wc/testing';
import { studies } from '../../data/studies.js';
import type { Study } from '../../data/types.js';
import { studyTableStrings } from '../../internal/language/strings/study-table.js';
import { allColumns, chooseColumns, csvField, filterRows, isSortable, rowsToCsv, shortText, sortableColumns, sortRows, type StudyRow } from './study-rows.js';

const base = studies.items[0]!;
const study = (id: string, fields: Partial<Study>): Study => ({ ...base, id, name: id, ...fields });
const rowsOf = (list: readonly Study[]): StudyRow[] =>
  list.map((entry, position) => ({ study: entry, source: undefined, language: 'en', position }));
const ids = (rows: readonly StudyRow[]) => rows.map((row) => row.study.id);
const compare = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

describe('study rows', () => {
  const list = rowsOf([
    study('a', { participants: 20, phase: 2, condition: 'Chronic PTSD', year: 2011 }),
    study('b', { participants: null, phase: 3, condition: 'Severe PTSD', year: 2021 }),
    study('c', { participants: 104, phase: 3, condition: 'Moderate to severe PTSD', year: 2023 }),
    study('d', { participants: 20, phase: 2, condition: 'Anxiety with life-threatening illness', year: 2020 }),
  ]);

  it('sorts numbers by value, keeps "Not reported" last both ways, and keeps equal rows in input order', () => {
    expect(ids(sortRows(list, 'participants', 'ascending', compare))).to.deep.equal(['a', 'd', 'c', 'b']);
    expect(ids(sortRows(list, 'participants', 'descending', compare))).to.deep.equal(['c', 'a', 'd', 'b']);
  });

  it('sorts text with the collator it is given', () => {
    expect(ids(sortRows(list, 'condition', 'ascending', compare))).to.deep.equal(['d', 'a', 'c', 'b']);
  });

  it('sorts text columns by what their cells show: the short form where there is one', () => {
    const shortened = rowsOf([
      study('long', { condition: 'Anxiety related to a life-threatening illness', short: { condition: 'Life-threatening illness' } }),
      study('plain', { condition: 'Chronic PTSD' }),
    ]);
    expect(ids(sortRows(shortened, 'condition', 'ascending', compare))).to.deep.equal(['plain', 'long']);
    expect(ids(sortRows(list, 'phase', 'descending', compare))).to.deep.equal(['b', 'c', 'a', 'd']);
  });

  it('shows a short form where the study has one, and the full text, uncut, where it has none', () => {
    const shortened = study('s', { condition: 'Moderate to severe PTSD (CAPS-5 score of 28 or more)', short: { condition: 'Moderate to severe PTSD' } });
    expect(shortText.condition(shortened)).to.equal('Moderate to severe PTSD');
    const hosted = study('h', { condition: 'A condition described at length by the host, in one long sentence', short: undefined });
    expect(shortText.condition(hosted)).to.equal(hosted.condition);
    expect(shortText.result(hosted)).to.equal(hosted.headlineResult);
    expect(shortText.outcomeTimepoint({ ...hosted, outcome: null })).to.equal(undefined);
  });

  it('sorts by the columns that have a sort key, in table order, and by no other', () => {
    expect(sortableColumns).to.deep.equal(['study', 'phase', 'condition', 'participants', 'comparator', 'outcome']);
    for (const column of ['design', 'primary-outcome', 'result', 'effect-size', 'unknown']) expect(isSortable(column), column).to.equal(false);
  });

  it('chooses studies by id in the order given, and names the ids that match none', () => {
    const { rows, unknownIds } = filterRows(list, { ids: ['c', 'x', 'a'], phases: new Set() });
    expect(ids(rows)).to.deep.equal(['c', 'a']);
    expect(rows.map((row) => row.position)).to.deep.equal([0, 1]);
    expect(unknownIds).to.deep.equal(['x']);
  });

  it('filters by condition, ignoring case, and by phase', () => {
    expect(ids(filterRows(list, { ids: [], condition: ' ptsd', phases: new Set() }).rows)).to.deep.equal(['a', 'b', 'c']);
    expect(ids(filterRows(list, { ids: [], phases: new Set([2]) }).rows)).to.deep.equal(['a', 'd']);
    const shortOnly = rowsOf([study('s', { condition: 'Chronic PTSD in first responders', short: { condition: 'PTSD (police)' } })]);
    expect(ids(filterRows(shortOnly, { ids: [], condition: 'police', phases: new Set() }).rows), 'the short form counts too').to.deep.equal(['s']);
  });

  it('puts the study column first and reports unknown column names', () => {
    expect(chooseColumns(['Outcome', 'study', 'nope'])).to.deep.equal({ columns: ['study', 'outcome'], unknown: ['nope'] });
    expect(chooseColumns([]).columns).to.deep.equal(['study', 'phase', 'participants', 'condition', 'outcome']);
    expect(chooseColumns(['nope']).columns).to.deep.equal(['study', 'phase', 'participants', 'condition', 'outcome']);
  });

  it('quotes CSV fields that need it and defuses what a spreadsheet would run', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a, "b"')).to.equal('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).to.equal("'-1");
    expect(csvField(-1)).to.equal('-1');
  });

  it('writes every field in full as CSV: the summary columns first, then the others, then the citation', () => {
    const csv = rowsToCsv(rowsOf([study('b', { participants: null, arms: undefined })]), ['study', 'participants'], studyTableStrings.en, 'Not reported');
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header!.split(',')).to.deep.equal([
      'Study',
      'Year',
      'Participants',
      'Participants in each arm',
      'Phase',
      'Design',
      'Condition',
      'Comparator',
      'Primary outcome',
      'Primary outcome timepoint',
      'Headline result',
      'Outcome: MDMA against comparator',
      'Outcome definition',
      'Outcome timepoint',
      'MDMA arm (%)',
      'Comparator arm (%)',
      'Effect size',
      'Citation',
      'DOI',
      'Link',
    ]);
    expect(row!.startsWith('b,2011,Not reported,Not reported,2,')).to.equal(true);
    expect(row, 'the full design, not its short form').to.contain(base.design);
    expect(row).to.contain(csvField(base.headlineResult));
    expect(row!.split(',').slice(-3)).to.deep.equal(['Not reported', 'Not reported', 'Not reported']);
    expect(allColumns).to.have.length(10);
  });

  it('writes the participants in each arm as one CSV field', () => {
    const csv = rowsToCsv(rowsOf([base]), ['study'], studyTableStrings.en, 'Not reported');
    expect(csv).to.contain(csvField(base.arms!.map((arm) => `${arm.label}: ${arm.participants}`).join('; ')));
  });
});
