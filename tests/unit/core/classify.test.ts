/** The phrase tables: severity and phase read from Microsoft's own sentences (corpus and Service health posts). */
import { describe, expect, it } from 'vitest';
import { newestStatus, phaseFromText, severityFromText } from '../../../src/core/engine/sources/classify';

const severity = (text: string, status = text, title = '') => severityFromText({ title, text, status }, 'degraded');

describe('severity: what customers experience, with the limits Microsoft puts on it', () => {
  it.each([
    'we began experiencing Azure Front Door issues resulting in a loss of availability of some services.',
    'Customers may be unable to access the Azure portal and Microsoft 365 admin center.',
    'Users may be unable to sign in to Microsoft services.',
    'Impacted customers may experience intermittent connectivity failures, increased latency, or difficulty accessing Azure services.',
    'customers may experience latencies, timeouts and errors when accessing services.',
    'customers using Azure Front Door could be experiencing connectivity issues.',
    'customers and Microsoft services leveraging Azure Front Door (AFD) may experience latencies, timeouts, and errors.',
    'Users may experience errors and timeouts when accessing Outlook on the web.',
  ])('outage: %s', (text) => {
    expect(severity(text)).toBe('outage');
  });

  it.each([
    'Impacted customers may experience intermittent connectivity failures.',
    'A subset of customers may be unable to access their mailboxes.',
    'Some users may have encountered failures when accessing Microsoft Copilot chat.',
    'Customers may experience increased latency when connecting to resources.',
    'Users may be unable to access some features in Outlook on the web.',
    'Users may be unable to open shared mailboxes in some cases.',
    'Customers may be unable to connect; retries may succeed.',
  ])('degraded: %s', (text) => {
    expect(severity(text)).toBe('degraded');
  });

  it('connectivity issues with "retries are likely to be successful" in the newest status: degraded', () => {
    const text =
      'customers could be experiencing connectivity issues.\nFor customers who are experiencing connectivity issues, retries are likely to be successful.';
    expect(severity(text, newestStatus(text))).toBe('degraded');
  });

  it('an outage the newest status says is mitigated is at most degraded while still listed', () => {
    expect(severity('Customers were unable to access Outlook.', 'This issue has been mitigated.')).toBe('degraded');
  });

  it('guidance, advisories and post-incident reviews are advisories, whatever their text describes', () => {
    expect(severity('customers experiencing startup failures on Windows machines', '', 'CrowdStrike Falcon agent guidance')).toBe(
      'advisory',
    );
    expect(severity('customers experienced a loss of availability', '', 'Post Incident Review (PIR) - Azure Front Door')).toBe('advisory');
  });

  it('words inside a link are not read (the caller strips them), and plain words with no impact fall back to the base', () => {
    expect(severity('We are aware of this and will share more.')).toBe('degraded');
  });
});

describe("phase: from the newest status, in Microsoft's words", () => {
  it.each([
    [
      'We are investigating a networking issue. We are exploring mitigation options on affected devices. We are closely monitoring traffic while continuing our investigation.',
      'investigating',
    ],
    [
      'We continue to evaluate the effectiveness of mitigations, assess customer impact, and investigate contributing factors.',
      'mitigating',
    ],
    [
      'We may have identified the likely cause and are actively deploying mitigation actions. We are closely monitoring service recovery as this action is rolling out.',
      'mitigating',
    ],
    ['We are recovering a number of nodes that are showing intermittent connectivity issues.', 'mitigating'],
    ["We've rolled back the change and are monitoring service telemetry as routing recovers.", 'monitoring'],
    ['We have completed the failover and services have recovered. We are monitoring to ensure stability.', 'monitoring'],
    ['This issue has been mitigated. Connectivity has been restored.', 'resolved'],
    ['The service has been restored and this is the final update.', 'resolved'],
    ['We will monitor the situation and provide an update.', 'investigating'],
  ])('%s → %s', (text, phase) => {
    expect(phaseFromText(text)).toBe(phase);
  });

  it('the newest status is the text after "Current status:", else the last paragraph that is not boilerplate', () => {
    expect(newestStatus('Impact: users cannot sign in.\nCurrent status: We are deploying a fix.\nMore words.')).toBe(
      'We are deploying a fix.\nMore words.',
    );
    expect(
      newestStatus(
        'We are investigating.\nWe have rolled back the change.\nWe will provide additional information as it becomes available.',
      ),
    ).toBe('We have rolled back the change.');
    // "monitor" in the first paragraph does not make a later "deploying a fix" monitoring.
    expect(phaseFromText(newestStatus('We are investigating and will monitor.\nWe are deploying a fix.'))).toBe('mitigating');
  });
});
