// The small-count protection setting: on or off and the threshold k, for the loaded dataset only (a new
// dataset starts from its own default), with the rule in words and where the default came from.
import { useShallow } from 'zustand/react/shallow';
import { PROTECTED_POINT_CELL_DEG } from '@/domain/analysis/coarsen-positions';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { formatDecimal } from './flag-text';
import { defaultProtection, MAX_SMALL_COUNT_K, selectProtection } from '@/state/select-protection';
import { useAppStore } from '@/state/store';

export function ProtectionSection({ table }: { readonly table: EventTable }): React.JSX.Element {
  const i18n = useI18n();
  const { t } = i18n;
  const setting = useAppStore(useShallow(selectProtection));
  const setChoice = useAppStore((s) => s.setProtectionChoice);
  const mark = t('analysis.protect.hiddenMark');
  const fallback = defaultProtection(table.meta);
  const given = table.meta.smallCountThreshold;
  const defaultLine =
    given !== undefined && given !== null
      ? t('analysis.protect.defaultMeta', {
          state: fallback.on
            ? t('analysis.protect.stateOn', { k: fallback.k })
            : t('analysis.protect.stateOff'),
        })
      : t(
          table.meta.illustrative
            ? 'analysis.protect.defaultIllustrative'
            : 'analysis.protect.defaultImported',
        );
  return (
    <section aria-labelledby="analysis-protect-heading" data-testid="analysis-protection">
      <h2 id="analysis-protect-heading">{t('analysis.protect.heading')}</h2>
      <div className="protection-controls">
        <label>
          <input
            type="checkbox"
            checked={setting.on}
            onChange={(e) => setChoice({ table, on: e.target.checked, k: setting.k })}
            data-testid="protection-toggle"
          />{' '}
          {t('analysis.protect.toggle')}
        </label>
        <label>
          {t('analysis.protect.k')}{' '}
          <input
            type="number"
            min={2}
            max={MAX_SMALL_COUNT_K}
            step={1}
            value={setting.k}
            onChange={(e) => {
              const k = Math.round(Number(e.target.value));
              if (k >= 2 && k <= MAX_SMALL_COUNT_K) setChoice({ table, on: setting.on, k });
            }}
            data-testid="protection-k"
          />
        </label>
        {setting.source === 'person' && (
          <button type="button" onClick={() => setChoice(null)} data-testid="protection-reset">
            {t('analysis.protect.reset')}
          </button>
        )}
      </div>
      <p data-testid="protection-status">
        {setting.on
          ? t('analysis.protect.on', {
              k: setting.k,
              max: setting.k - 1,
              mark,
              cell: formatDecimal(PROTECTED_POINT_CELL_DEG, i18n, 1),
            })
          : t('analysis.protect.off')}
      </p>
      <p className="analysis-note">
        {setting.source === 'person' ? t('analysis.protect.personChoice') : defaultLine}
      </p>
      <p className="analysis-note">{t('analysis.protect.rule')}</p>
    </section>
  );
}
