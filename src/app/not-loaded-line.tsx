// The line beside the load counts that says what did not load, so nothing leaves the totals silently.
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { describeNotLoaded } from './describe-issue';

export function NotLoadedLine(): React.JSX.Element | null {
  const f = useI18n();
  const notLoaded = useAppStore((s) => s.report?.notLoaded);
  const text = notLoaded === undefined ? null : describeNotLoaded(notLoaded, f);
  if (text === null) return null;
  return (
    <span className="not-loaded-line" data-testid="not-loaded-line">
      {text}
    </span>
  );
}
