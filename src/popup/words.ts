/** Names and messages that reach the popup as ids or as the worker's English, in the UI language. */
import type { Translate } from '../core/engine/i18n';
import type { Incident } from '../core/engine/model';

/** A source's name ("Azure status feed"); an id we have no name for is shown as it is. */
export function sourceName(id: string, t: Translate): string {
  const key = `source_${id.replace(/-/g, '_')}`;
  const name = t(key);
  return name === key ? id : name;
}

const ERRORS: [RegExp, string][] = [
  [/^answered HTTP (\d+)/, 'sourceError_http'],
  [/^timed out after (\d+)/, 'sourceError_timeout'],
  [/^could not connect/, 'sourceError_connect'],
  [/^answered .* instead of/, 'sourceError_wrongType'],
  [/^offline$/, 'sourceError_offline'],
  [/^response too large/, 'sourceError_tooLarge'],
];

/** The worker's error for a source, said in the UI language; anything else is "couldn't be read". */
export function sourceError(error: string | undefined, t: Translate): string {
  for (const [pattern, key] of ERRORS) {
    const m = error && pattern.exec(error);
    if (m) return t(key, m[1] ?? '');
  }
  return t('sourceError_unreadable');
}

/** Our words for the state, when Microsoft gave none: "Outage · Restoring service". */
export const ourStatus = (incident: Incident, t: Translate): string =>
  `${t(`severity_${incident.severity}`)} · ${t(`phase_${incident.phase}`)}`;
