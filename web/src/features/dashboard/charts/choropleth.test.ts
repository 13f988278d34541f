import { describe, expect, it } from 'vitest';
import { bandOf, colorOf, legendOf, NO_DATA_COLOR, splitByOutline, type RegionFigure } from './choropleth';

const figure = (code: string, value: number | null, target: number | null = 60): RegionFigure => ({
  code,
  name: `Region ${code}`,
  value,
  target,
});

describe('choropleth bands', () => {
  it('colours by attainment of target: value ÷ target, the top band from 100 %', () => {
    expect(bandOf(figure('a', 0))?.id).toBe('a0');
    expect(bandOf(figure('a', 29.9))?.id).toBe('a0'); // 49.8 % of 60
    expect(bandOf(figure('a', 30))?.id).toBe('a50'); // exactly 50 %: the band starts there
    expect(bandOf(figure('a', 53.9))?.id).toBe('a75'); // 89.8 %
    expect(bandOf(figure('a', 54.6))?.id).toBe('a90'); // 91 %
    expect(bandOf(figure('a', 59.99))?.id).toBe('a90');
    expect(bandOf(figure('a', 60))?.id).toBe('a100');
    expect(bandOf(figure('a', 95))?.id).toBe('a100');
  });

  it('colours by the value itself when there is no target, and grey when there is no figure', () => {
    expect(bandOf(figure('a', 45, null))?.id).toBe('v40');
    expect(bandOf(figure('a', 100, null))?.id).toBe('v80');
    // A target of 0 cannot be attained by a share: read the value.
    expect(bandOf(figure('a', 10, 0))?.id).toBe('v0');
    expect(bandOf(figure('a', null))).toBeNull();
    expect(colorOf(figure('a', null))).toBe(NO_DATA_COLOR);
    expect(colorOf(figure('a', 60))).not.toBe(colorOf(figure('a', 59)));
  });

  it('colours a lower-is-better figure (arrears) as reached at or under its target, and further from it the higher it goes', () => {
    const arrears = (value: number): RegionFigure => ({ code: 'a', name: 'Region a', value, target: 10, lowerIsBetter: true });
    expect(bandOf(arrears(0))?.id).toBe('a100');
    expect(bandOf(arrears(10))?.id).toBe('a100');
    expect(bandOf(arrears(12))?.id).toBe('a75'); // 83 % of the way
    expect(bandOf(arrears(40))?.id).toBe('a0'); // 25 %
  });

  it('lists every band of the scales in use, attainment first, then the regions without a figure', () => {
    const legend = legendOf([figure('a', 10), figure('b', 70, null), figure('c', null), figure('d', 12)]);
    expect(legend.map((entry) => [entry.band?.id ?? 'none', entry.figures.map((f) => f.code)])).toEqual([
      ['a0', ['a', 'd']],
      ['a50', []],
      ['a75', []],
      ['a90', []],
      ['a100', []],
      ['v0', []],
      ['v20', []],
      ['v40', []],
      ['v60', ['b']],
      ['v80', []],
      ['none', ['c']],
    ]);
    expect(legendOf([figure('a', 10)]).map((entry) => entry.band?.scale)).toEqual(Array(5).fill('attainment'));
  });

  it('keeps the regions that have no outline, apart', () => {
    const { drawn, withoutOutline } = splitByOutline([figure('a', 1), figure('b', 2), figure('c', null)], new Set(['a', 'x']));
    expect(drawn.map((f) => f.code)).toEqual(['a']);
    expect(withoutOutline.map((f) => f.code)).toEqual(['b', 'c']);
  });
});
