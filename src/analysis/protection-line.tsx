// One line above the side panel's tabs while small-count protection is on, naming k, so every view
// says that some counts are hidden.
import { useI18n } from '@/i18n/i18n-context';
import { selectSmallCountK } from '@/state/select-protection';
import { useAppStore } from '@/state/store';
import './analysis.css';

export function ProtectionLine(): React.JSX.Element | null {
  const { t } = useI18n();
  const k = useAppStore(selectSmallCountK);
  if (k < 2) return null;
  return (
    <p className="protection-line" role="note" data-testid="protection-line">
      {t('analysis.protect.line', { k, mark: t('analysis.protect.hiddenMark') })}
    </p>
  );
}
