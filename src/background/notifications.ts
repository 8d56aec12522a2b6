/** Desktop notifications for watched incidents; a click opens the incident's details in the popup page. */
import type { Clock, Translate } from '../core/engine/i18n';
import { notificationText, type NotificationEvent } from '../core/extension/notify';
import { clearNotification, onNotificationClicked, openExtensionTab, showNotification } from '../platform/notifications';
import { popupPage } from '../platform/toolbar';

const PREFIX = 'incident:';
/** The organisation's "possible outage": a click opens the popup page, where the verdict says the rest. */
const CROWD_ID = 'crowd:everyone';

export async function showNotifications(events: NotificationEvent[], t: Translate, clock: Clock, now: number): Promise<void> {
  for (const event of events) {
    if (event.kind === 'crowd') {
      await showNotification(CROWD_ID, { icon: 'icons/outage-128.png', ...notificationText(event, t, clock, now), priority: 2 });
      continue;
    }
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
    if (notificationId === CROWD_ID) {
      void openExtensionTab(popupPage());
      void clearNotification(notificationId);
      return;
    }
    if (!notificationId.startsWith(PREFIX)) return;
    void openIncident(notificationId.slice(PREFIX.length));
    void clearNotification(notificationId);
  });
}
