/**
 * A recorded-style APAC incident, replayed step by step for the demo: investigating → mitigating →
 * resolved. Built from the real-format fixtures, with only the status prose changed per step.
 */
import { fixture } from './fixtures';
import { SCENARIOS, type Answer, type RouteName } from './fixture-server';

const rss = (body: string): Answer => ({ type: 'application/rss+xml; charset=utf-8', body });
const json = (name: string): Answer => ({ type: 'application/json; charset=utf-8', body: fixture(name) });

const INVESTIGATING_STATUS =
  'We are investigating reports of network latency and timeouts affecting Azure and Microsoft 365 services in Asia Pacific. The next update will be provided in 30 minutes.';

function investigatingFeed(): string {
  return fixture('azure-rss-incident.xml')
    .replace(/(Current Status:&lt;\/strong&gt; )[^&]*/, `$1${INVESTIGATING_STATUS}`)
    .replace('08:10:32', '07:20:00');
}

export interface TimelineStep {
  name: 'investigating' | 'mitigating' | 'resolved';
  /** Seconds after the demo starts. */
  at: number;
  answers: Record<RouteName, Answer>;
}

export function apacTimeline(stepSeconds: number): TimelineStep[] {
  return [
    {
      name: 'investigating',
      at: 0,
      answers: { ...SCENARIOS.quiet, azureRss: rss(investigatingFeed()), consumer: json('m365-consumer-incident.json') },
    },
    { name: 'mitigating', at: stepSeconds, answers: SCENARIOS.apacOutage },
    { name: 'resolved', at: 2 * stepSeconds, answers: SCENARIOS.apacResolved },
  ];
}
