import { describe, expect, it } from 'vitest';
import { parseStatusDocumentBody } from '../../../src/core/engine/sources/status-document';
import { tenantDocument, tenantIncident } from '../../../harness/aggregator-fixture';

describe("an aggregator's document, read by the extension", () => {
  it('passes its words through the plain-text sanitiser, as feed text is', () => {
    const now = new Date('2026-01-25T08:15:00Z');
    const hidden = '\u202e\u061c\u00ad\u{e0041}\u2067';
    const incident = tenantIncident(now);
    const doc = tenantDocument(now, [
      {
        ...incident,
        title: `Exchange${hidden} is down`,
        summary: `Mail${hidden} delayed`,
        impact: `Users\u2028may${hidden} wait`,
        updates: [{ at: incident.updatedAt, text: `Still${hidden} looking` }],
      },
    ]);
    const [read] = parseStatusDocumentBody(JSON.stringify(doc)).incidents;
    expect(read).toMatchObject({
      title: 'Exchange is down',
      summary: 'Mail delayed',
      impact: 'Users\nmay wait',
      updates: [{ text: 'Still looking' }],
    });
  });
});
