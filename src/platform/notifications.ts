/** Desktop notifications, and opening a tab when one is clicked (worker only). */
import { ext } from './extension-api';

export interface NotificationContent {
  /** Relative to the extension root. */
  icon: string;
  title: string;
  message: string;
  priority: number;
}

export async function showNotification(id: string, content: NotificationContent): Promise<void> {
  await ext().notifications.create(id, {
    type: 'basic',
    iconUrl: ext().runtime.getURL(content.icon),
    title: content.title,
    message: content.message,
    priority: content.priority,
  });
}

export async function clearNotification(id: string): Promise<void> {
  await ext().notifications.clear(id);
}

export function onNotificationClicked(listener: (id: string) => void): void {
  ext().notifications.onClicked.addListener(listener);
}

/** Opens an extension page (path relative to the extension root) in a new tab. */
export async function openExtensionTab(path: string): Promise<void> {
  await ext().tabs.create({ url: ext().runtime.getURL(path) });
}
