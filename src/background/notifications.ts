/** Desktop notifications for watched incidents; a click opens the incident's details in the popup page. */
import { mainRegion, mainService, regionKey, serviceKey } from '../core/describe';
import type { Translate } from '../core/i18n';
import type { NotificationEvent } from '../core/notify';
import { browser, extensionUrl } from '../platform/browser';

const PREFIX = 'incident:';

const TITLE_KEY: Record<NotificationEvent['kind'], string> = {
  started: 'notifyStartedTitle',
  worsened: 'notifyWorsenedTitle',
  resolved: 'notifyResolvedTitle',
};

export async function showNotifications(events: NotificationEvent[], t: Translate): Promise<void> {
  for (const { kind, incident } of events) {
    const region = mainRegion(incident);
    const where = region ? t(regionKey(region)) : t('region_global');
    await browser.notifications.create(`${PREFIX}${incident.id}`, {
      type: 'basic',
      iconUrl: extensionUrl(kind === 'resolved' ? 'icons/ok-128.png' : `icons/${incident.severity === 'outage' ? 'outage' : 'degraded'}-128.png`),
      title: t(TITLE_KEY[kind], t(serviceKey(mainService(incident))), where),
      message: incident.title,
      priority: kind === 'resolved' ? 0 : 2,
    });
  }
}

/** Opens the popup page in a tab, scrolled to the incident the notification was about. */
export function handleNotificationClicks(): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(PREFIX)) return;
    const id = notificationId.slice(PREFIX.length);
    void browser.tabs.create({ url: extensionUrl(`src/popup/index.html?incident=${encodeURIComponent(id)}`) });
    void browser.notifications.clear(notificationId);
  });
}
