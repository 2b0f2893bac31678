import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { mergeItems } from './merge.js';

interface Item {
  readonly id: string;
  readonly from: 'bundled' | 'host';
}

const bundledItem = (id: string): Item => ({ id, from: 'bundled' });
const hostItem = (id: string): Item => ({ id, from: 'host' });
const idOf = (item: Item) => item.id;
const ids = (items: readonly Item[]) => items.map((item) => `${item.from}:${item.id}`);

const bundled = ['a', 'b', 'c'].map(bundledItem);

describe('mergeItems', () => {
  it('shows the bundled items, the same array, when the host gives none', () => {
    expect(mergeItems(bundled, undefined, undefined, idOf)).to.equal(bundled);
    expect(mergeItems(bundled, undefined, 'replace', idOf)).to.equal(bundled);
    expect(mergeItems(bundled, undefined, 'extend', idOf)).to.equal(bundled);
  });

  it('shows only the host’s items with mode "replace" and by default, even where an id is bundled', () => {
    const hosted = [hostItem('z'), hostItem('b')];
    expect(mergeItems(bundled, hosted, 'replace', idOf)).to.equal(hosted);
    expect(mergeItems(bundled, hosted, undefined, idOf)).to.equal(hosted);
    // An empty list replaces everything: the host asked for none of ours.
    expect(mergeItems(bundled, [], 'replace', idOf)).to.deep.equal([]);
  });

  it('with mode "extend", puts a host item with a bundled id in the bundled item’s place', () => {
    const merged = mergeItems(bundled, [hostItem('b')], 'extend', idOf);
    expect(ids(merged)).to.deep.equal(['bundled:a', 'host:b', 'bundled:c']);
  });

  it('with mode "extend", adds the host’s new items after the bundled ones, in the host’s order', () => {
    const merged = mergeItems(bundled, [hostItem('y'), hostItem('c'), hostItem('x'), hostItem('a')], 'extend', idOf);
    expect(ids(merged)).to.deep.equal(['host:a', 'bundled:b', 'host:c', 'host:y', 'host:x']);
  });

  it('with mode "extend" and no host items, shows the bundled ones', () => {
    expect(ids(mergeItems(bundled, [], 'extend', idOf))).to.deep.equal(['bundled:a', 'bundled:b', 'bundled:c']);
  });

  describe('property: mode "extend"', () => {
    let settings: { numRuns: number; seed: number };

    before(async () => {
      const asked = ((await executeServerCommand('property-runs')) ?? {}) as { runs?: number; seed?: number };
      settings = { numRuns: asked.runs ?? 200, seed: asked.seed ?? 7 };
    });

    // Ids from a small alphabet, so that host and bundled ids often meet; distinct within each list, as validation
    // makes host data.
    const idList = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 8 });

    it('keeps every bundled id once, in its order, and every host item once, the new ones last in host order', () => {
      fc.assert(
        fc.property(idList, idList, (bundledIds, hostIds) => {
          const bundledItems = bundledIds.map(bundledItem);
          const hostItems = hostIds.map(hostItem);
          const merged = mergeItems(bundledItems, hostItems, 'extend', idOf);
          const mergedIds = merged.map(idOf);

          // Every bundled id exactly once, and the bundled ids first, in their original relative order.
          for (const id of bundledIds) expect(mergedIds.filter((other) => other === id)).to.have.length(1);
          expect(mergedIds.slice(0, bundledIds.length)).to.deep.equal(bundledIds);

          // Every host item once (the very object), and no other items than bundled and host ones.
          for (const item of hostItems) expect(merged.filter((other) => other === item)).to.have.length(1);
          expect(merged).to.have.length(new Set([...bundledIds, ...hostIds]).size);

          // A bundled item stays only where the host gave none with its id.
          for (const item of merged) {
            if (item.from === 'bundled') expect(hostIds).not.to.include(item.id);
          }

          // The host's new items follow, in the host's order.
          expect(mergedIds.slice(bundledIds.length)).to.deep.equal(hostIds.filter((id) => !bundledIds.includes(id)));
        }),
        settings,
      );
    });
  });
});
