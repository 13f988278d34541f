import { describe, expect, it } from 'vitest';
import { MeDocument } from '../gql/graphql';
import persistedDocuments from '../gql/persisted-documents.json';
import { mockGraphql } from '../test/mockGraphql';
import { execute } from './graphql';

describe('execute', () => {
  it('sends the id of the persisted document, not its text', async () => {
    const fetchMock = mockGraphql({ Me: { me: null } });
    await execute(MeDocument);
    const body = JSON.parse(String(fetchMock.mock.calls[0][1]?.body));
    expect(body.query).toBeUndefined();
    expect(body.operationName).toBe('Me');
    expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((persistedDocuments as Record<string, string>)[body.documentId]).toContain('query Me');
  });
});
