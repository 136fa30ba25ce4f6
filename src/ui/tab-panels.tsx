// Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, the panel follows the tab.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly render: () => ReactNode;
}

export interface TabPanelsProps<K extends string> {
  readonly label: string;
  readonly tabs: readonly TabSpec<K>[];
  readonly active: K;
  readonly onChange: (key: K) => void;
}

export function TabPanels<K extends string>({
  label,
  tabs,
  active,
  onChange,
}: TabPanelsProps<K>): React.JSX.Element {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((tab) => tab.key === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (tab) {
      onChange(tab.key);
      buttons.current[next]?.focus();
    }
  };
  const current = tabs.find((tab) => tab.key === active) ?? tabs[0];
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === active ? 0 : -1}
            onClick={() => onChange(tab.key)}
            data-testid={`tab-${tab.key}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${current?.key ?? ''}`}
        className="tab-panel"
        tabIndex={0}
      >
        {current?.render()}
      </div>
    </div>
  );
}
