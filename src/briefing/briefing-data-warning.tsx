// The warning shown with a briefing that was not written for the data on screen (or does not say).
import { isolateBidi } from '@/lib/isolate-bidi';
import type { Briefing } from '@/domain/briefing';
import { useI18n } from '@/i18n/i18n-context';
import { briefingDataStatus } from './briefing-data-status';
import { useCurrentDataset } from './use-current-dataset';

export function BriefingDataWarning({ briefing }: { readonly briefing: Briefing }): React.JSX.Element | null {
  const { t } = useI18n();
  const { fingerprint } = useCurrentDataset();
  const status = briefingDataStatus(briefing, fingerprint);
  if (status === 'match' || status === 'pending') return null;
  return (
    <p
      role="alert"
      className="briefing-data-warning"
      data-testid="briefing-data-warning"
      data-reason={status}
    >
      {status === 'mismatch'
        ? // U+2068…U+2069 isolate the title's direction (it comes from a file).
          t('briefing.dataWarning.mismatch', { title: isolateBidi(briefing.dataset?.title ?? '') })
        : t(status === 'unbound' ? 'briefing.dataWarning.unbound' : 'briefing.dataWarning.unchecked')}
    </p>
  );
}
