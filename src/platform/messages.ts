/** The few typed runtime messages the UI sends to the worker (design.md: data flows one way). */
export type Message = { type: 'refresh' } | { type: 'dismiss'; key: string } | { type: 'open-incident'; incidentId: string };

export type RefreshReply = { ok: boolean };

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m.type === 'refresh' ||
    (m.type === 'dismiss' && typeof m.key === 'string' && m.key.length <= 400) ||
    (m.type === 'open-incident' && typeof m.incidentId === 'string' && m.incidentId.length <= 200)
  );
}
