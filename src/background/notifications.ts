/** Desktop notifications for watched incidents; a click opens the incident's details in the popup page. */
import { crowdSentence, incidentHeadline, type Wording } from '../core/extension/describe';
import type { Translate } from '../core/engine/i18n';
import type { NotificationEvent } from '../core/extension/notify';
import { clearNotification, onNotificationClicked, openExtensionTab, showNotification } from '../platform/notifications';
import { popupPage } from '../platform/toolbar';

const PREFIX = 'incident:';
/** The organisation's "possible outage": a click opens the popup page, where the verdict says the rest. */
const CROWD_ID = 'crowd:everyone';

/** The headline's words ("Outlook (work) outage in Asia Pacific", worldwide when global), marked by what changed. */
export function notificationTitle(event: NotificationEvent, t: Translate): string {
  if (event.kind === 'crowd') return t('notifyCrowdTitle');
  const { kind, incident } = event;
  const what = incidentHeadline(incident, t);
  if (kind === 'started') return what;
  return t(kind === 'worsened' ? 'notifyWorsenedTitle' : 'notifyResolvedTitle', what);
}

export async function showNotifications(events: NotificationEvent[], t: Translate, wording?: Wording): Promise<void> {
  for (const event of events) {
    if (event.kind === 'crowd') {
      await showNotification(CROWD_ID, {
        icon: 'icons/outage-128.png',
        title: notificationTitle(event, t),
        message: wording ? crowdSentence(event.verdict, wording) : t('headlineCrowdEveryone'),
        priority: 2,
      });
      continue;
    }
    const { kind, incident } = event;
    await showNotification(`${PREFIX}${incident.id}`, {
      icon: kind === 'resolved' ? 'icons/ok-128.png' : `icons/${incident.severity === 'outage' ? 'outage' : 'degraded'}-128.png`,
      title: notificationTitle(event, t),
      message: incident.title,
      priority: kind === 'resolved' ? 0 : 2,
    });
  }
}

/** Opens the popup page in a tab, scrolled to the incident the notification was about. */
export function handleNotificationClicks(): void {
  onNotificationClicked((notificationId) => {
    if (notificationId === CROWD_ID) {
      void openExtensionTab(popupPage());
      void clearNotification(notificationId);
      return;
    }
    if (!notificationId.startsWith(PREFIX)) return;
    const id = notificationId.slice(PREFIX.length);
    void openExtensionTab(popupPage(`?incident=${encodeURIComponent(id)}`));
    void clearNotification(notificationId);
  });
}
