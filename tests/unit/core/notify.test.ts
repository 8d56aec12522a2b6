import { describe, expect, it } from 'vitest';
import type { Incident, Severity, StatusDocument } from '../../../src/core/engine/model';
import { groupEvents } from '../../../src/core/extension/events';
import { notificationsFor, type NotifiedState } from '../../../src/core/extension/notify';
import type { NotifyLevel } from '../../../src/core/extension/settings';

const AT = '2023-01-25T08:15:00.000Z';

function incident(
  id: string,
  severity: Severity,
  phase: Incident['phase'] = 'investigating',
  services: Incident['services'] = ['exchange'],
): Incident {
  return {
    id: `azure-rss:${id}`,
    source: 'azure-rss',
    title: `Incident ${id}`,
    severity,
    phase,
    services,
    regions: ['asia-pacific'],
    startedAt: AT,
    updatedAt: AT,
    summary: '',
    updates: [],
  };
}

function doc(...incidents: Incident[]): StatusDocument {
  return { schema: 1, generatedAt: AT, sources: [], incidents };
}

const active = (...incidents: Incident[]) => incidents.filter((i) => i.phase !== 'resolved').map((i) => i.id);

// previous notified state × new snapshot → notifications
const TABLE: [string, NotifiedState, Incident[], NotifyLevel, string[], NotifiedState][] = [
  ['a new outage notifies "started"', {}, [incident('a', 'outage')], 'outage', ['started'], { 'azure-rss:a': 'outage' }],
  [
    'the same outage on the next poll: nothing',
    { 'azure-rss:a': 'outage' },
    [incident('a', 'outage')],
    'outage',
    [],
    { 'azure-rss:a': 'outage' },
  ],
  // Outages only by default: the event's degraded Outlook.com row would be a second notification for it.
  ['a degradation with the default (outages only): nothing', {}, [incident('a', 'degraded')], 'outage', [], {}],
  [
    'a degradation of Outlook.com with the default: nothing',
    {},
    [incident('a', 'degraded', 'investigating', ['outlook'])],
    'outage',
    [],
    {},
  ],
  ['a degradation with "any": started', {}, [incident('a', 'degraded')], 'any', ['started'], { 'azure-rss:a': 'degraded' }],
  [
    'degraded, notified, becomes an outage: worsened',
    { 'azure-rss:a': 'degraded' },
    [incident('a', 'outage')],
    'any',
    ['worsened'],
    { 'azure-rss:a': 'outage' },
  ],
  [
    'an outage that eases to degraded: nothing, still remembered as outage',
    { 'azure-rss:a': 'outage' },
    [incident('a', 'degraded')],
    'outage',
    [],
    { 'azure-rss:a': 'outage' },
  ],
  [
    'a notified incident resolves: resolved, then forgotten',
    { 'azure-rss:a': 'outage' },
    [incident('a', 'outage', 'resolved')],
    'outage',
    ['resolved'],
    {},
  ],
  ['a resolved incident never notified: nothing', {}, [incident('a', 'outage', 'resolved')], 'outage', [], {}],
  ['notifications off: nothing', {}, [incident('a', 'outage')], 'off', [], {}],
  [
    'a notified incident missing (source failing): remembered, no event',
    { 'azure-rss:a': 'outage' },
    [],
    'outage',
    [],
    { 'azure-rss:a': 'outage' },
  ],
  [
    'two new outages: two notifications',
    {},
    [incident('a', 'outage'), incident('b', 'outage')],
    'outage',
    ['started', 'started'],
    { 'azure-rss:a': 'outage', 'azure-rss:b': 'outage' },
  ],
];

describe('notification transitions', () => {
  it.each(TABLE)('%s', (_name, before, incidents, level, kinds, after) => {
    const { events, next } = notificationsFor(before, doc(...incidents), active(...incidents), level);
    expect(events.map((e) => e.kind)).toEqual(kinds);
    expect(next).toEqual(after);
  });

  it('an incident that stops being watched is forgotten quietly', () => {
    const { events, next } = notificationsFor({ 'azure-rss:a': 'outage' }, doc(incident('a', 'outage')), [], 'outage');
    expect(events).toEqual([]);
    expect(next).toEqual({});
  });
});

describe('one notification per event', () => {
  // The Azure feed's item and the Azure summary's post about the same APAC event: one event, two posts.
  const feed = incident('apac', 'outage', 'investigating', ['azure-networking', 'exchange']);
  const summary: Incident = { ...feed, id: 'azure-summary:apac', source: 'azure-summary', title: 'Azure networking issue in Asia Pacific' };

  it('starts once, whichever of its posts qualifies', () => {
    expect(groupEvents([feed, summary])).toHaveLength(1);
    const { events, next } = notificationsFor({}, doc(feed, summary), active(feed, summary), 'outage');
    expect(events.map((e) => e.kind)).toEqual(['started']);
    expect(Object.keys(next).sort()).toEqual([feed.id, summary.id]);
  });

  it('resolves once, when the last of its notified posts ends', () => {
    const notified: NotifiedState = { [feed.id]: 'outage', [summary.id]: 'outage' };
    const feedEnded = { ...feed, phase: 'resolved' as const };
    const halfway = notificationsFor(notified, doc(feedEnded, summary), active(feedEnded, summary), 'outage');
    expect(halfway.events).toEqual([]);
    const summaryEnded = { ...summary, phase: 'resolved' as const };
    const end = notificationsFor(halfway.next, doc(feedEnded, summaryEnded), [], 'outage');
    expect(end.events.map((e) => e.kind)).toEqual(['resolved']);
  });
});
