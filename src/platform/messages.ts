/** The few typed runtime messages the UI and the content script send to the worker (design.md: data flows one way). */
import { SUPPORTED_LOCALES, type Locale } from '../core/engine/i18n';

export type Message =
  | { type: 'refresh' }
  | { type: 'dismiss'; key: string }
  /** Popup: "Outlook isn't working for me" (counted only where the organisation turned reports on). */
  | { type: 'report-manual' }
  /** Banner or notification: open this event in the extension. */
  | { type: 'open-incident'; incidentId: string }
  /** Content script: an alert is proposed for this app; put the banner's code into the sending frame. */
  | { type: 'show-banner' }
  /** Content script (banner): the words of one language. */
  | { type: 'banner-words'; locale: Locale };

export type RefreshReply = { ok: boolean };

/** "Outlook isn't working for me": sent, or not (reports off, once per window already used, no check yet, not accepted). */
export type ReportReply = { sent: boolean };

/** Who sent a message, as the browser reports it (never as the message says). */
export interface MessageSender {
  /** The sending frame's address; absent for the extension's own pages in some browsers. */
  url?: string;
  tabId?: number;
  frameId?: number;
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'refresh':
    case 'report-manual':
    case 'show-banner':
      return true;
    case 'dismiss':
      return typeof m.key === 'string' && m.key.length <= 400;
    case 'open-incident':
      return typeof m.incidentId === 'string' && m.incidentId.length <= 200;
    case 'banner-words':
      return (SUPPORTED_LOCALES as readonly unknown[]).includes(m.locale);
    default:
      return false;
  }
}
