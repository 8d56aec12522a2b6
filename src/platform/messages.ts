/** The few typed runtime messages the UI sends to the worker (design.md: data flows one way). */
export type Message = { type: 'refresh' } | { type: 'dismiss'; key: string } | { type: 'report-manual' };

export type RefreshReply = { ok: boolean };

/** "Outlook isn't working for me": sent, or not (reports off, once per window already used, no check yet, not accepted). */
export type ReportReply = { sent: boolean };

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return m.type === 'refresh' || m.type === 'report-manual' || (m.type === 'dismiss' && typeof m.key === 'string' && m.key.length <= 400);
}
