import { expect } from '@open-wc/testing';
import {
  deaDrugScheduling,
  dunlap2018,
  kirkpatrick2014Oxytocin,
  lifeline988,
  mapsMapp1,
  mithoefer2011,
  mithoefer2018,
  mitchell2023Mapp2,
  nswHealthMdma,
  sources,
} from '../../data/sources.js';
import type { Source } from '../../data/types.js';
import { citationParts, citationText, doiOf } from './citation.js';

describe('citationParts and citationText', () => {
  it('cites a journal article by its authors and year, its title, then journal, volume and pages', () => {
    expect(citationParts(mitchell2023Mapp2)).to.deep.equal([
      "Mitchell JM, Ot'alora G M, van der Kolk B, et al. (2023). ",
      'MDMA-assisted therapy for moderate to severe PTSD: a randomized, placebo-controlled phase 3 trial',
      '. Nature Medicine 29(10):2473-2480.',
    ]);
    expect(citationText(mitchell2023Mapp2)).to.equal(
      "Mitchell JM, Ot'alora G M, van der Kolk B, et al. (2023). MDMA-assisted therapy for moderate to severe PTSD: a randomized, placebo-controlled phase 3 trial. Nature Medicine 29(10):2473-2480.",
    );
  });

  it('gives the journal alone when volume and pages were not verified', () => {
    expect(citationParts(mithoefer2011)[2]).to.equal('. Journal of Psychopharmacology.');
  });

  it('cites a dated organisation page with its year and publisher', () => {
    expect(citationText(nswHealthMdma)).to.equal('NSW Health (2023). Psilocybine and MDMA. NSW Government, Australia.');
  });

  it('gives no year for a web page cited by the date it was read', () => {
    expect(citationParts(mapsMapp1)).to.deep.equal([
      'Multidisciplinary Association for Psychedelic Studies (MAPS). ',
      mapsMapp1.title,
      '. MAPS (web page).',
    ]);
    expect(citationText(deaDrugScheduling)).to.equal('US Drug Enforcement Administration (DEA). Drug Scheduling. US Drug Enforcement Administration.');
    for (const source of sources.items.filter((item) => item.accessed)) {
      expect(citationText(source), source.id).not.to.include(`(${source.year})`);
    }
  });

  it('names an organisation’s own page once, as the work’s name', () => {
    // Author, title and publisher are all "988 Suicide & Crisis Lifeline", and it was cited by the date it was read.
    expect(citationParts(lifeline988)).to.deep.equal(['', '988 Suicide & Crisis Lifeline', '.']);
    const dated: Source = { ...lifeline988, accessed: undefined, year: 2025 };
    expect(citationParts(dated)).to.deep.equal(['', '988 Suicide & Crisis Lifeline', ' (2025).']);
  });

  it('leaves out a publisher that repeats the author or the title', () => {
    const byItself: Source = { ...nswHealthMdma, publisher: 'NSW Health' };
    expect(citationText(byItself)).to.equal('NSW Health (2023). Psilocybine and MDMA.');
    const titled: Source = { ...dunlap2018, publisher: dunlap2018.title };
    expect(citationText(titled)).to.equal(
      'Dunlap LE, Andrews AM, Olson DE (2018). Dark Classics in Chemical Neuroscience: 3,4-Methylenedioxymethamphetamine. 9(10):2408-2427.',
    );
  });

  it('writes every bundled source as its three parts joined, with each part in it once', () => {
    for (const source of sources.items) {
      const [before, name, after] = citationParts(source);
      expect(citationText(source), source.id).to.equal(before + name + after);
      expect(name, source.id).to.equal(source.title);
      expect(citationText(source), source.id).to.match(/\.$/);
      if (source.volumePages) expect(after, source.id).to.include(source.volumePages);
    }
  });
});

describe('doiOf', () => {
  it('gives the DOI of a work linked through doi.org', () => {
    expect(doiOf(mitchell2023Mapp2)).to.equal('10.1038/s41591-023-02565-4');
    expect(doiOf(mithoefer2018)).to.equal('10.1016/S2215-0366(18)30135-4');
  });

  it('gives none for a work linked elsewhere', () => {
    expect(doiOf(kirkpatrick2014Oxytocin)).to.equal(undefined);
    expect(doiOf(lifeline988)).to.equal(undefined);
    expect(doiOf({ ...mitchell2023Mapp2, url: 'http://doi.org/10.1038/s41591-023-02565-4' })).to.equal(undefined);
    expect(doiOf({ ...mitchell2023Mapp2, url: 'https://example.org/?https://doi.org/10.1/x' })).to.equal(undefined);
  });
});
