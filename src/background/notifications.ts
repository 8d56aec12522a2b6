/** Desktop notifications for watched incidents; a click opens the incident's details in the popup page. */
import type { Clock, Translate } from '../core/engine/i18n';
import { notificationText, type NotificationEvent } from '../core/extension/notify';
import { clearNotification, onNotificationClicked, openExtensionTab, showNotification } from '../platform/notifications';
import { popupPage } from '../platform/toolbar';

const PREFIX = 'incident:';

export async function showNotifications(events: NotificationEvent[], t: Translate, clock: Clock, now: number): Promise<void> {
  for (const event of events) {
    const { kind, incident } = event;
    await showNotification(`${PREFIX}${incident.id}`, {
      icon: kind === 'resolved' ? 'icons/ok-128.png' : `icons/${incident.severity === 'outage' ? 'outage' : 'degraded'}-128.png`,
      ...notificationText(event, t, clock, now),
      priority: kind === 'resolved' ? 0 : 2,
    });
  }
}

/** Opens the popup page in a tab, scrolled to one incident: from a notification, or the banner's "Details". */
export const openIncident = (id: string): Promise<void> => openExtensionTab(popupPage(`?incident=${encodeURIComponent(id)}`));

export function handleNotificationClicks(): void {
  onNotificationClicked((notificationId) => {
    if (!notificationId.startsWith(PREFIX)) return;
    void openIncident(notificationId.slice(PREFIX.length));
    void clearNotification(notificationId);
  });
}
