// The options page's line about the DevTools panel, in Firefox: it asks for the "devtools"
// permission (optional there, so installing asks for nothing new). Chrome needs no such step.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { TARGET } from '../platform/browser';
import { hasDevtoolsPanel, requestDevtoolsPanel } from '../platform/devtools-permission';

export function DevtoolsAccess() {
  const [on, setOn] = useState<boolean | undefined>();
  useEffect(() => void hasDevtoolsPanel().then(setOn), []);
  if (TARGET !== 'firefox' || on === undefined) return null;
  return (
    <fieldset data-devtools-access={on ? 'on' : 'off'}>
      <legend>{t('optDevtools')}</legend>
      {on ? (
        <p class="muted small">{t('optDevtoolsOn')}</p>
      ) : (
        <>
          <p class="muted small">{t('optDevtoolsHelp')}</p>
          <button type="button" class="button" data-action="grant-devtools" onClick={() => void requestDevtoolsPanel().then(setOn)}>
            {t('optDevtoolsGrant')}
          </button>
        </>
      )}
    </fieldset>
  );
}
