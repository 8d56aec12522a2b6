/** "Reset to defaults", with a confirm step inside the page. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Section, type View } from './ui';

export function ResetSection({ view }: { view: View }) {
  const { t, state } = view;
  const [asking, setAsking] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  const close = () => {
    setAsking(false);
    resetButton.current?.focus();
  };

  return (
    <Section id="reset" title={t('options_resetHeading')}>
      <button
        type="button"
        ref={resetButton}
        class="secondary"
        data-testid="reset"
        aria-expanded={asking ? 'true' : 'false'}
        aria-controls="reset-confirm-box"
        onClick={() => setAsking((a) => !a)}
      >
        {t('options_reset')}
      </button>
      <div
        id="reset-confirm-box"
        class="confirm"
        role="group"
        aria-labelledby="reset-question"
        hidden={!asking}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
      >
        <p id="reset-question">{t('options_resetQuestion')}</p>
        <div class="buttons">
          <button
            type="button"
            ref={confirmButton}
            class="danger"
            data-testid="reset-confirm"
            onClick={() => {
              close();
              void state.reset();
            }}
          >
            {t('options_resetConfirm')}
          </button>
          <button type="button" class="secondary" data-testid="reset-cancel" onClick={close}>
            {t('options_resetCancel')}
          </button>
        </div>
      </div>
    </Section>
  );
}
