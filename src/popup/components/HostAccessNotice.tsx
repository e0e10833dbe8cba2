// Shown above the list when the extension may not see requests (Firefox users can withdraw host
// access): an empty list would otherwise read as "this page is clean".
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { hasHostAccess, requestHostAccess, watchHostAccess } from '../../platform/permissions';

export function HostAccessNotice() {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    const check = () => void hasHostAccess().then((ok) => live && setMissing(!ok));
    check();
    const stop = watchHostAccess(check);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!missing) return null;
  return (
    <div class="section" role="alert" data-host-access="missing">
      <p>{t('hostAccessMissing')}</p>
      <div class="actions">
        {/* permissions.request needs the user's click: it is called straight from the handler. */}
        <button type="button" class="button" data-request-access onClick={() => void requestHostAccess()}>
          {t('hostAccessGrant')}
        </button>
      </div>
    </div>
  );
}
