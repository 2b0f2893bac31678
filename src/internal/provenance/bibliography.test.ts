import { expect } from '@open-wc/testing';
import { dunlap2018, lifeline988, mitchell2021Mapp1, mitchell2023Mapp2 } from '../../data/sources.js';
import { citedSources, findSource, type Bibliography } from './bibliography.js';

describe('findSource', () => {
  const bibliography: Bibliography = [mitchell2021Mapp1, mitchell2023Mapp2, lifeline988];

  it('finds a source by its id', () => {
    expect(findSource(bibliography, 'mitchell-2023-mapp2')).to.equal(mitchell2023Mapp2);
    expect(findSource(bibliography, 'lifeline-988')).to.equal(lifeline988);
  });

  it('finds nothing for an id the bibliography lacks, even one another bibliography has', () => {
    expect(findSource(bibliography, 'dunlap-2018')).to.equal(undefined);
    expect(findSource(bibliography, 'Mitchell-2023-MAPP2')).to.equal(undefined);
    expect(findSource(bibliography, '')).to.equal(undefined);
    expect(findSource([], 'lifeline-988')).to.equal(undefined);
  });
});

describe('citedSources', () => {
  const bibliography: Bibliography = [mitchell2021Mapp1, mitchell2023Mapp2, dunlap2018, lifeline988];

  it('gives the cited works in the order they are first cited, not the bibliography’s', () => {
    expect(citedSources(bibliography, ['lifeline-988', 'mitchell-2021-mapp1'])).to.deep.equal([lifeline988, mitchell2021Mapp1]);
  });

  it('gives each work once however often it is cited', () => {
    const cited = citedSources(bibliography, ['dunlap-2018', 'mitchell-2023-mapp2', 'dunlap-2018', 'mitchell-2023-mapp2', 'dunlap-2018']);
    expect(cited).to.deep.equal([dunlap2018, mitchell2023Mapp2]);
  });

  it('drops ids the bibliography does not have', () => {
    const cited = citedSources(bibliography, ['no-such-source', 'mitchell-2021-mapp1', 'nsw-health-mdma', 'lifeline-988']);
    expect(cited).to.deep.equal([mitchell2021Mapp1, lifeline988]);
    expect(citedSources(bibliography, [])).to.deep.equal([]);
    expect(citedSources([], ['lifeline-988'])).to.deep.equal([]);
  });

  it('reads any iterable of ids, such as a set or a generator', () => {
    function* ids() {
      yield 'mitchell-2023-mapp2';
      yield 'mitchell-2021-mapp1';
    }
    expect(citedSources(bibliography, ids())).to.deep.equal([mitchell2023Mapp2, mitchell2021Mapp1]);
    expect(citedSources(bibliography, new Set(['dunlap-2018']))).to.deep.equal([dunlap2018]);
  });
});
