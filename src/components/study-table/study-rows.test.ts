import { expect } from '@open-wc/testing';
import { studies } from '../../data/studies.js';
import type { Study } from '../../data/types.js';
import { studyTableStrings } from '../../internal/strings/study-table.js';
import { chooseColumns, csvField, filterRows, isSortable, rowsToCsv, sortableColumns, sortRows, type StudyRow } from './study-rows.js';

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

  it('sorts by the columns that have a sort key, in table order, and by no other', () => {
    expect(sortableColumns).to.deep.equal(['study', 'design', 'condition', 'participants', 'comparator', 'outcome']);
    for (const column of ['primary-outcome', 'result', 'effect-size', 'unknown']) expect(isSortable(column), column).to.equal(false);
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
  });

  it('puts the study column first and reports unknown column names', () => {
    expect(chooseColumns(['Outcome', 'study', 'nope'])).to.deep.equal({ columns: ['study', 'outcome'], unknown: ['nope'] });
    expect(chooseColumns([]).columns).to.not.include('effect-size');
    expect(chooseColumns(['nope']).columns).to.include('design');
  });

  it('quotes CSV fields that need it and defuses what a spreadsheet would run', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a, "b"')).to.equal('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).to.equal("'-1");
    expect(csvField(-1)).to.equal('-1');
  });

  it('writes the chosen columns, their parts, and the citation of each row as CSV', () => {
    const csv = rowsToCsv(rowsOf([study('b', { participants: null })]), ['study', 'participants'], studyTableStrings.en, 'Not reported');
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).to.equal('Study,Year,Participants,Citation,DOI,Link');
    expect(row!.startsWith('b,')).to.equal(true);
    expect(row!.split(',').slice(2)).to.deep.equal(['Not reported', 'Not reported', 'Not reported', 'Not reported']);
  });
});
