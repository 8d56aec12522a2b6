/** Desktop notifications for watched incidents; a click opens the incident's details in the popup page. */
import type { Clock, Translate } from '../core/engine/i18n';
import { notificationText, type NotificationEvent } from '../core/extension/notify';
import { clearNotification, onNotificationClicked, openExtensionTab, showNotification } from '../platform/notifications';
import { popupPage } from '../platform/toolbar';

const PREFIX = 'incident:';
/** The organisation's "possible outage": a click opens the popup page, where the verdict says the rest. */
const CROWD_ID = 'crowd:everyone';

/** Shows every event; one that cannot be shown does not hold back the rest (the first failure is rethrown after). */
export async function showNotifications(events: NotificationEvent[], t: Translate, clock: Clock, now: number): Promise<void> {
  const failures: unknown[] = [];
  for (const event of events) {
    await showOne(event, t, clock, now).catch((e: unknown) => failures.push(e));
  }
  if (failures.length > 0) throw failures[0];
}

function showOne(event: NotificationEvent, t: Translate, clock: Clock, now: number): Promise<void> {
  if (event.kind === 'crowd') {
    return showNotification(CROWD_ID, { icon: 'icons/outage-128.png', ...notificationText(event, t, clock, now), priority: 2 });
  }
  const { kind, incident } = event;
  return showNotification(`${PREFIX}${incident.id}`, {
    icon: kind === 'resolved' ? 'icons/ok-128.png' : `icons/${incident.severity === 'outage' ? 'outage' : 'degraded'}-128.png`,
    ...notificationText(event, t, clock, now),
    priority: kind === 'resolved' ? 0 : 2,
  });
}

/** Opens the popup page in a tab, scrolled to one incident: from a notification, or the banner's "Details". */
export const openIncident = (id: string): Promise<void> => openExtensionTab(popupPage(`?incident=${encodeURIComponent(id)}`));

export function handleNotificationClicks(): void {
  // A click can come after the notification (or the browser window) is gone: say so in the log, never reject.
  const logged = (what: string) => (e: unknown) => console.error(what, e);
  onNotificationClicked((notificationId) => {
    if (notificationId === CROWD_ID) {
      openExtensionTab(popupPage()).catch(logged('popup page not opened'));
    } else if (notificationId.startsWith(PREFIX)) {
      openIncident(notificationId.slice(PREFIX.length)).catch(logged('incident not opened'));
    } else {
      return;
    }
    clearNotification(notificationId).catch(logged('notification not cleared'));
  });
}
