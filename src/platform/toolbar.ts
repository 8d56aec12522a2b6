/** The toolbar button: icon, badge, tooltip (worker only), and the popup's address (the banner's Details too). */
import { ext } from './extension-api';

export interface ToolbarLook {
  /** Icon file per size, relative to the extension root. */
  icon: Record<number, string>;
  badgeText: string;
  badgeColor: string;
  badgeTextColor: string;
  title: string;
  /** Appended to the manifest's popup page: the glance it paints first (core/extension/glance.ts), or ''. */
  popupQuery: string;
}

/** The popup page's path in the extension, as the manifest names it, with `query`. */
export function popupPage(query = ''): string {
  const page = ext().runtime.getManifest().action?.default_popup;
  if (!page) throw new Error('the manifest names no popup page');
  return `${page}${query}`;
}

export async function setToolbar(look: ToolbarLook): Promise<void> {
  const action = ext().action;
  await Promise.all([
    action.setIcon({ path: look.icon }),
    action.setBadgeText({ text: look.badgeText }),
    action.setBadgeBackgroundColor({ color: look.badgeColor }),
    // Chromium 110+ and Firefox 63+; older browsers keep their default text colour.
    action.setBadgeTextColor?.({ color: look.badgeTextColor }),
    action.setTitle({ title: look.title }),
    // The glance is a shortcut, never a reason to fail the check; without it the popup must not keep an older one.
    action.setPopup({ popup: popupPage(look.popupQuery) }).catch(() => action.setPopup({ popup: popupPage() }).catch(() => undefined)),
  ]);
}
