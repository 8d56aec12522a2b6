/** Small shared pieces of the options page: the lock note, a checkbox group and the section frame. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Locale, Translate } from '../core/engine/i18n';
import type { SettingKey } from '../core/extension/settings';
import type { OptionsState } from './state';

/** What every part of the page needs: the translator and the locale, plus the state it edits. */
export interface View {
  t: Translate;
  locale: Locale;
  state: OptionsState;
}

/** Joins the ids that describe a control, skipping the absent ones; undefined when there are none. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter((id): id is string => !!id);
  return list.length > 0 ? list.join(' ') : undefined;
}

export const lockId = (key: SettingKey): string => `lock-${key}`;

function LockIcon() {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9v7h-9zM8 9.8v1.8"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** "Set by your organisation", shown next to a locked field and tied to it with aria-describedby. */
export function LockNote({ view, field, testId }: { view: View; field: SettingKey; testId?: string }) {
  if (!view.state.isLocked(field)) return null;
  return (
    <span class="lock" id={lockId(field)} data-testid={testId ?? `locked-${field}`}>
      <LockIcon />
      {view.t('options_locked')}
    </span>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="group" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

interface CheckGroupProps<T extends string> {
  view: View;
  field: SettingKey;
  /** Element ids and test ids are `<prefix>-<id>`. */
  prefix: string;
  legend: string;
  hint?: ComponentChildren;
  warning?: string | false;
  options: readonly T[];
  labelFor: (id: T) => string;
  selected: readonly string[];
  /** Shown ticked and fixed: they count because of what is selected (the hint says why). */
  implied?: readonly string[];
  onToggle: (id: T, checked: boolean) => void;
}

/** A <fieldset> of checkboxes with its legend, hint and lock note all tied to the group. */
export function CheckGroup<T extends string>(p: CheckGroupProps<T>) {
  const locked = p.view.state.isLocked(p.field);
  const hintId = p.hint ? `${p.prefix}-hint` : undefined;
  const warningId = p.warning ? `${p.prefix}-warning` : undefined;
  // The lock note sits in the legend, so it is part of the group's name already.
  return (
    <fieldset class="checks" aria-describedby={describedBy(hintId, warningId)}>
      <legend>
        {p.legend} <LockNote view={p.view} field={p.field} />
      </legend>
      {p.hint && (
        <p class="hint" id={hintId}>
          {p.hint}
        </p>
      )}
      <ul class="check-list">
        {p.options.map((id) => (
          <li key={id}>
            <input
              type="checkbox"
              id={`opt-${p.prefix}-${id}`}
              data-testid={`${p.prefix}-${id}`}
              checked={p.selected.includes(id) || !!p.implied?.includes(id)}
              disabled={locked || !!p.implied?.includes(id)}
              onChange={(e) => p.onToggle(id, e.currentTarget.checked)}
            />
            <label for={`opt-${p.prefix}-${id}`}>{p.labelFor(id)}</label>
          </li>
        ))}
      </ul>
      {p.warning && (
        <p class="warning" id={warningId}>
          {p.warning}
        </p>
      )}
    </fieldset>
  );
}

/** Adds or removes one id, keeping any other ids already there (even ones this page doesn't show). */
export function toggled<T extends string>(list: readonly T[], id: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(id);
  else set.delete(id);
  const known = order.filter((x) => set.has(x));
  return [...known, ...[...set].filter((x) => !order.includes(x))];
}

/**
 * A text field's edit in progress: what is typed (saved only when the edit is done) and whether it is
 * invalid. A change from elsewhere (another window, the policy, a reset) replaces what is in the box.
 */
export function useDraft(stored: string) {
  const [draft, setDraft] = useState(stored);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft(stored);
    setInvalid(false);
  }, [stored]);
  return { draft, setDraft, invalid, setInvalid };
}
