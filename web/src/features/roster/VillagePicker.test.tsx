import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { nationalReader, renderWithProviders, userWith } from '../../test/utils';
import { RosterPage } from './RosterPage';

const found = { regions: { totalCount: 1, nodes: [{ code: '62.01.01.2001', name: 'Sungai Tendang', kind: 'DESA' }] } };

describe('VillagePicker', () => {
  it('searches a name among the villages under one’s own region', async () => {
    const fetchMock = mockGraphql({ VillageSearch: found });
    renderWithProviders(<RosterPage />, { me: userWith('Viewer', '61'), route: '/roster?q=Sungai' });

    await screen.findByRole('link', { name: /Sungai Tendang/ });
    expect(callsOf(fetchMock, 'VillageSearch')[0].where).toEqual({
      level: { eq: 'VILLAGE' },
      name: { contains: 'Sungai' },
      code: { startsWith: '61.' },
    });
  });

  it('searches every village of the country for a national reader', async () => {
    const fetchMock = mockGraphql({ VillageSearch: found });
    renderWithProviders(<RosterPage />, { me: nationalReader, route: '/roster?q=Sungai' });

    expect((await screen.findByRole('link', { name: /Sungai Tendang/ })).getAttribute('href')).toBe('/roster/62.01.01.2001');
    expect(callsOf(fetchMock, 'VillageSearch')[0].where).toEqual({ level: { eq: 'VILLAGE' }, name: { contains: 'Sungai' } });
  });
});
