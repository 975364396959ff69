/**
 * App-wide notices about storage: why saving is off (refused, waiting for an older tab, closed for a
 * newer one — with Reload), and a write that failed (the quota above all). Reading never depends on them.
 */
import { useTranslation } from 'react-i18next';
import { useStorageOff, useWriteFailure } from '../../db/react';

const bar = 'flex flex-wrap items-center justify-center gap-x-3 gap-y-1 px-4 py-2 text-center text-sm';
const action = 'rounded-md border border-current px-2 py-0.5 font-semibold';

export function StorageNotices() {
  const { t } = useTranslation();
  const off = useStorageOff();
  const [failure, dismiss] = useWriteFailure();
  return (
    <>
      {off && (
        <p role="status" className={`${bar} bg-partner`}>
          <span>{t(off === 'unavailable' ? 'storage.unavailable' : off === 'blocked' ? 'storage.blocked' : 'storage.closed')}</span>
          {off === 'closed' && (
            <button type="button" className={action} onClick={() => location.reload()}>
              {t('storage.reload')}
            </button>
          )}
        </p>
      )}
      {failure && !off && (
        <div role="alert" className={`${bar} bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100`}>
          <span>{t(`storage.failed.${failure}`)}</span>
          {failure === 'closed' ? (
            <button type="button" className={action} onClick={() => location.reload()}>
              {t('storage.reload')}
            </button>
          ) : (
            <button type="button" className={action} onClick={dismiss}>
              {t('storage.dismiss')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
