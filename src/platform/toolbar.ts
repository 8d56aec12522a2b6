/** The toolbar button: icon, badge, tooltip and the popup's address (worker only). */
import { ext } from './extension-api';

export interface ToolbarLook {
  /** Icon file per size, relative to the extension root. */
  icon: Record<number, string>;
  badgeText: string;
  badgeColor: string;
  badgeTextColor: string;
  title: string;
  /** Appended to the manifest's popup page: the glance it paints first (core/glance.ts), or ''. */
  popupQuery: string;
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
    action.setPopup({ popup: `${ext().runtime.getManifest().action?.default_popup ?? ''}${look.popupQuery}` }),
  ]);
}
